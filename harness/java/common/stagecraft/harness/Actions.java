package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.spark.rdd.RDD;

/**
 * Runs one pipeline action with the Scala RDD API, as `rdd.action(args)` would. `saveAsTextFile`
 * writes under the run's scratch directory, never to the file's `path`.
 */
final class Actions {
  private Actions() {}

  static void run(JsonNode action, RDD<Object> rdd, Path scratch, int index) throws Exception {
    JsonNode args = action.path("args");
    int num = Builder.intArg(args, "num", 1);
    switch (action.path("op").asText()) {
      case "collect":
        rdd.collect();
        return;
      case "count":
        rdd.count();
        return;
      case "first":
        rdd.first();
        return;
      case "take":
        rdd.take(num);
        return;
      case "reduce":
        rdd.reduce(new Fns.KeepFirst());
        return;
      case "fold":
        rdd.fold(Values.of(args.get("zeroValue")), new Fns.KeepFirst());
        return;
      case "aggregate":
        rdd.aggregate(Values.of(args.get("zeroValue")), new Fns.KeepFirst(), new Fns.KeepFirst(), Builder.OBJ);
        return;
      case "foreach":
        rdd.foreach(new Fns.NoOp());
        return;
      case "foreachPartition":
        rdd.foreachPartition(new Fns.NoOpPartition());
        return;
      case "saveAsTextFile":
        {
          rdd.saveAsTextFile(scratch.resolve("saved-" + index).toString());
          return;
        }
      case "countByKey":
        Builder.pair(rdd).countByKey();
        return;
      case "countByValue":
        rdd.countByValue(null);
        return;
      case "lookup":
        Builder.pair(rdd).lookup(Values.of(args.get("key")));
        return;
      case "top":
        rdd.top(num, AnyOrder.ORDERING);
        return;
      case "takeOrdered":
        rdd.takeOrdered(num, AnyOrder.ORDERING);
        return;
      case "isEmpty":
        rdd.isEmpty();
        return;
      case "max":
        rdd.max(AnyOrder.ORDERING);
        return;
      case "min":
        rdd.min(AnyOrder.ORDERING);
        return;
      default:
        throw new IllegalArgumentException("unknown action \"" + action.path("op").asText() + "\"");
    }
  }
}
