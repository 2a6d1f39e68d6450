package stagecraft.harness;

import java.util.ArrayList;
import java.util.List;

/** Small bridges between Java and Scala collections that work with Scala 2.12 and 2.13 alike. */
final class Scala {
  private Scala() {}

  static <T> List<T> list(scala.collection.Iterable<T> items) {
    List<T> out = new ArrayList<>();
    scala.collection.Iterator<T> it = items.iterator();
    while (it.hasNext()) out.add(it.next());
    return out;
  }

  @SuppressWarnings("unchecked")
  static <T> scala.collection.Seq<T> seq(List<T> items) {
    scala.collection.mutable.ArrayBuffer<T> buffer = new scala.collection.mutable.ArrayBuffer<>();
    for (T item : items) buffer.$plus$eq(item);
    return (scala.collection.Seq<T>) (Object) buffer.toList();
  }
}
