val orders = sc.parallelize(Seq((1, "book"), (2, "pen"), (1, "ink")), 2)
val customers = sc.parallelize(Seq((1, "Ada"), (2, "Linus"), (3, "Grace")))
val withNames = orders.leftOuterJoin(customers, numPartitions = 4)
val all = customers.fullOuterJoin(orders, new HashPartitioner(3))
val right = orders.rightOuterJoin(customers)
withNames.collect()
all.count
right.count()
