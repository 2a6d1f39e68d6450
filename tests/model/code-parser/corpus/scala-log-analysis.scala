val logs = sc.textFile("access.log")
val errors = logs.filter(_.contains("ERROR")).cache()
val byHour = errors.map { line =>
  val hour = line.substring(11, 13)
  (hour, 1)
}.reduceByKey(_ + _, 24)
println("errors: " + errors.count())
byHour.sortByKey().collect().foreach { case (h, n) => println(s"$h:00 $n") }
