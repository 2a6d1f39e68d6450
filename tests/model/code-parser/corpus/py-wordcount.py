from pyspark import SparkContext

sc = SparkContext("local[*]", "WordCount")
lines = sc.textFile("input.txt", 4)
words = lines.flatMap(lambda line: line.split(" "))
pairs = words.map(lambda w: (w, 1))
counts = pairs.reduceByKey(lambda a, b: a + b)
for word, count in counts.collect():
    print(word, count)
