def partition_sum(it):
    yield sum(it)

nums = sc.parallelize(range(20), 4)
sums = nums.mapPartitions(partition_sum)
tagged = nums.mapPartitionsWithIndex(lambda i, it: ((i, x) for x in it), preservesPartitioning=True)
sums.collect()
tagged.countByKey()
nums.glom().map(len).collect()
