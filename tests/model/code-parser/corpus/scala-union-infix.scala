val jan = sc.textFile("logs/2024-01.txt")
val feb = sc.textFile("logs/2024-02.txt")
val mar = sc.textFile("logs/2024-03.txt")
val q1 = jan union feb union mar
val janFeb = jan ++ feb
val all = sc.union(Seq(jan, feb, mar))
q1.count()
janFeb.count()
all.count()
