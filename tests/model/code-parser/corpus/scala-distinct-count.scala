val visits = sc.textFile("visits.tsv")
val visitors = visits.map(_.split("\t")(0)).distinct(16)
println("unique visitors: " + visitors.count())
val perDay = visits.map(l => (l.take(10), l.split("\t")(0))).distinct().countByKey()
