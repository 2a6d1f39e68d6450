package stagecraft.harness;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A total order over every value the harness produces (Rows, numbers, strings, tuples, arrays,
 * Iterables), for sortByKey, sortBy, top, takeOrdered, max, min and range partitioners. Values
 * of different kinds order by kind, then by their text.
 */
final class AnyOrder implements Comparator<Object>, Serializable {
  private static final long serialVersionUID = 1L;
  static final AnyOrder INSTANCE = new AnyOrder();
  static final scala.math.Ordering<Object> ORDERING =
      scala.math.Ordering$.MODULE$.comparatorToOrdering(INSTANCE);

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof Row) a = ((Row) a).key;
    if (b instanceof Row) b = ((Row) b).key;
    if (a == b) return 0;
    if (a == null) return -1;
    if (b == null) return 1;
    if (a instanceof Number && b instanceof Number) {
      return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    if (a instanceof String && b instanceof String) return ((String) a).compareTo((String) b);
    if (a instanceof scala.Tuple2 && b instanceof scala.Tuple2) {
      int c = compare(((scala.Tuple2<?, ?>) a)._1(), ((scala.Tuple2<?, ?>) b)._1());
      return c != 0 ? c : compare(((scala.Tuple2<?, ?>) a)._2(), ((scala.Tuple2<?, ?>) b)._2());
    }
    int byKind = kind(a).compareTo(kind(b));
    return byKind != 0 ? byKind : text(a).compareTo(text(b));
  }

  private static String kind(Object x) {
    return x instanceof Number ? "0" : x instanceof String ? "1" : x.getClass().getName();
  }

  private static String text(Object x) {
    if (x instanceof Object[]) return java.util.Arrays.deepToString((Object[]) x);
    if (x instanceof long[]) return java.util.Arrays.toString((long[]) x);
    if (x instanceof int[]) return java.util.Arrays.toString((int[]) x);
    return String.valueOf(x);
  }
}
