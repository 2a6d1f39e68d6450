package stagecraft.harness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.RDD;

/**
 * A SparkContext that notices every `runJob` call in the calling thread, which a listener cannot.
 * All of SparkContext's `runJob` overloads end in this one, and `RDD.doCheckpoint` runs the
 * checkpoint job from inside it (`SparkContext.runJob` → `rdd.doCheckpoint()` →
 * `ReliableCheckpointRDD.writeRDDToCheckpointDirectory` → `sc.runJob`), so a nested call is a
 * checkpoint job. The override:
 * <ul>
 *   <li>remembers the job's final RDD object, so the recorder can reach RDDs that only an action
 *       holds (countByKey's ShuffledRDD, the sampling RDDs of a RangePartitioner);
 *   <li>marks a nested call's job with the local property {@code stagecraft.checkpoint} = the
 *       checkpointed RDD's id (local properties travel with the job to {@code onJobStart});
 *   <li>after a nested call, waits until the listener has seen the job, so the recorder reads
 *       every dependency before {@code markCheckpointed} cuts the lineage.
 * </ul>
 */
abstract class HarnessContext extends SparkContext {
  static final String CHECKPOINT_PROPERTY = "stagecraft.checkpoint";
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  final Map<Integer, RDD<?>> finalRdds = new ConcurrentHashMap<>();
  /** Set by {@link SubmissionOrder} on a thread whose next job must be numbered before others'. */
  final ThreadLocal<Runnable> onFirstSubmit = new ThreadLocal<>();

  HarnessContext(SparkConf conf) {
    super(conf);
  }

  /**
   * The body of the `runJob` override. The override itself lives in {@code ScalaContext}, one per
   * Scala version, because its signature names Scala's `Seq` (`scala.collection.Seq` in 2.12,
   * `scala.collection.immutable.Seq` in 2.13); {@code job} calls SparkContext's own `runJob`.
   */
  protected final void aroundRunJob(RDD<?> rdd, Runnable job) {
    finalRdds.put(rdd.id(), rdd);
    int level = depth.get();
    String previous = getLocalProperty(CHECKPOINT_PROPERTY);
    setLocalProperty(CHECKPOINT_PROPERTY, level > 0 ? String.valueOf(rdd.id()) : null);
    depth.set(level + 1);
    Runnable first = onFirstSubmit.get();
    if (first != null && level == 0) {
      onFirstSubmit.remove();
      first.run();
    }
    try {
      job.run();
      if (level > 0) drainListeners();
    } finally {
      depth.set(level);
      setLocalProperty(CHECKPOINT_PROPERTY, previous);
    }
  }

  /** `DAGScheduler.nextJobId`: the id the next submitted job will get (read by reflection). */
  int nextJobId() {
    try {
      Object scheduler = dagScheduler();
      for (java.lang.reflect.Field f : scheduler.getClass().getDeclaredFields()) {
        if (f.getName().endsWith("nextJobId")) {
          f.setAccessible(true);
          return ((java.util.concurrent.atomic.AtomicInteger) f.get(scheduler)).get();
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("DAGScheduler has no nextJobId field");
  }

  /** Blocks until every posted listener event has been delivered. */
  void drainListeners() {
    try {
      listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain in time", e);
    }
  }
}
