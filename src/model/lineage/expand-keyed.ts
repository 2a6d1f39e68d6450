/**
 * Expansion of the key-based operations: aggregation through combineByKeyWithClassTag (§2.4),
 * partitionBy, repartitionAndSortWithinPartitions, groupBy, distinct, sortByKey, sortBy (§2.5).
 */
import { samePartitioner } from '../partitioning/partitioner.ts';
import type { RddSpec } from '../pipeline/types.ts';
import type { ExpandContext } from './context.ts';
import { evaluatePartitions } from './evaluation.ts';
import { newRangePartitioner } from './range-partitioner.ts';
import { reason } from './reasons.ts';
import { explicitPartitioner, shuffleTarget } from './shuffle-target.ts';
import { combineByKey, narrowChild, shuffledChild } from './steps.ts';
import type { LineageRdd } from './types.ts';
import { defaultPartitioner } from '../partitioning/default-partitioner.ts';

const AGGREGATIONS: Readonly<Record<string, string>> = {
  reduceByKey: 'reduceByKey: combine values per key',
  groupByKey: 'groupByKey: all values per key',
  aggregateByKey: 'aggregateByKey: aggregate values per key',
  foldByKey: 'foldByKey: fold values per key',
  combineByKey: 'combineByKey: combiners per key',
};

export const KEYED_OPERATIONS: ReadonlySet<string> = new Set([
  ...Object.keys(AGGREGATIONS),
  'partitionBy',
  'repartitionAndSortWithinPartitions',
  'groupBy',
  'distinct',
  'sortByKey',
  'sortBy',
]);

/** The RDD the pipeline RDD names; `partitionBy` may return its parent itself. */
export function expandKeyed(ctx: ExpandContext, spec: RddSpec, parent: LineageRdd): LineageRdd {
  const args = spec.args;
  const aggregation = AGGREGATIONS[spec.op];
  if (aggregation !== undefined) {
    const target = shuffleTarget(ctx, args, [parent]);
    return combineByKey(ctx, parent, target.partitioner, target.reason, aggregation);
  }
  switch (spec.op) {
    case 'partitionBy': {
      const target = explicitPartitioner(ctx, args, parent);
      if (target === null) throw new Error('partitionBy without a partitioner passed validation');
      if (samePartitioner(parent.partitioner, target.partitioner)) return parent;
      return shuffledChild(ctx, parent, target.partitioner, 'partitionBy', target.reason);
    }
    case 'repartitionAndSortWithinPartitions': {
      const target = explicitPartitioner(ctx, args, parent);
      if (target === null)
        throw new Error('repartitionAndSortWithinPartitions without a partitioner passed validation');
      if (samePartitioner(parent.partitioner, target.partitioner)) {
        return narrowChild(ctx, parent, {
          role: 'sort inside each partition (already partitioned)',
          keepsPartitioner: true,
          rows: parent.rows,
          reason: reason('narrow.sortWithinShortcut', { op: spec.op }),
        });
      }
      return shuffledChild(ctx, parent, target.partitioner, 'ShuffledRDD with key ordering', target.reason);
    }
    case 'groupBy': {
      const target =
        explicitPartitioner(ctx, args, parent) ?? defaultPartitioner(ctx.lineage, ctx.config, [parent]);
      const keyed = narrowChild(ctx, parent, {
        role: 'map(t => (f(t), t))',
        keepsPartitioner: false,
        rows: parent.rows,
      });
      return combineByKey(ctx, keyed, target.partitioner, target.reason, 'groupByKey(p)');
    }
    case 'distinct':
      return distinct(ctx, parent, args.numPartitions);
    case 'sortByKey':
      return sortByKey(
        ctx,
        parent,
        args.numPartitions,
        spec.hints?.distinctKeys ?? parent.distinctKeys,
        args.ascending ?? true,
      );
    default: {
      // sortBy: keyBy(f).sortByKey(ascending, numPartitions = this.partitions.length).values
      if (args.numPartitions === undefined) evaluatePartitions(ctx.lineage, parent);
      const n = args.numPartitions ?? parent.numPartitions;
      const keyed = narrowChild(ctx, parent, {
        role: 'keyBy(f)',
        keepsPartitioner: false,
        rows: parent.rows,
      });
      const sorted = sortByKey(
        ctx,
        keyed,
        n,
        spec.hints?.distinctKeys ?? parent.distinctKeys,
        args.ascending ?? true,
      );
      return narrowChild(ctx, sorted, { role: 'values', keepsPartitioner: false, rows: sorted.rows });
    }
  }
}

/** `RDD.distinct(n = partitions.length)`: the per-partition shortcut or map, reduceByKey(n), map (§2.5). */
function distinct(ctx: ExpandContext, parent: LineageRdd, numPartitions: number | undefined): LineageRdd {
  // distinct() reads partitions.length for its default; distinct(n) only when there is a partitioner.
  if (numPartitions === undefined || parent.partitioner !== null) evaluatePartitions(ctx.lineage, parent);
  const n = numPartitions ?? parent.numPartitions;
  if (parent.partitioner !== null && n === parent.numPartitions) {
    return narrowChild(ctx, parent, {
      role: 'remove duplicates inside each partition',
      keepsPartitioner: true,
      rows: parent.rows.map((r) => (r === 0 ? 0 : 'many')),
      reason: reason('narrow.distinctShortcut', { numPartitions: n }),
    });
  }
  const paired = narrowChild(ctx, parent, {
    role: 'map(x => (x, null))',
    keepsPartitioner: false,
    rows: parent.rows,
  });
  const partitioner = ctx.lineage.newPartitioner('hash', n);
  const reduced = combineByKey(
    ctx,
    paired,
    partitioner,
    reason('partitioner.numPartitions', { numPartitions: n }),
    'reduceByKey((x, _) => x)',
  );
  return narrowChild(ctx, reduced, { role: 'map(_._1)', keepsPartitioner: false, rows: reduced.rows });
}

/** `OrderedRDDFunctions.sortByKey(ascending, n = P(self))`: RangePartitioner (sampling), then an always-shuffling ShuffledRDD. */
function sortByKey(
  ctx: ExpandContext,
  parent: LineageRdd,
  numPartitions: number | undefined,
  distinctKeys: number | null,
  ascending: boolean,
): LineageRdd {
  if (numPartitions === undefined) evaluatePartitions(ctx.lineage, parent);
  const n = numPartitions ?? parent.numPartitions;
  const range = newRangePartitioner(ctx, n, parent, distinctKeys, ascending);
  return shuffledChild(
    ctx,
    parent,
    range.partitioner,
    'ShuffledRDD(RangePartitioner) with key ordering',
    range.reason,
    true,
  );
}
