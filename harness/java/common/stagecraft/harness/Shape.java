package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import org.apache.spark.TaskContext;

/**
 * A pipeline RDD's `hints` (shared/spec/pipeline.md) as the harness's functions obey them:
 * `distinctKeys` k makes the fresh keys of map, flatMap, keyBy, groupBy, sortBy and mapPartitions*
 * fall into k values; `records` and `emptyPartitions` fix the rows of partition p where the
 * function decides how many rows there are: `flatMap` and `mapPartitions*` emit exactly that many
 * (when the input partition has any row, for flatMap), `filter` keeps at most that many. The
 * partition is the task's (`TaskContext.partitionId`), which is the RDD's own partition unless a
 * coalesce, union or cartesian lies between it and the stage's RDD.
 */
final class Shape implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Shape NONE = new Shape(null, null, null, new int[0]);

  final Long distinctKeys;
  private final Long allRecords;
  private final long[] records;
  private final int[] empty;

  private Shape(Long distinctKeys, Long allRecords, long[] records, int[] empty) {
    this.distinctKeys = distinctKeys;
    this.allRecords = allRecords;
    this.records = records;
    this.empty = empty;
  }

  static Shape of(JsonNode hints) {
    if (hints == null || hints.isMissingNode() || hints.isNull()) return NONE;
    JsonNode keys = hints.get("distinctKeys");
    JsonNode recs = hints.get("records");
    long[] perPartition = null;
    Long all = null;
    if (recs != null && recs.isArray()) {
      perPartition = new long[recs.size()];
      for (int i = 0; i < recs.size(); i++) perPartition[i] = recs.get(i).asLong();
    } else if (recs != null && recs.isNumber()) {
      all = recs.asLong();
    }
    JsonNode emptyNode = hints.path("emptyPartitions");
    int[] empty = new int[emptyNode.size()];
    for (int i = 0; i < empty.length; i++) empty[i] = emptyNode.get(i).asInt();
    return new Shape(keys == null ? null : keys.asLong(), all, perPartition, empty);
  }

  /** Rows partition {@code p} must hold, or -1 where the hints do not say. */
  long rowsOf(int p) {
    for (int e : empty) if (e == p) return 0;
    if (records != null) return p < records.length ? records[p] : -1;
    return allRecords == null ? -1 : allRecords;
  }

  static int partition() {
    TaskContext tc = TaskContext.get();
    return tc == null ? 0 : tc.partitionId();
  }
}
