// stagecraft: {"name": "Fair pools", "defaultParallelism": 4}
val a = sc.parallelize(1 to 100).map(_ * 2) // stagecraft: {"hints": {"records": 25}}
a.count() // stagecraft: {"thread": "t1", "pool": "fast"}
a.collect() // stagecraft: {"thread": "t2", "pool": "slow"}
