package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON values from a pipeline file (`data`, `zeroValue`, `key`) as rows: a two-element array is a
 * pair `(k, v)` as in `sc.parallelize(Seq(("a", 1)))`; any other value becomes a {@link Row} keyed
 * by it, so equal values stay equal (distinct, countByValue, lookup) and every value can stand in
 * a key-value operation.
 */
final class Values {
  private Values() {}

  static Object of(JsonNode node) {
    if (node == null || node.isNull()) return new Row(null);
    if (node.isArray() && node.size() == 2) return new scala.Tuple2<Object, Object>(of(node.get(0)), of(node.get(1)));
    return new Row(scalar(node));
  }

  private static Object scalar(JsonNode node) {
    if (node.isIntegralNumber()) return node.asLong();
    if (node.isNumber()) return node.asDouble();
    if (node.isBoolean()) return node.asBoolean();
    if (node.isTextual()) return node.asText();
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : node) items.add(scalar(item));
      return items.toString();
    }
    return node.toString();
  }
}
