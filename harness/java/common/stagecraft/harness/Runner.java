package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs one pipeline file on a fresh local SparkContext and returns the report: every RDD with the
 * pipeline operation or action that created it, every job with its owner and stages, which stages
 * were submitted, and where the event log is. Program order follows shared/spec/pipeline.md: each
 * RDD is defined in file order (with its persist and checkpoint marks right after it), then the
 * actions run, each driver `thread` on its own Java thread, all started together.
 */
final class Runner {
  private final ObjectMapper json;
  private final Path scratch;
  private final String codec;
  private final int timeoutSeconds;

  /** {@code timeoutSeconds}: each pipeline's time limit ({@link Watchdog}); 0 for none. */
  Runner(ObjectMapper json, Path scratch, String codec, int timeoutSeconds) {
    this.json = json;
    this.scratch = scratch;
    this.codec = codec;
    this.timeoutSeconds = timeoutSeconds;
  }

  ObjectNode run(String file, JsonNode pipeline) throws IOException {
    long started = System.currentTimeMillis();
    JsonNode config = pipeline.path("config");
    int parallelism = config.path("defaultParallelism").asInt(8);
    JsonNode setting = config.get("spark.default.parallelism");
    if (setting != null && !setting.isNull()) parallelism = setting.asInt();
    Path dir = Files.createTempDirectory(scratch, "run-");
    Path logs = Files.createDirectories(dir.resolve("eventlog"));
    boolean pools = false;
    for (JsonNode action : pipeline.path("actions")) pools |= action.has("pool");

    SparkConf conf = new SparkConf()
        .setMaster("local[" + parallelism + "]")
        .setAppName("stagecraft-harness " + pipeline.path("name").asText(file))
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.eventLog.enabled", "true")
        .set("spark.eventLog.dir", logs.toUri().toString())
        // One log file, not Spark 4's default rolling directory.
        .set("spark.eventLog.rolling.enabled", "false")
        .set("spark.memory.offHeap.enabled", "true")
        .set("spark.memory.offHeap.size", "16m");
    if (codec != null) conf.set("spark.eventLog.compress", "true").set("spark.eventLog.compression.codec", codec);
    if (setting != null && !setting.isNull()) conf.set("spark.default.parallelism", setting.asText());
    if (pools) conf.set("spark.scheduler.mode", "FAIR");

    HarnessContext sc = new ScalaContext(conf);
    ObjectNode report = json.createObjectNode();
    ArrayNode errors = json.createArrayNode();
    Map<String, RDD<Object>> defined = new LinkedHashMap<>();
    List<RDD<?>> userRdds = new ArrayList<>();
    Recorder recorder = new Recorder(sc, userRdds);
    Map<Integer, String> rddOwner = new HashMap<>();
    Map<Integer, Integer> rddAction = new HashMap<>();
    Watchdog watchdog = new Watchdog(sc, timeoutSeconds).start();
    try {
      sc.setCheckpointDir(dir.resolve("checkpoints").toString());
      sc.addSparkListener(recorder);
      Builder builder = new Builder(sc, defined, dir);
      for (JsonNode spec : pipeline.path("rdds")) {
        if (watchdog.timedOut()) break;
        String id = spec.path("id").asText();
        List<RDD<Object>> parents = new ArrayList<>();
        for (JsonNode parent : spec.path("parents")) parents.add(defined.get(parent.asText()));
        int before = nextRddId(sc);
        sc.setLocalProperty(Recorder.OP_PROPERTY, id);
        RDD<Object> rdd;
        try {
          rdd = builder.build(spec.path("op").asText(), parents, spec.path("args"), Shape.of(spec.get("hints")));
        } finally {
          sc.setLocalProperty(Recorder.OP_PROPERTY, null);
        }
        for (int r = before; r < nextRddId(sc); r++) rddOwner.put(r, id);
        defined.put(id, rdd);
        synchronized (recorder) {
          userRdds.add(rdd);
        }
        for (JsonNode mark : pipeline.path("persist")) {
          if (id.equals(mark.path("rdd").asText())) rdd.persist(StorageLevel.fromString(mark.path("level").asText()));
        }
        for (JsonNode mark : pipeline.path("checkpoint")) {
          if (id.equals(mark.path("rdd").asText())) rdd.checkpoint();
        }
      }
      runActions(sc, dir, pipeline.path("actions"), defined, rddAction, errors, watchdog);
    } catch (Exception e) {
      errors.add(describe(e));
    } finally {
      watchdog.close();
    }
    if (watchdog.timedOut()) {
      errors.insert(0, watchdog.message());
      report.put("timedOut", true);
      report.put("timeoutSeconds", timeoutSeconds);
    }
    try {
      sc.drainListeners();
      recorder.captureRemaining();
    } catch (Exception e) {
      errors.add("reading the lineage at the end: " + describe(e));
    }
    Map<Integer, String> checkpointed = checkpointRdds(pipeline, defined);
    String version = sc.version();
    sc.stop();

    report.put("file", file);
    report.put("name", pipeline.path("name").asText(""));
    report.put("sparkVersion", version);
    report.put("defaultParallelism", parallelism);
    ObjectNode named = report.putObject("pipelineRdds");
    for (Map.Entry<String, RDD<Object>> e : defined.entrySet()) named.put(e.getKey(), e.getValue().id());
    report.set("rdds", rddsJson(recorder, rddOwner, rddAction, checkpointed));
    report.set("jobs", jobsJson(recorder, sparkIdToName(defined, pipeline)));
    ArrayNode submitted = report.putArray("submittedStageIds");
    for (int s : recorder.submittedStages) submitted.add(s);
    report.set("errors", errors);
    try (Stream<Path> files = Files.list(logs)) {
      files.findFirst().ifPresent(p -> report.put("eventLog", p.toString()));
    }
    report.put("millis", System.currentTimeMillis() - started);
    return report;
  }

  /** Runs the actions: one Java thread per pipeline `thread`, started together (pipeline.md). */
  private void runActions(
      HarnessContext sc, Path dir, JsonNode actions, Map<String, RDD<Object>> defined,
      Map<Integer, Integer> rddAction, ArrayNode errors, Watchdog watchdog) throws InterruptedException {
    Map<String, List<Integer>> threads = new LinkedHashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      threads.computeIfAbsent(actions.get(i).path("thread").asText(""), k -> new ArrayList<>()).add(i);
    }
    boolean single = threads.size() <= 1;
    SubmissionOrder order = new SubmissionOrder(sc);
    List<Thread> started = new ArrayList<>();
    for (List<Integer> indexes : threads.values()) {
      Runnable body = () -> {
        for (int i : indexes) {
          JsonNode action = actions.get(i);
          int before = nextRddId(sc);
          sc.setLocalProperty(Recorder.ACTION_PROPERTY, String.valueOf(i));
          sc.setLocalProperty("spark.scheduler.pool", action.has("pool") ? action.path("pool").asText() : null);
          try {
            if (!single) order.enter(i);
            // After the time limit, the actions left run no job.
            if (watchdog.timedOut()) continue;
            Actions.run(action, defined.get(action.path("rdd").asText()), dir, i);
          } catch (Exception e) {
            synchronized (errors) {
              errors.add("actions[" + i + "] " + action.path("op").asText() + ": " + describe(e));
            }
          } finally {
            sc.setLocalProperty(Recorder.ACTION_PROPERTY, null);
            if (!single) order.leave(i);
          }
          // With one driver thread, ids created during an action are that action's.
          if (single) for (int r = before; r < nextRddId(sc); r++) rddAction.put(r, i);
        }
      };
      if (single) {
        body.run();
      } else {
        Thread t = new Thread(body, "driver-" + started.size());
        started.add(t);
      }
    }
    for (Thread t : started) t.start();
    for (Thread t : started) t.join();
  }

  /** The ReliableCheckpointRDD of each checkpointed pipeline RDD, by its id. */
  private static Map<Integer, String> checkpointRdds(JsonNode pipeline, Map<String, RDD<Object>> defined) {
    Map<Integer, String> out = new HashMap<>();
    for (JsonNode mark : pipeline.path("checkpoint")) {
      String id = mark.path("rdd").asText();
      RDD<Object> rdd = defined.get(id);
      if (rdd != null && rdd.isCheckpointed()) {
        for (Object dep : Scala.list(rdd.dependencies())) {
          out.put(((org.apache.spark.Dependency<?>) dep).rdd().id(), id);
        }
      }
    }
    return out;
  }

  /** Spark RDD id → pipeline RDD id; where several names share one RDD (partitionBy returning self), the first. */
  private static Map<Integer, String> sparkIdToName(Map<String, RDD<Object>> defined, JsonNode pipeline) {
    Map<Integer, String> out = new HashMap<>();
    for (Map.Entry<String, RDD<Object>> e : defined.entrySet()) out.putIfAbsent(e.getValue().id(), e.getKey());
    for (JsonNode mark : pipeline.path("checkpoint")) {
      RDD<Object> rdd = defined.get(mark.path("rdd").asText());
      if (rdd != null) out.put(rdd.id(), mark.path("rdd").asText());
    }
    return out;
  }

  private ArrayNode rddsJson(
      Recorder recorder, Map<Integer, String> owner, Map<Integer, Integer> action, Map<Integer, String> checkpointed) {
    ArrayNode out = json.createArrayNode();
    Map<Integer, Integer> firstJobAction = new HashMap<>();
    for (Recorder.JobRecord job : recorder.jobs.values()) {
      if (job.action == null) continue;
      for (Recorder.StageRecord stage : job.stages) for (int r : stage.rddIds) firstJobAction.putIfAbsent(r, job.action);
    }
    for (Recorder.RddRecord r : recorder.rdds.values()) {
      ObjectNode node = out.addObject();
      node.put("rddId", r.rddId);
      node.put("class", r.className);
      String op = checkpointed.containsKey(r.rddId) ? checkpointed.get(r.rddId) : owner.get(r.rddId);
      node.put("op", op);
      if (op == null) {
        Integer a = action.containsKey(r.rddId) ? action.get(r.rddId) : firstJobAction.get(r.rddId);
        if (a != null) node.put("action", a);
      }
      node.put("numPartitions", r.numPartitions);
      if (r.partitionerType == null) {
        node.putNull("partitioner");
      } else {
        ObjectNode p = node.putObject("partitioner");
        p.put("type", r.partitionerType);
        p.put("numPartitions", r.partitionerPartitions);
      }
      ArrayNode deps = node.putArray("deps");
      for (Recorder.DepRecord d : r.deps) {
        ObjectNode dep = deps.addObject();
        dep.put("rddId", d.rddId);
        dep.put("type", d.type);
        if (d.shuffleId != null) dep.put("shuffleId", d.shuffleId);
      }
      node.put("observed", r.observed);
    }
    return out;
  }

  private ArrayNode jobsJson(Recorder recorder, Map<Integer, String> names) {
    ArrayNode out = json.createArrayNode();
    for (Recorder.JobRecord job : recorder.jobs.values()) {
      ObjectNode node = out.addObject();
      node.put("jobId", job.jobId);
      if (job.checkpointOf != null) {
        node.put("owner", "checkpoint");
        node.put("rdd", names.get(job.checkpointOf));
      } else if (job.action != null) {
        node.put("owner", "action");
        node.put("action", job.action);
      } else {
        node.put("owner", "op");
        node.put("op", job.op);
      }
      if (job.action != null) node.put("actionIndex", job.action);
      ArrayNode stages = node.putArray("stages");
      for (Recorder.StageRecord s : job.stages) {
        ObjectNode stage = stages.addObject();
        stage.put("stageId", s.stageId);
        stage.put("numTasks", s.numTasks);
        ArrayNode parents = stage.putArray("parentIds");
        for (int p : s.parentIds) parents.add(p);
        ArrayNode rdds = stage.putArray("rddIds");
        for (int r : s.rddIds) rdds.add(r);
        if (s.shuffleId != null) stage.put("shuffleId", s.shuffleId);
        stage.put("name", s.name);
      }
      node.put("result", job.result);
    }
    return out;
  }

  /** `SparkContext.nextRddId`, read without taking an id (it is a private AtomicInteger). */
  static int nextRddId(SparkContext sc) {
    try {
      for (Field f : SparkContext.class.getDeclaredFields()) {
        if (f.getName().endsWith("nextRddId")) {
          f.setAccessible(true);
          return ((AtomicInteger) f.get(sc)).get();
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("SparkContext has no nextRddId field");
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.split("\n")[0]);
  }
}
