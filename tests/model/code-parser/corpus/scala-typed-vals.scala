import org.apache.spark.rdd.RDD

val numbers: RDD[Int] = sc.parallelize(List(5, 3, 8, 1), 2)
val squared: RDD[(Int, Int)] = numbers.map[(Int, Int)](n => (n, n * n))
val parts = 3
val byKey = squared.reduceByKey(_ max _, parts * 2)
val strings = sc.emptyRDD[String]
byKey.collect()
strings.isEmpty
