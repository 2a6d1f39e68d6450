import sys
from pyspark.sql import SparkSession


def main(path):
    spark = SparkSession.builder.appName("LineLengths").getOrCreate()
    sc = spark.sparkContext
    lengths = sc.textFile(path).map(len)
    total = lengths.reduce(lambda a, b: a + b)
    print("total length", total)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1])
