package stagecraft.harness;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.AbstractFunction3;
import scala.runtime.AbstractFunction4;
import scala.runtime.BoxedUnit;

/**
 * The functions the harness passes to Spark. They are chosen to meet the planner's assumptions
 * about opaque user code (shared/spec/pipeline.md): `map`, `flatMap`, `keyBy`, `groupBy`,
 * `sortBy` and `mapPartitions*` give every row a fresh, distinct key; `filter` keeps every row;
 * `flatMap` and `flatMapValues` emit one row per input; reducers keep their first argument.
 * Each is a static class, so it captures nothing from the driver.
 */
final class Fns {
  private Fns() {}

  /**
   * A fresh key per row: the task's partition id times 10^9 plus a counter. Spark deserializes a
   * new copy of each function per task, so the counter starts at 0 in every task; two RDDs mapped
   * from partitions with equal ids get equal keys, so joins of related data find matches.
   */
  static final class FreshRow extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Shape shape;
    private long counter;

    FreshRow() {
      this(Shape.NONE);
    }

    FreshRow(Shape shape) {
      this.shape = shape;
    }

    @Override
    public Object apply(Object row) {
      TaskContext tc = TaskContext.get();
      long partition = tc == null ? 0 : tc.partitionId();
      long key = partition * 1_000_000_000L + counter++;
      return new Row(shape.distinctKeys == null ? key : Math.floorMod(key, shape.distinctKeys));
    }
  }

  /**
   * flatMap's function: one fresh row per input row, as an Iterator (a TraversableOnce in Scala
   * 2.12, IterableOnce in 2.13); where `hints.records` fixes the partition's rows, all of them at
   * the partition's first input row and none after.
   */
  static final class OneFreshRow extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Shape shape;
    private final FreshRow fresh;
    private boolean emitted;

    OneFreshRow(Shape shape) {
      this.shape = shape;
      this.fresh = new FreshRow(shape);
    }

    @Override
    public Object apply(Object row) {
      long rows = shape.rowsOf(Shape.partition());
      if (rows < 0) return scala.collection.Iterator$.MODULE$.single(fresh.apply(row));
      java.util.List<Object> out = new java.util.ArrayList<>();
      if (!emitted) for (long i = 0; i < rows; i++) out.add(fresh.apply(row));
      emitted = true;
      return scala.collection.JavaConverters.asScalaIteratorConverter(out.iterator()).asScala();
    }
  }

  static final class Identity extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Object apply(Object x) {
      return x;
    }
  }

  static final class OneOf extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Object apply(Object x) {
      return scala.collection.Iterator$.MODULE$.single(x);
    }
  }

  /** filter's predicate: keeps every row, or at most `hints.records` rows of the partition. */
  static final class KeepAll extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Shape shape;
    private long kept;

    KeepAll(Shape shape) {
      this.shape = shape;
    }

    @Override
    public Object apply(Object x) {
      long rows = shape.rowsOf(Shape.partition());
      return rows < 0 || kept++ < rows;
    }
  }

  /** `(a, b) => a`: for reduce, fold, aggregate and every by-key combiner. */
  static final class KeepFirst extends AbstractFunction2<Object, Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Object apply(Object a, Object b) {
      return a;
    }
  }

  /** mapPartitions' function: a fresh row per input row, or exactly `hints.records` rows. */
  static final class FreshRows extends AbstractFunction1<Iterator<Object>, Iterator<Object>>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Shape shape;
    private final FreshRow fresh;

    FreshRows(Shape shape) {
      this.shape = shape;
      this.fresh = new FreshRow(shape);
    }

    @Override
    public Iterator<Object> apply(Iterator<Object> rows) {
      long n = shape.rowsOf(Shape.partition());
      if (n < 0) return rows.map(fresh);
      java.util.List<Object> out = new java.util.ArrayList<>();
      for (long i = 0; i < n; i++) out.add(fresh.apply(null));
      return scala.collection.JavaConverters.asScalaIteratorConverter(out.iterator()).asScala();
    }
  }

  static final class FreshRowsWithIndex extends AbstractFunction2<Object, Iterator<Object>, Iterator<Object>>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FreshRows rows;

    FreshRowsWithIndex(Shape shape) {
      this.rows = new FreshRows(shape);
    }

    @Override
    public Iterator<Object> apply(Object index, Iterator<Object> input) {
      return rows.apply(input);
    }
  }

  /** zipPartitions' function: the rows of the first RDD, one output row per input row. */
  static final class First2 extends AbstractFunction2<Iterator<Object>, Iterator<Object>, Iterator<Object>>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Object> apply(Iterator<Object> a, Iterator<Object> b) {
      return a;
    }
  }

  static final class First3
      extends AbstractFunction3<Iterator<Object>, Iterator<Object>, Iterator<Object>, Iterator<Object>>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Object> apply(Iterator<Object> a, Iterator<Object> b, Iterator<Object> c) {
      return a;
    }
  }

  static final class First4
      extends AbstractFunction4<
          Iterator<Object>, Iterator<Object>, Iterator<Object>, Iterator<Object>, Iterator<Object>>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Object> apply(
        Iterator<Object> a, Iterator<Object> b, Iterator<Object> c, Iterator<Object> d) {
      return a;
    }
  }

  static final class NoOp extends AbstractFunction1<Object, BoxedUnit> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public BoxedUnit apply(Object x) {
      return BoxedUnit.UNIT;
    }
  }

  static final class NoOpPartition extends AbstractFunction1<Iterator<Object>, BoxedUnit>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public BoxedUnit apply(Iterator<Object> rows) {
      return BoxedUnit.UNIT;
    }
  }
}
