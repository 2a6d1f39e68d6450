# word lengths, written with backslash continuations
lengths = sc.parallelize(["spark", "rdd", "stage", "task"], 2) \
    .map(lambda s: (len(s), s)) \
    .groupByKey()
lengths.mapValues(list).collect()
