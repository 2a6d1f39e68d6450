visits = sc.textFile("visits.tsv")
visitors = visits.map(lambda l: l.split("\t")[0]).distinct(numPartitions=16)
print("unique visitors: %d" % visitors.count())
per_day = visits.map(lambda l: (l[:10], l.split("\t")[0])).distinct().countByKey()
