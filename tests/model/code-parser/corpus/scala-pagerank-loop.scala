import org.apache.spark.HashPartitioner

val links = sc.textFile("links.txt")
  .map { s => val parts = s.split("\\s+"); (parts(0), parts(1)) }
  .distinct()
  .groupByKey()
  .partitionBy(new HashPartitioner(4))
  .persist()
var ranks = links.mapValues(v => 1.0)
for (i <- 1 to 2) {
  val contribs = links.join(ranks).values.flatMap { case (urls, rank) =>
    val size = urls.size
    urls.map(url => (url, rank / size))
  }
  ranks = contribs.reduceByKey(_ + _).mapValues(0.15 + 0.85 * _)
}
ranks.collect()
