# stagecraft: {"defaultParallelism": 2, "spark.default.parallelism": 2}
a = sc.parallelize(range(100)).map(lambda x: x * 2)  # stagecraft: {"hints": {"skew": 3}}
a.count()  # stagecraft: {"thread": "main", "pool": "default"}
