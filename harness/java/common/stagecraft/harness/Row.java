package stagecraft.harness;

import java.util.Objects;

/**
 * The harness's universal data row: a pair whose key and value are both the row itself, so every
 * key-value operation (reduceByKey, join, keys, values, sortByKey, …) can run on any row without
 * an extra `map` that would change Spark's RDD ids. Equality and hash follow `key`, so distinct
 * rows are distinct keys and `HashPartitioner` spreads them by `key.hashCode()`.
 */
public final class Row extends scala.Tuple2<Object, Object> {
  private static final long serialVersionUID = 1L;
  final Object key;

  public Row(Object key) {
    super(null, null);
    this.key = key;
  }

  @Override
  public Object _1() {
    return this;
  }

  @Override
  public Object _2() {
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Row && Objects.equals(key, ((Row) other).key);
  }

  @Override
  public int hashCode() {
    return key == null ? 0 : key.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(key);
  }
}
