val r = sc.range(0, 1000, 1, 4)
val r2 = sc.range(10, 20)
val none = sc.emptyRDD[Int]
val both = r.union(none)
both.count()
r2.map(_ * 2).reduce(_ + _)
