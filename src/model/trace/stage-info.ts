/**
 * Spark's `StageInfo` and `RDDInfo` (core/src/main/scala/org/apache/spark/scheduler/StageInfo.scala,
 * storage/RDDInfo.scala) as listener events carry them: in JobStart (every stage of the job,
 * skipped ones included) and in StageSubmitted / StageCompleted (one attempt).
 */

export interface StageInfo {
  readonly stageId: number;
  readonly attemptId: number;
  readonly name: string;
  readonly numTasks: number;
  /**
   * The parent stage ids ("Parent IDs"): the shuffle-map stages this stage reads. Null when the log
   * does not record them (Spark ≤ 1.4): the stage DAG is then unknown, never guessed.
   */
  readonly parentIds: readonly number[] | null;
  /** The stage's RDDs in the log's order (not sorted; the REST API keeps this order). */
  readonly rddInfos: readonly RddInfo[];
  /** The call-site stack ("Details"); empty when absent. */
  readonly details: string;
  /** Set only on the StageSubmitted/StageCompleted copies; null for skipped stages. */
  readonly submissionTime: number | null;
  readonly completionTime: number | null;
  /** Present only when the stage attempt failed. */
  readonly failureReason: string | null;
}

export interface RddInfo {
  readonly id: number;
  /** The RDD's name: its class name since about 1.4, an id or an input path before. */
  readonly name: string;
  /** The operation that created the RDD ("Scope", a JSON string in the log); null when absent. */
  readonly scope: RddScope | null;
  /** "Callsite" (1.6+), e.g. `map at SparkPi.scala:34`; null when absent. */
  readonly callsite: string | null;
  /** The parent RDD ids (1.4+); null when the log does not record them. */
  readonly parentIds: readonly number[] | null;
  readonly numPartitions: number;
  readonly numCachedPartitions: number;
  readonly storageLevel: StorageLevel;
  readonly memorySize: number;
  readonly diskSize: number;
}

/** `RDDOperationScope`: groups RDDs into the DAG visualisation's clusters. */
export interface RddScope {
  readonly id: string;
  readonly name: string;
}

export interface StorageLevel {
  readonly useDisk: boolean;
  readonly useMemory: boolean;
  /** "Use Off Heap" (3.4+); also set from "Use Tachyon" / "Use ExternalBlockStore" in old logs. */
  readonly useOffHeap: boolean;
  readonly deserialized: boolean;
  readonly replication: number;
}

export const STORAGE_NONE: StorageLevel = Object.freeze({
  useDisk: false,
  useMemory: false,
  useOffHeap: false,
  deserialized: false,
  replication: 1,
});

/** True when the level keeps blocks anywhere (`StorageLevel.isValid` for a persisted RDD). */
export function isPersisted(level: StorageLevel): boolean {
  return level.useDisk || level.useMemory || level.useOffHeap;
}
