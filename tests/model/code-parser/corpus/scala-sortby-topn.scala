val sales = sc.textFile("sales.csv", 6).map { line =>
  val cols = line.split(",")
  (cols(0), cols(2).toDouble)
}
val totals = sales.reduceByKey(_ + _)
val ranked = totals.sortBy(_._2, ascending = false, numPartitions = 2)
ranked.take(5)
totals.top(3)(Ordering.by(_._2))
totals.takeOrdered(3)(Ordering.by(-_._2))
