/**
 * `new RangePartitioner(n, rdd, ascending)` (R-5.1, `Partitioner.scala : RangePartitioner`). Its
 * `rangeBounds` is computed in the constructor, so constructing one runs jobs at once:
 *
 * - n ≤ 1: no RDDs, no job, 1 partition;
 * - otherwise `rdd.map(_._1)` and `sketch`'s `mapPartitionsWithIndex`, then a `collect` job over
 *   every partition of `rdd`;
 * - if a partition is imbalanced (`fraction · rows > sampleSizePerPartition`), a second job over
 *   those partitions: `rdd.map(_._1)`, a `PartitionPruningRDD`, `sample`, `collect`.
 *
 * The partition count is `rangeBounds.length + 1`. With keys assumed many and distinct it is n;
 * with `hints.distinctKeys` = d < n (or fewer rows than n), `determineBounds` takes one bound per
 * distinct key, so d + 1; with no rows at all, 1.
 *
 * Equality (`RangePartitioner.equals`: bounds and ascending): with no bounds, or when every
 * partition of the input is sampled in full (known rows ≤ sampleSizePerPartition), the bounds
 * follow from the input's data alone, so such partitioners of the same input are equal.
 */
import type { Partitioner } from '../partitioning/partitioner.ts';
import type { Reason } from '../plan/planned.ts';
import { allPartitions } from './context.ts';
import type { ExpandContext } from './context.ts';
import { evaluatePartitions } from './evaluation.ts';
import { reason } from './reasons.ts';
import { opaqueRows, totalRows } from './rows.ts';
import { narrowChild } from './steps.ts';
import type { LineageRdd } from './types.ts';

export interface BuiltRangePartitioner {
  readonly partitioner: Partitioner;
  readonly reason: Reason;
}

export function newRangePartitioner(
  ctx: ExpandContext,
  requested: number,
  rdd: LineageRdd,
  distinctKeys: number | null,
  ascending = true,
): BuiltRangePartitioner {
  let boundsKey: string | undefined;
  const made = (n: number): BuiltRangePartitioner => ({
    partitioner: ctx.lineage.newPartitioner('range', n, boundsKey),
    reason: reason('partitioner.range', { numPartitions: n, requested }),
  });
  boundsKey = `no bounds, ascending ${String(ascending)}`;
  if (requested <= 1) return made(1);
  boundsKey = undefined;
  evaluatePartitions(ctx.lineage, rdd);
  const sampleSize = Math.min(20 * requested, 1e6);
  const perPartition = Math.ceil((3 * sampleSize) / rdd.numPartitions);
  const keys = narrowChild(ctx, rdd, {
    role: 'RangePartitioner: rdd.map(_._1)',
    keepsPartitioner: false,
    rows: rdd.rows,
  });
  const sketch = narrowChild(ctx, keys, {
    role: 'RangePartitioner.sketch: mapPartitionsWithIndex (sample each partition)',
    keepsPartitioner: false,
    rows: keys.rows.map(() => 1),
  });
  const op = ctx.scope.op;
  ctx.runJob({
    finalRddId: sketch.rddId,
    partitions: allPartitions(sketch.numPartitions),
    action: op,
    rdd: ctx.scope.rdd ?? '',
    trigger: { kind: 'operation', rdd: ctx.scope.rdd ?? '', reason: reason('job.rangeSample', { op }) },
  });
  const total = totalRows(rdd.rows);
  if (total === 0) {
    boundsKey = `no bounds, ascending ${String(ascending)}`;
    return made(1);
  }
  if (rdd.rows.every((r) => r !== 'many' && r <= perPartition)) {
    boundsKey = `all of RDD ${rdd.rddId} into ${requested}, ascending ${String(ascending)}`;
  }
  if (total !== 'many') {
    const fraction = Math.min(sampleSize / Math.max(total, 1), 1);
    const imbalanced = allPartitions(rdd.numPartitions).filter(
      (i) => fraction * (rdd.rows[i] as number) > perPartition,
    );
    if (imbalanced.length > 0) resample(ctx, rdd, imbalanced);
  }
  const keyCount = Math.min(
    distinctKeys ?? Number.POSITIVE_INFINITY,
    total === 'many' ? Number.POSITIVE_INFINITY : total,
  );
  return made(keyCount >= requested ? requested : Math.min(requested, keyCount + 1));
}

function resample(ctx: ExpandContext, rdd: LineageRdd, imbalanced: readonly number[]): void {
  const keys = narrowChild(ctx, rdd, {
    role: 'RangePartitioner: rdd.map(_._1)',
    keepsPartitioner: false,
    rows: rdd.rows,
  });
  const pruned = ctx.lineage.create(ctx.scope, {
    className: 'PartitionPruningRDD',
    role: 'the imbalanced partitions',
    numPartitions: imbalanced.length,
    partitioner: null,
    deps: [
      {
        parent: keys.rddId,
        type: 'Narrow',
        reason: reason('narrow.prune'),
        mapping: { kind: 'prune', kept: imbalanced },
      },
    ],
    rows: imbalanced.map((i) => keys.rows[i] ?? 'many'),
  });
  const sampled = narrowChild(ctx, pruned, {
    className: 'PartitionwiseSampledRDD',
    role: 'sample(withReplacement = false, fraction)',
    keepsPartitioner: true,
    rows: opaqueRows(pruned.rows),
  });
  const op = ctx.scope.op;
  ctx.runJob({
    finalRddId: sampled.rddId,
    partitions: allPartitions(sampled.numPartitions),
    action: op,
    rdd: ctx.scope.rdd ?? '',
    trigger: {
      kind: 'operation',
      rdd: ctx.scope.rdd ?? '',
      reason: reason('job.rangeResample', { op, partitions: imbalanced.join(', ') }),
    },
  });
}
