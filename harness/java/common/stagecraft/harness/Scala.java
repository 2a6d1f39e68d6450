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

  /** An immutable List: a `Seq` for methods compiled with Scala 2.12 and with 2.13 alike. */
  @SuppressWarnings("unchecked")
  static <T> scala.collection.immutable.List<T> seq(List<T> items) {
    scala.collection.immutable.List<T> out = (scala.collection.immutable.List<T>) (Object) scala.collection.immutable.Nil$.MODULE$;
    for (int i = items.size() - 1; i >= 0; i--) out = out.$colon$colon(items.get(i));
    return out;
  }
}
