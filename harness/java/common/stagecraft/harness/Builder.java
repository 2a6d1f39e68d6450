package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.RangePartitioner;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.OrderedRDDFunctions;
import org.apache.spark.rdd.PairRDDFunctions;
import org.apache.spark.rdd.RDD;
import scala.reflect.ClassTag;

/**
 * Builds one pipeline RDD with Spark's Scala RDD API (called from Java), exactly as the Scala
 * program `parent.op(args)` would: the same method, the same arguments, Spark's defaults where the
 * file leaves an argument out. Data and functions follow {@link Fns} and {@link Row}. Two
 * deliberate departures, neither of which changes which RDDs Spark creates: `sample` keeps every
 * row (fraction 1.0, without replacement, like `filter`), and `pipe` always runs `cat` (a pipeline
 * file's command is never executed).
 */
final class Builder {
  static final ClassTag<Object> OBJ = scala.reflect.ClassTag$.MODULE$.AnyRef();
  private final SparkContext sc;
  private final Map<String, RDD<Object>> defined;
  private final Path scratch;
  private int files;

  Builder(SparkContext sc, Map<String, RDD<Object>> defined, Path scratch) {
    this.sc = sc;
    this.defined = defined;
    this.scratch = scratch;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  RDD<Object> build(String op, List<RDD<Object>> parents, JsonNode args, Shape shape) throws IOException {
    RDD<Object> self = parents.isEmpty() ? null : parents.get(0);
    RDD<Object> other = parents.size() > 1 ? parents.get(1) : null;
    switch (op) {
      case "parallelize":
        return sc.parallelize(Scala.seq(sourceRows(args)), intArg(args, "numSlices", sc.defaultParallelism()), OBJ);
      case "range":
        return (RDD) sc.range(
            longArg(args, "start", 0), longArg(args, "end", 0), longArg(args, "step", 1),
            intArg(args, "numSlices", sc.defaultParallelism()));
      case "textFile":
        {
          int min = intArg(args, "minPartitions", sc.defaultMinPartitions());
          return (RDD) sc.textFile(textFileFor(min).toString(), min);
        }
      case "emptyRDD":
        return sc.emptyRDD(OBJ);
      case "map":
        return self.map(new Fns.FreshRow(shape), OBJ);
      case "flatMap":
        return self.flatMap((scala.Function1) new Fns.OneFreshRow(shape), OBJ);
      case "filter":
        return self.filter((scala.Function1) new Fns.KeepAll(shape));
      case "mapPartitions":
        return self.mapPartitions(new Fns.FreshRows(shape), boolArg(args, "preservesPartitioning", false), OBJ);
      case "mapPartitionsWithIndex":
        return self.mapPartitionsWithIndex(
            new Fns.FreshRowsWithIndex(shape), boolArg(args, "preservesPartitioning", false), OBJ);
      case "glom":
        return (RDD) self.glom();
      case "keyBy":
        return (RDD) self.keyBy(new Fns.FreshRow(shape));
      case "keys":
        return (RDD) pair(self).keys();
      case "values":
        return (RDD) pair(self).values();
      case "mapValues":
        return (RDD) pair(self).mapValues(new Fns.Identity());
      case "flatMapValues":
        return (RDD) pair(self).flatMapValues((scala.Function1) new Fns.OneOf());
      case "sample":
        return self.sample(false, 1.0, longArg(args, "seed", 42));
      case "pipe":
        return (RDD) self.pipe("cat");
      case "zipWithIndex":
        return (RDD) self.zipWithIndex();
      case "zipWithUniqueId":
        return (RDD) self.zipWithUniqueId();
      case "union":
        return sc.union(Scala.seq(new ArrayList<>(parents)), OBJ);
      case "cartesian":
        return (RDD) self.cartesian(other, OBJ);
      case "zip":
        return (RDD) self.zip(other, OBJ);
      case "zipPartitions":
        {
          boolean keep = boolArg(args, "preservesPartitioning", false);
          if (parents.size() == 2) return self.zipPartitions(other, keep, new Fns.First2(), OBJ, OBJ);
          if (parents.size() == 3)
            return self.zipPartitions(other, parents.get(2), keep, new Fns.First3(), OBJ, OBJ, OBJ);
          return self.zipPartitions(
              other, parents.get(2), parents.get(3), keep, new Fns.First4(), OBJ, OBJ, OBJ, OBJ);
        }
      case "coalesce":
        return self.coalesce(
            intArg(args, "numPartitions", 1), boolArg(args, "shuffle", false), scala.Option.empty(), null);
      case "repartition":
        return self.repartition(intArg(args, "numPartitions", 1), null);
      case "partitionBy":
        return (RDD) pair(self).partitionBy(partitioner(args, self));
      case "repartitionAndSortWithinPartitions":
        return (RDD) ordered(self).repartitionAndSortWithinPartitions(partitioner(args, self));
      case "groupBy":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) self.groupBy(new Fns.FreshRow(shape), p, OBJ, null);
          if (args.has("numPartitions")) return (RDD) self.groupBy(new Fns.FreshRow(shape), intArg(args, "numPartitions", 1), OBJ);
          return (RDD) self.groupBy(new Fns.FreshRow(shape), OBJ);
        }
      case "groupByKey":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) pair(self).groupByKey(p);
          if (args.has("numPartitions")) return (RDD) pair(self).groupByKey(intArg(args, "numPartitions", 1));
          return (RDD) pair(self).groupByKey();
        }
      case "reduceByKey":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) pair(self).reduceByKey(p, new Fns.KeepFirst());
          if (args.has("numPartitions"))
            return (RDD) pair(self).reduceByKey(new Fns.KeepFirst(), intArg(args, "numPartitions", 1));
          return (RDD) pair(self).reduceByKey(new Fns.KeepFirst());
        }
      case "aggregateByKey":
        {
          Object zero = Values.of(args.get("zeroValue"));
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) pair(self).aggregateByKey(zero, p, new Fns.KeepFirst(), new Fns.KeepFirst(), OBJ);
          if (args.has("numPartitions"))
            return (RDD) pair(self).aggregateByKey(
                zero, intArg(args, "numPartitions", 1), new Fns.KeepFirst(), new Fns.KeepFirst(), OBJ);
          return (RDD) pair(self).aggregateByKey(zero, new Fns.KeepFirst(), new Fns.KeepFirst(), OBJ);
        }
      case "foldByKey":
        {
          Object zero = Values.of(args.get("zeroValue"));
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) pair(self).foldByKey(zero, p, new Fns.KeepFirst());
          if (args.has("numPartitions"))
            return (RDD) pair(self).foldByKey(zero, intArg(args, "numPartitions", 1), new Fns.KeepFirst());
          return (RDD) pair(self).foldByKey(zero, new Fns.KeepFirst());
        }
      case "combineByKey":
        {
          Partitioner p = partitioner(args, self);
          if (p != null)
            return (RDD) pair(self).combineByKey(
                new Fns.Identity(), new Fns.KeepFirst(), new Fns.KeepFirst(), p, true, null);
          if (args.has("numPartitions"))
            return (RDD) pair(self).combineByKey(
                new Fns.Identity(), new Fns.KeepFirst(), new Fns.KeepFirst(), intArg(args, "numPartitions", 1));
          return (RDD) pair(self).combineByKey(new Fns.Identity(), new Fns.KeepFirst(), new Fns.KeepFirst());
        }
      case "distinct":
        {
          // RDD.distinct has no Partitioner overload; a partitioner argument gives its partition count.
          Partitioner p = partitioner(args, self);
          if (p != null) return self.distinct(p.numPartitions(), null);
          if (args.has("numPartitions")) return self.distinct(intArg(args, "numPartitions", 1), null);
          return self.distinct();
        }
      case "sortByKey":
        return (RDD) ordered(self).sortByKey(boolArg(args, "ascending", true), partitionsOrOwn(args, self));
      case "sortBy":
        return self.sortBy(
            new Fns.FreshRow(shape), boolArg(args, "ascending", true),
            partitionsOrOwn(args, self), AnyOrder.ORDERING, OBJ);
      case "join":
      case "leftOuterJoin":
      case "rightOuterJoin":
      case "fullOuterJoin":
        return join(op, self, other, args);
      case "cogroup":
        return cogroup(parents, args);
      case "intersection":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return self.intersection(other, p, null);
          if (args.has("numPartitions")) return self.intersection(other, intArg(args, "numPartitions", 1));
          return self.intersection(other);
        }
      case "subtract":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return self.subtract(other, p, null);
          if (args.has("numPartitions")) return self.subtract(other, intArg(args, "numPartitions", 1));
          return self.subtract(other);
        }
      case "subtractByKey":
        {
          Partitioner p = partitioner(args, self);
          if (p != null) return (RDD) pair(self).subtractByKey((RDD) other, p, OBJ);
          if (args.has("numPartitions"))
            return (RDD) pair(self).subtractByKey((RDD) other, intArg(args, "numPartitions", 1), OBJ);
          return (RDD) pair(self).subtractByKey((RDD) other, OBJ);
        }
      default:
        throw new IllegalArgumentException("unknown operation \"" + op + "\"");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private RDD<Object> join(String op, RDD<Object> self, RDD<Object> other, JsonNode args) {
    PairRDDFunctions<Object, Object> f = pair(self);
    Partitioner p = partitioner(args, self);
    boolean n = args.has("numPartitions");
    int np = intArg(args, "numPartitions", 1);
    RDD o = other;
    switch (op) {
      case "join":
        return (RDD) (p != null ? f.join(o, p) : n ? f.join(o, np) : f.join(o));
      case "leftOuterJoin":
        return (RDD) (p != null ? f.leftOuterJoin(o, p) : n ? f.leftOuterJoin(o, np) : f.leftOuterJoin(o));
      case "rightOuterJoin":
        return (RDD) (p != null ? f.rightOuterJoin(o, p) : n ? f.rightOuterJoin(o, np) : f.rightOuterJoin(o));
      default:
        return (RDD) (p != null ? f.fullOuterJoin(o, p) : n ? f.fullOuterJoin(o, np) : f.fullOuterJoin(o));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private RDD<Object> cogroup(List<RDD<Object>> parents, JsonNode args) {
    PairRDDFunctions<Object, Object> f = pair(parents.get(0));
    Partitioner p = partitioner(args, parents.get(0));
    boolean n = args.has("numPartitions");
    int np = intArg(args, "numPartitions", 1);
    RDD a = parents.get(1);
    if (parents.size() == 2) return (RDD) (p != null ? f.cogroup(a, p) : n ? f.cogroup(a, np) : f.cogroup(a));
    RDD b = parents.get(2);
    if (parents.size() == 3)
      return (RDD) (p != null ? f.cogroup(a, b, p) : n ? f.cogroup(a, b, np) : f.cogroup(a, b));
    RDD c = parents.get(3);
    return (RDD) (p != null ? f.cogroup(a, b, c, p) : n ? f.cogroup(a, b, c, np) : f.cogroup(a, b, c));
  }

  /**
   * The `partitioner` argument as a live Partitioner, or null. A range partitioner is built the way
   * a program would build it for this call, `new RangePartitioner(n, receiver)`, which samples the
   * receiver with a job of its own.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Partitioner partitioner(JsonNode args, RDD<Object> receiver) {
    JsonNode spec = args.get("partitioner");
    if (spec == null || spec.isNull()) return null;
    int n = spec.path("numPartitions").asInt(1);
    if ("range".equals(spec.path("type").asText())) {
      return new RangePartitioner(n, (RDD) receiver, true, AnyOrder.ORDERING, OBJ);
    }
    return new HashPartitioner(n);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static PairRDDFunctions<Object, Object> pair(RDD<Object> rdd) {
    return new PairRDDFunctions<Object, Object>((RDD) rdd, OBJ, OBJ, null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static OrderedRDDFunctions<Object, Object, scala.Tuple2<Object, Object>> ordered(RDD<Object> rdd) {
    return new OrderedRDDFunctions((RDD) rdd, AnyOrder.ORDERING, OBJ, OBJ, OBJ);
  }

  /** `1 to length` as Rows, or the file's `data` values (see {@link Values}). */
  private static List<Object> sourceRows(JsonNode args) {
    List<Object> rows = new ArrayList<>();
    if (args.has("data")) {
      for (JsonNode value : args.get("data")) rows.add(Values.of(value));
    } else {
      long length = args.path("length").asLong(0);
      for (long i = 1; i <= length; i++) rows.add(new Row(i));
    }
    return rows;
  }

  /**
   * A file that Hadoop's `FileInputFormat.getSplits` cuts into exactly `n` splits: n blocks of
   * equal size (goalSize = size / n, no remainder, far below the 32 MB local block size), ten
   * lines each (spark-rules, textFile partition count).
   */
  private Path textFileFor(int n) throws IOException {
    Path file = scratch.resolve("input-" + (files++) + ".txt");
    StringBuilder text = new StringBuilder();
    int line = 0;
    for (int block = 0; block < n; block++) {
      for (int i = 0; i < 10; i++) text.append(String.format("line-%09d\n", line++));
    }
    Files.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    return file;
  }

  /**
   * `numPartitions`, or Scala's default argument `self.partitions.length`, evaluated only when the
   * argument is left out as Scala evaluates a default: reading `partitions` builds the lineage's
   * shuffle dependencies (and takes their shuffle ids) earlier than the program would.
   */
  static int partitionsOrOwn(JsonNode args, RDD<Object> self) {
    JsonNode v = args.get("numPartitions");
    return v == null || v.isNull() ? self.partitions().length : v.asInt();
  }

  static int intArg(JsonNode args, String name, int fallback) {
    JsonNode v = args.get(name);
    return v == null || v.isNull() ? fallback : v.asInt();
  }

  static long longArg(JsonNode args, String name, long fallback) {
    JsonNode v = args.get(name);
    return v == null || v.isNull() ? fallback : v.asLong();
  }

  static boolean boolArg(JsonNode args, String name, boolean fallback) {
    JsonNode v = args.get(name);
    return v == null || v.isNull() ? fallback : v.asBoolean();
  }
}
