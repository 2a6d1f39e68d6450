/* Word count without stop words,
   sorted by frequency */
val stopWords = Set("a", "the", "of")
val counts = sc.textFile("hdfs:///data/books/*.txt", 8)
  .flatMap { line =>
    line.toLowerCase.split("\\W+")
  }
  .filter(w => w.nonEmpty && !stopWords.contains(w)) // keep real words
  .map(w => (w, 1))
  .reduceByKey(_ + _)
val top10 = counts.map(_.swap).sortByKey(ascending = false)
top10.take(10).foreach(println)
