/**
 * Lineage expansion of one pipeline operation: the RDDs Spark constructs for it, in id order
 * (R-1.1, spark-rules.md §2), with partitions, partitioners and the reason of every dependency.
 * Jobs that the operation runs while being defined go through `ctx.runJob`.
 *
 * Needs: the parents' RDDs (already expanded). Guarantees: the returned RDD is what the pipeline
 * id names (for partitionBy with an equal partitioner, the parent itself, R-4.2).
 */
import type { RddSpec } from '../pipeline/types.ts';
import type { ExpandContext } from './context.ts';
import { expandElementWise, isElementWise } from './expand-element-wise.ts';
import { JOIN_OPERATIONS, expandJoin } from './expand-joins.ts';
import { KEYED_OPERATIONS, expandKeyed } from './expand-keyed.ts';
import { cartesian, coalesce, union, zipped } from './expand-multi-parent.ts';
import { expandSource } from './expand-sources.ts';
import type { LineageRdd } from './types.ts';

export function expandOperation(
  ctx: ExpandContext,
  spec: RddSpec,
  parents: readonly LineageRdd[],
): LineageRdd {
  const first = parents[0];
  if (first === undefined) return expandSource(ctx, spec);
  if (isElementWise(spec.op)) return expandElementWise(ctx, spec, first);
  if (KEYED_OPERATIONS.has(spec.op)) return expandKeyed(ctx, spec, first);
  if (JOIN_OPERATIONS.has(spec.op)) return expandJoin(ctx, spec, parents);
  switch (spec.op) {
    case 'union':
      return union(ctx, parents);
    case 'cartesian':
      return cartesian(ctx, first, parents[1] as LineageRdd);
    case 'zip':
    case 'zipPartitions':
      return zipped(ctx, spec, parents);
    case 'coalesce':
      return coalesce(ctx, first, spec.args.numPartitions ?? first.numPartitions, spec.args.shuffle === true);
    case 'repartition':
      return coalesce(ctx, first, spec.args.numPartitions ?? first.numPartitions, true);
    default:
      throw new Error(`lineage: no expansion for operation "${spec.op}"`);
  }
}
