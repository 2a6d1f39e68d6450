/**
 * The RDDs of one SparkContext, in id order, with the two counters Spark keeps for them
 * (`SparkContext.newRddId`, `newShuffleId`, R-1.1, R-1.2) and the partitioner instance counter.
 */
import type { Partitioner } from '../partitioning/partitioner.ts';
import type { OperationScope, Reason } from '../plan/planned.ts';
import type { LineageDep, LineageRdd, RowCount } from './types.ts';

export interface NewRdd {
  readonly className: string;
  readonly role: string;
  readonly numPartitions: number;
  readonly partitioner: Partitioner | null;
  readonly partitionerReason?: Reason | null;
  readonly deps: readonly Omit<LineageDep, 'shuffleId'>[];
  readonly rows: readonly RowCount[];
}

/**
 * Thrown by `Lineage.checkPartitions` when an RDD would have more partitions than the lineage's
 * ceiling, before anything per partition is built; the limit check (pipeline/check-limits.ts)
 * turns it into a located problem.
 */
export class PartitionCeilingExceeded extends Error {
  constructor(readonly partitions: number) {
    super(`an RDD of ${partitions} partitions is over the partition ceiling`);
  }
}

export class Lineage {
  readonly rdds: LineageRdd[] = [];
  /** No RDD may have more partitions than this (Infinity: no ceiling; the planner's default). */
  constructor(readonly partitionCeiling = Infinity) {}
  nextShuffleId = 0;
  private nextPartitionerInstance = 0;

  /** `new SomeRDD(...)`: takes the next RDD id. */
  create(scope: OperationScope, spec: NewRdd): LineageRdd {
    const rdd: LineageRdd = {
      rddId: this.rdds.length,
      className: spec.className,
      scope,
      role: spec.role,
      numPartitions: spec.numPartitions,
      partitioner: spec.partitioner,
      partitionerReason: spec.partitionerReason ?? null,
      deps: spec.deps.map(constructedDep),
      rows: spec.rows,
      distinctKeys: null,
      storageLevel: null,
      checkpointMarked: false,
      partitionsEvaluated: false,
      depsEvaluated: false,
      doCheckpointCalled: false,
      checkpointRddId: null,
      checkpointOf: null,
      cached: new Set(),
    };
    this.rdds.push(rdd);
    return rdd;
  }

  /** Throws PartitionCeilingExceeded when `n` partitions are over the ceiling. */
  checkPartitions(n: number): void {
    if (n > this.partitionCeiling) throw new PartitionCeilingExceeded(n);
  }

  get(rddId: number): LineageRdd {
    const rdd = this.rdds[rddId];
    if (rdd === undefined) throw new Error(`lineage: no RDD ${rddId}`);
    return rdd;
  }

  newPartitioner(type: Partitioner['type'], numPartitions: number, boundsKey?: string): Partitioner {
    const instance = this.nextPartitionerInstance++;
    return boundsKey === undefined
      ? { type, numPartitions, instance }
      : { type, numPartitions, instance, boundsKey };
  }

  /** `RDD.dependencies`: the constructed ones, or one OneToOne on the checkpoint once written. */
  dependencies(rdd: LineageRdd): readonly LineageDep[] {
    return rdd.checkpointRddId === null ? rdd.deps : [checkpointDep(rdd.checkpointRddId)];
  }
}

/** A dependency as constructed: no shuffle id yet. Written field by field (an object spread is slow in V8). */
function constructedDep(d: Omit<LineageDep, 'shuffleId'>): LineageDep {
  return { parent: d.parent, type: d.type, shuffleId: null, reason: d.reason, mapping: d.mapping };
}

const CHECKPOINT_REASON: Reason = { code: 'narrow.checkpoint', params: {} };

function checkpointDep(parent: number): LineageDep {
  return {
    parent,
    type: 'OneToOne',
    shuffleId: null,
    reason: CHECKPOINT_REASON,
    mapping: { kind: 'oneToOne' },
  };
}
