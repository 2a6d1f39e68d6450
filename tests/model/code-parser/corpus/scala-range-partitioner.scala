import org.apache.spark.{HashPartitioner, RangePartitioner}

val pairs = sc.parallelize(1 to 1000, 10).map(x => (x % 97, x))
val ranged = pairs.partitionBy(new RangePartitioner(5, pairs))
val sortedWithin = pairs.repartitionAndSortWithinPartitions(new HashPartitioner(4))
ranged.glom().map(_.size).collect()
sortedWithin.count()
