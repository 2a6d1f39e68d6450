/**
 * The building blocks every expansion uses: a narrow one-parent RDD (`MapPartitionsRDD` and
 * friends, `RDD.withScope`'s usual case) and a `ShuffledRDD`, each with the reason for its
 * dependency.
 */
import type { Partitioner } from '../partitioning/partitioner.ts';
import { partitionerName, samePartitioner } from '../partitioning/partitioner.ts';
import type { Reason } from '../plan/planned.ts';
import type { ExpandContext } from './context.ts';
import { reason } from './reasons.ts';
import { shuffledRows } from './rows.ts';
import type { LineageRdd, RowCount } from './types.ts';

export interface NarrowOptions {
  readonly className?: string;
  readonly role: string;
  /** `preservesPartitioning`: keep the parent's partitioner. */
  readonly keepsPartitioner: boolean;
  readonly rows: readonly RowCount[];
  readonly reason?: Reason;
}

export function narrowChild(ctx: ExpandContext, parent: LineageRdd, options: NarrowOptions): LineageRdd {
  return ctx.lineage.create(ctx.scope, {
    className: options.className ?? 'MapPartitionsRDD',
    role: options.role,
    numPartitions: parent.numPartitions,
    partitioner: options.keepsPartitioner ? parent.partitioner : null,
    deps: [
      {
        parent: parent.rddId,
        type: 'OneToOne',
        reason: options.reason ?? reason('narrow.oneToOne', { op: ctx.scope.op }),
        mapping: { kind: 'oneToOne' },
      },
    ],
    rows: options.rows,
  });
}

/** Why a parent is shuffled towards `partitioner`, or read narrowly because it already has it. */
export function dependencyReason(
  op: string,
  parent: LineageRdd,
  partitioner: Partitioner,
  always = false,
): Reason {
  const target = partitionerName(partitioner);
  if (always) return reason('shuffle.always', { op, partitioner: target });
  if (samePartitioner(parent.partitioner, partitioner))
    return reason('narrow.samePartitioner', { op, partitioner: target });
  if (parent.partitioner === null) return reason('shuffle.noPartitioner', { op, partitioner: target });
  return reason('shuffle.otherPartitioner', {
    op,
    partitioner: target,
    parentPartitioner: partitionerName(parent.partitioner),
  });
}

/** `new ShuffledRDD(parent, partitioner)`: one ShuffleDependency, partitioner.numPartitions partitions. */
export function shuffledChild(
  ctx: ExpandContext,
  parent: LineageRdd,
  partitioner: Partitioner,
  role: string,
  partitionerReason: Reason,
  always = false,
): LineageRdd {
  return ctx.lineage.create(ctx.scope, {
    className: 'ShuffledRDD',
    role,
    numPartitions: partitioner.numPartitions,
    partitioner,
    partitionerReason,
    deps: [
      {
        parent: parent.rddId,
        type: 'Shuffle',
        reason: dependencyReason(ctx.scope.op, parent, partitioner, always),
        mapping: { kind: 'shuffle' },
      },
    ],
    rows: shuffledRows([parent.rows], partitioner.numPartitions),
  });
}

/**
 * `PairRDDFunctions.combineByKeyWithClassTag`: a mapPartitions when the parent already has
 * the partitioner, else a ShuffledRDD.
 */
export function combineByKey(
  ctx: ExpandContext,
  parent: LineageRdd,
  partitioner: Partitioner,
  partitionerReason: Reason,
  role: string,
): LineageRdd {
  if (samePartitioner(parent.partitioner, partitioner)) {
    return narrowChild(ctx, parent, {
      role: `${role} inside each partition (already partitioned)`,
      keepsPartitioner: true,
      rows: parent.rows.map((r) => (r === 0 ? 0 : 'many')),
      reason: dependencyReason(ctx.scope.op, parent, partitioner),
    });
  }
  return shuffledChild(ctx, parent, partitioner, role, partitionerReason);
}
