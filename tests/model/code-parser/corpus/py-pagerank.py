def parse_neighbors(line):
    parts = line.split()
    return parts[0], parts[1]

def compute_contribs(urls, rank):
    n = len(urls)
    for url in urls:
        yield (url, rank / n)

links = sc.textFile("links.txt").map(parse_neighbors).distinct().groupByKey().cache()
ranks = links.map(lambda url_neighbors: (url_neighbors[0], 1.0))

for iteration in range(3):
    contribs = links.join(ranks).flatMap(
        lambda url_urls_rank: compute_contribs(url_urls_rank[1][0], url_urls_rank[1][1]))
    ranks = contribs.reduceByKey(lambda a, b: a + b).mapValues(lambda rank: rank * 0.85 + 0.15)

for (link, rank) in ranks.collect():
    print("%s has rank: %s." % (link, rank))
