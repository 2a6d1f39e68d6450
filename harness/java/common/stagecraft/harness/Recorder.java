package stagecraft.harness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.Dependency;
import org.apache.spark.HashPartitioner;
import org.apache.spark.OneToOneDependency;
import org.apache.spark.Partitioner;
import org.apache.spark.RangePartitioner;
import org.apache.spark.ShuffleDependency;
import org.apache.spark.rdd.RDD;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.storage.RDDInfo;

/**
 * Records what Spark did: jobs and their stages (from {@code onJobStart}), which stages were
 * submitted ({@code onStageSubmitted}), and every RDD with its class, partitions, partitioner and
 * dependencies.
 *
 * <p>When dependencies are read matters. A ShuffledRDD, CoGroupedRDD or SubtractedRDD creates its
 * ShuffleDependency, and so takes the next shuffle id, the first time {@code dependencies} is
 * called (spark-rules ); Spark does that in {@code DAGScheduler.submitJob}
 * ({@code eagerlyComputePartitionsForRddAndAncestors}). Reading them earlier would change the
 * shuffle ids. So RDDs are read at {@code onJobStart}, and only the RDDs that the job's stages
 * list: submitJob has already computed their partitions and dependencies, and reading them again
 * creates nothing. A checkpoint later replaces an RDD's dependencies; {@link HarnessContext}
 * drains the listener before that happens, and an RDD keeps the record made when it was first
 * seen, so the report shows the lineage as built. RDDs that no job reached are read at the end
 * with {@link #captureRemaining}; their shuffle dependencies are created then, after every real
 * one, and are reported without a shuffle id.
 */
final class Recorder extends SparkListener {
  static final String OP_PROPERTY = "stagecraft.op";
  static final String ACTION_PROPERTY = "stagecraft.action";

  static final class DepRecord {
    int rddId;
    String type;
    Integer shuffleId;
  }

  static final class RddRecord {
    int rddId;
    String className;
    int numPartitions;
    String partitionerType;
    int partitionerPartitions;
    List<DepRecord> deps = new ArrayList<>();
    /** False for RDDs only read by {@link #captureRemaining}. */
    boolean observed;
  }

  static final class StageRecord {
    int stageId;
    int numTasks;
    List<Integer> parentIds = new ArrayList<>();
    List<Integer> rddIds = new ArrayList<>();
    Integer shuffleId;
    String name;
  }

  static final class JobRecord {
    int jobId;
    String op;
    Integer action;
    Integer checkpointOf;
    List<StageRecord> stages = new ArrayList<>();
    String result;
  }

  private final HarnessContext sc;
  private final Collection<RDD<?>> userRdds;
  final Map<Integer, RddRecord> rdds = new TreeMap<>();
  final Map<Integer, JobRecord> jobs = new TreeMap<>();
  final Set<Integer> submittedStages = new TreeSet<>();

  Recorder(HarnessContext sc, Collection<RDD<?>> userRdds) {
    this.sc = sc;
    this.userRdds = userRdds;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart event) {
    JobRecord job = new JobRecord();
    job.jobId = event.jobId();
    Properties props = event.properties();
    if (props != null) {
      job.op = props.getProperty(OP_PROPERTY);
      String action = props.getProperty(ACTION_PROPERTY);
      job.action = action == null ? null : Integer.valueOf(action);
      String checkpoint = props.getProperty(HarnessContext.CHECKPOINT_PROPERTY);
      job.checkpointOf = checkpoint == null ? null : Integer.valueOf(checkpoint);
    }
    Set<Integer> inJob = new HashSet<>();
    for (StageInfo info : Scala.list(event.stageInfos())) {
      StageRecord stage = new StageRecord();
      stage.stageId = info.stageId();
      stage.numTasks = info.numTasks();
      for (Object parent : Scala.list(info.parentIds())) {
        stage.parentIds.add((Integer) parent);
      }
      for (RDDInfo rdd : Scala.list(info.rddInfos())) {
        stage.rddIds.add(rdd.id());
        inJob.add(rdd.id());
      }
      if (info.shuffleDepId().isDefined()) stage.shuffleId = (Integer) info.shuffleDepId().get();
      stage.name = info.name();
      job.stages.add(stage);
    }
    jobs.put(job.jobId, job);
    captureJobRdds(inJob);
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted event) {
    submittedStages.add(event.stageInfo().stageId());
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd event) {
    JobRecord job = jobs.get(event.jobId());
    if (job != null) job.result = event.jobResult().toString();
  }

  /** Reads the RDDs a job's stages list, walking only through RDDs in that list (see above). */
  private void captureJobRdds(Set<Integer> inJob) {
    Deque<RDD<?>> waiting = new ArrayDeque<>();
    for (RDD<?> rdd : roots()) if (inJob.contains(rdd.id())) waiting.add(rdd);
    Set<Integer> visited = new HashSet<>();
    while (!waiting.isEmpty()) {
      RDD<?> rdd = waiting.poll();
      if (!visited.add(rdd.id())) continue;
      List<Dependency<?>> deps = Scala.list(rdd.dependencies());
      if (!rdds.containsKey(rdd.id())) record(rdd, deps, true);
      for (Dependency<?> dep : deps) if (inJob.contains(dep.rdd().id())) waiting.add(dep.rdd());
    }
  }

  /** Reads every RDD no job reached, forcing its dependencies; call after the last job. */
  synchronized void captureRemaining() {
    Deque<RDD<?>> waiting = new ArrayDeque<>(roots());
    Set<Integer> visited = new HashSet<>();
    while (!waiting.isEmpty()) {
      RDD<?> rdd = waiting.poll();
      if (!visited.add(rdd.id())) continue;
      List<Dependency<?>> deps = Scala.list(rdd.dependencies());
      if (!rdds.containsKey(rdd.id())) record(rdd, deps, false);
      for (Dependency<?> dep : deps) waiting.add(dep.rdd());
    }
  }

  private List<RDD<?>> roots() {
    List<RDD<?>> roots = new ArrayList<>(userRdds);
    roots.addAll(sc.finalRdds.values());
    return roots;
  }

  private void record(RDD<?> rdd, List<Dependency<?>> deps, boolean observed) {
    RddRecord r = new RddRecord();
    r.rddId = rdd.id();
    r.className = rdd.getClass().getSimpleName();
    r.numPartitions = rdd.partitions().length;
    r.observed = observed;
    if (rdd.partitioner().isDefined()) {
      Partitioner p = rdd.partitioner().get();
      r.partitionerType =
          p instanceof HashPartitioner ? "hash" : p instanceof RangePartitioner ? "range" : p.getClass().getName();
      r.partitionerPartitions = p.numPartitions();
    }
    for (Dependency<?> dep : deps) {
      DepRecord d = new DepRecord();
      d.rddId = dep.rdd().id();
      if (dep instanceof ShuffleDependency) {
        d.type = "Shuffle";
        if (observed) d.shuffleId = ((ShuffleDependency<?, ?, ?>) dep).shuffleId();
      } else if (dep instanceof OneToOneDependency) {
        d.type = "OneToOne";
      } else if (dep instanceof org.apache.spark.RangeDependency) {
        d.type = "Range";
      } else {
        d.type = "Narrow";
      }
      r.deps.add(d);
    }
    rdds.put(r.rddId, r);
  }
}
