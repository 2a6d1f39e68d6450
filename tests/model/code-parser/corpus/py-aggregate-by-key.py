scores = sc.parallelize([("alice", 90), ("bob", 72), ("alice", 85)], 3)
sum_count = scores.aggregateByKey((0, 0),
                                  lambda acc, v: (acc[0] + v, acc[1] + 1),
                                  lambda a, b: (a[0] + b[0], a[1] + b[1]))
averages = sum_count.mapValues(lambda t: t[0] / t[1])
maxima = scores.foldByKey(0, max, 2)
lists = scores.combineByKey(lambda v: [v], lambda acc, v: acc + [v], lambda a, b: a + b)
averages.collect()
maxima.collect()
lists.collect()
