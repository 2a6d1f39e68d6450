>>> lines = sc.textFile("README.md")
>>> counts = (lines.flatMap(lambda l: l.split())
...           .map(lambda w: (w, 1))
...           .reduceByKey(lambda a, b: a + b))
>>> counts.takeOrdered(3, key=lambda kv: -kv[1])
[('the', 24), ('to', 17), ('Spark', 16)]
>>> counts.getNumPartitions()
2
