from pyspark import StorageLevel

sc.setCheckpointDir("/tmp/ckpt")
data = sc.parallelize(range(1000), 10)
squares = data.map(lambda x: x * x).persist(StorageLevel.MEMORY_AND_DISK)
squares.checkpoint()
evens = squares.filter(lambda x: x % 2 == 0)
evens.persist(StorageLevel.DISK_ONLY)
squares.count()
evens.reduce(lambda a, b: a + b)
