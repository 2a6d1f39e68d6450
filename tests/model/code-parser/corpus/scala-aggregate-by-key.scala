val scores = sc.parallelize(Seq(("alice", 90), ("bob", 72), ("alice", 85)), 3)
val sumCount = scores.aggregateByKey((0, 0))(
  (acc, v) => (acc._1 + v, acc._2 + 1),
  (a, b) => (a._1 + b._1, a._2 + b._2))
val avg = sumCount.mapValues { case (s, n) => s.toDouble / n }
val maxByKey = scores.foldByKey(0, 2)(math.max)
val lists = scores.combineByKey(
  (v: Int) => List(v),
  (acc: List[Int], v: Int) => v :: acc,
  (a: List[Int], b: List[Int]) => a ::: b)
avg.collect()
maxByKey.collect()
lists.collect()
