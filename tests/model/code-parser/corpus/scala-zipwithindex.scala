val lines = sc.textFile("data.csv", 3)
val indexed = lines.zipWithIndex()
val body = indexed.filter(_._2 > 0).keys
val ids = lines.zipWithUniqueId
body.first()
ids.count()
