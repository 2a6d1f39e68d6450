/**
 * The lineage as the planner builds it: Spark's RDD objects with the lazily computed state that
 * decides ids and plans (whether `partitions` and `dependencies` have been evaluated, which
 * partitions are cached, whether the RDD was checkpointed). This state is private to the
 * planner; `planPipeline` copies it out into readonly `PlannedRdd`s.
 */
import type { Partitioner } from '../partitioning/partitioner.ts';
import type { OperationScope, Reason } from '../plan/planned.ts';
import type { DependencyType } from '../plan/types.ts';
import type { StorageLevelName } from '../pipeline/types.ts';

/** Rows in one partition: a known count, or "some rows" (the planner's assumption where data is opaque). */
export type RowCount = number | 'many';

/** Which parent partitions a child partition reads through a narrow dependency. */
export type PartitionMapping =
  | { readonly kind: 'oneToOne' }
  | { readonly kind: 'range'; readonly outStart: number; readonly length: number }
  | { readonly kind: 'groups'; readonly groups: readonly (readonly number[])[] }
  | { readonly kind: 'cartesian'; readonly side: 0 | 1; readonly rightPartitions: number }
  | { readonly kind: 'prune'; readonly kept: readonly number[] }
  | { readonly kind: 'shuffle' };

export interface LineageDep {
  readonly parent: number;
  readonly type: DependencyType;
  /** `ShuffleDependency.shuffleId`, given when Spark first builds the dependency; null until then and for narrow ones. */
  shuffleId: number | null;
  readonly reason: Reason;
  readonly mapping: PartitionMapping;
}

export interface LineageRdd {
  readonly rddId: number;
  readonly className: string;
  readonly scope: OperationScope;
  readonly role: string;
  readonly numPartitions: number;
  readonly partitioner: Partitioner | null;
  /** How the operation chose the partitioner this RDD was built with (shuffle outputs), or null. */
  readonly partitionerReason: Reason | null;
  /** The dependencies as constructed. After a checkpoint Spark reads `checkpointRddId` instead. */
  readonly deps: readonly LineageDep[];
  rows: readonly RowCount[];
  /** `hints.distinctKeys` of the pipeline RDD this is the result of, for RangePartitioner sampling. */
  distinctKeys: number | null;
  storageLevel: StorageLevelName | null;
  checkpointMarked: boolean;
  /** Spark's `partitions_ != null`: `getPartitions` has run. */
  partitionsEvaluated: boolean;
  /** Spark's `dependencies_ != null`: `getDependencies` has run (shuffle ids exist). */
  depsEvaluated: boolean;
  /** `RDD.doCheckpointCalled`. */
  doCheckpointCalled: boolean;
  /** The `ReliableCheckpointRDD` that replaced the lineage, once the checkpoint was written. */
  checkpointRddId: number | null;
  /** For a `ReliableCheckpointRDD`: the RDD it checkpoints. */
  checkpointOf: number | null;
  /** Partitions held by the block manager (persisted RDDs only). */
  readonly cached: Set<number>;
}
