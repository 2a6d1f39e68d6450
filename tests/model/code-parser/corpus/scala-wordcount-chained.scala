// The one-liner from the Spark quick start
val counts = sc.textFile("README.md", 4).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _, 3)
counts.saveAsTextFile("out")
