/**
 * The planner's full answer: the plan-output shape (./types.ts) plus what the views, the
 * narration and the simulator need to explain it (why each edge is narrow or a shuffle, which
 * operation each RDD belongs to, why a stage is skipped). `toPlanOutput` drops the extras.
 */
import type { ActionName, OperationName, StorageLevelName } from '../pipeline/types.ts';
import type { PlanDependency, PlanJob, PlanRdd, PlanStage } from './types.ts';

/**
 * A reason, as data: a code and its parameters. Text comes from templates (English and
 * Simplified Chinese) when it is shown, so the model stores no prose.
 */
export interface Reason {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface PlannedDependency extends PlanDependency {
  /** Why Spark made this dependency narrow or a shuffle. */
  readonly reason: Reason;
}

/** The user-level operation an RDD belongs to, as the Spark UI groups RDDs by operation scope. */
export interface OperationScope {
  /** The pipeline RDD id, or null when an action created the RDD. */
  readonly rdd: string | null;
  readonly op: OperationName | ActionName | 'checkpoint';
  /** With `rdd: null`: the index of the action in `pipeline.actions`. */
  readonly action?: number;
}

export interface PlannedRdd extends PlanRdd {
  readonly deps: readonly PlannedDependency[];
  readonly scope: OperationScope;
  /** What this RDD does inside its operation, in Spark's terms (`"map(pair => pair._2.toString)"`). */
  readonly role: string;
  /** The storage level the pipeline persists this RDD with, or null. */
  readonly storageLevel: StorageLevelName | null;
  /** True when the pipeline marks this RDD for checkpointing. */
  readonly checkpointed: boolean;
  /** How the operation chose the partitioner of a shuffle output (defaultPartitioner, numPartitions …), or null. */
  readonly partitionerReason?: Reason | null;
  /** Once its checkpoint is written: the ReliableCheckpointRDD that replaced its lineage, else null. */
  readonly checkpointRddId?: number | null;
}

export interface PlannedStage extends PlanStage {
  /** Why the stage was not submitted: its shuffle output was already there, or a cached RDD cut the walk. */
  readonly skipReason: Reason | null;
  /** Result stages: the partitions of the final RDD it computes (`take` asks for fewer). */
  readonly partitions: readonly number[];
  /** The stage's own RDD (`stage.rdd`): the map side of its shuffle, or the job's final RDD. */
  readonly rddId: number;
}

export interface PlannedJob extends PlanJob {
  readonly stages: readonly PlannedStage[];
  /** What submitted the job: an action (its index in `pipeline.actions`) or an operation run on its own. */
  readonly trigger:
    | { readonly kind: 'action'; readonly index: number }
    | { readonly kind: 'operation'; readonly rdd: string; readonly reason: Reason };
  /** The driver thread and FAIR pool of the action, when the pipeline names them. */
  readonly thread?: string;
  readonly pool?: string;
  /** The RDD id of the job's final RDD (the ResultStage's RDD). */
  readonly finalRddId: number;
}

export interface Plan {
  readonly version: 1;
  readonly rdds: readonly PlannedRdd[];
  readonly jobs: readonly PlannedJob[];
}
