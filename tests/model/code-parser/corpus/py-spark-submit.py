from pyspark import SparkConf, SparkContext

conf = SparkConf().setAppName("pairs").setMaster("local[4]")
sc = SparkContext(conf=conf)
sc.setLogLevel("WARN")
pairs = sc.parallelize([("a", 1), ("b", 2), ("a", 3)], numSlices=2)
grouped = pairs.groupByKey(numPartitions=2).mapValues(sum)
print(grouped.collect())
sc.stop()
