import org.apache.spark.storage.StorageLevel

val raw = sc.textFile("big.log", 20).persist(StorageLevel.MEMORY_AND_DISK)
val parsed = raw.map(_.split(" ")).persist(StorageLevel.MEMORY_ONLY_SER)
val keyed = parsed.keyBy(_(0))
keyed.persist(StorageLevel.DISK_ONLY)
parsed.count()
keyed.groupByKey().count()
