import org.apache.spark.HashPartitioner

val partitioner = new HashPartitioner(8)
val users = sc.textFile("users.csv").map(_.split(",")).map(f => (f(0), f(1))).partitionBy(partitioner).cache()
val events = sc.textFile("events.csv").map(_.split(",")).map(f => (f(0), f(2))).partitionBy(partitioner)
val joined = users.join(events)
joined.count()
