/**
 * Plan output, version 1 (shared/spec/plan-output.md): every RDD Spark creates and every job its
 * actions run, split into stages as the DAGScheduler splits them. The planner prints this shape
 * and so does the conformance harness for a real Spark run, so the two compare field by field.
 */

/**
 * A partitioner as a plan shows it. Pipeline files write only `hash` and `range`; a plan also
 * names `custom` for a partitioner of neither class that Spark builds internally: `RDD.subtract`
 * on an RDD already partitioned by the partitioner it would use makes an anonymous Partitioner
 * that de-tuples its `(x, null)` keys, equal to nothing but itself.
 */
export interface PlanPartitioner {
  readonly type: 'hash' | 'range' | 'custom';
  readonly numPartitions: number;
}

export type DependencyType = 'OneToOne' | 'Range' | 'Narrow' | 'Shuffle';

export interface PlanDependency {
  readonly rddId: number;
  readonly type: DependencyType;
  /** Set on shuffle dependencies: `ShuffleDependency.shuffleId`. */
  readonly shuffleId?: number;
}

export interface PlanRdd {
  readonly rddId: number;
  /** Spark's class name: `MapPartitionsRDD`, `ShuffledRDD`, `CoGroupedRDD`, … */
  readonly class: string;
  /** The pipeline RDD whose operation created this RDD, or null for one an action created. */
  readonly op: string | null;
  /** With `op: null`: the index in `pipeline.actions` of the action that created it. */
  readonly action?: number;
  readonly numPartitions: number;
  readonly partitioner: PlanPartitioner | null;
  readonly deps: readonly PlanDependency[];
}

export type StageKind = 'ShuffleMap' | 'Result';

export interface PlanStage {
  readonly stageId: number;
  readonly kind: StageKind;
  readonly numTasks: number;
  readonly parentStageIds: readonly number[];
  readonly skipped: boolean;
  /** The stage's RDD and its narrow ancestors, ascending. */
  readonly rddIds: readonly number[];
  /** Set on ShuffleMap stages: the shuffle the stage writes. */
  readonly shuffleId?: number;
}

export interface PlanJob {
  readonly jobId: number;
  /** The action, or the operation that ran the job on its own (`sortByKey`, `zipWithIndex`, `checkpoint`). */
  readonly action: string;
  /** The pipeline RDD the job computes. */
  readonly rdd: string;
  /** Sorted by stageId. */
  readonly stages: readonly PlanStage[];
}

export interface PlanOutput {
  readonly version: 1;
  readonly rdds: readonly PlanRdd[];
  readonly jobs: readonly PlanJob[];
}
