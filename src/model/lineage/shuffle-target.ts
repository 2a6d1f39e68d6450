/**
 * The partitioner a key operation shuffles to, from its arguments as Spark's overloads read
 * them: `partitioner` as given (a range one is constructed over the receiver, sampling it,
 * ), `numPartitions` as `new HashPartitioner(n)`, otherwise `Partitioner.defaultPartitioner`
 * over the inputs.
 */
import type { ChosenPartitioner } from '../partitioning/default-partitioner.ts';
import { defaultPartitioner } from '../partitioning/default-partitioner.ts';
import { partitionerName } from '../partitioning/partitioner.ts';
import type { RddArgs } from '../pipeline/types.ts';
import type { ExpandContext } from './context.ts';
import { newRangePartitioner } from './range-partitioner.ts';
import { reason } from './reasons.ts';
import type { LineageRdd } from './types.ts';

/** The partitioner the program passed (`partitioner` or `numPartitions`), or null. */
export function explicitPartitioner(
  ctx: ExpandContext,
  args: RddArgs,
  receiver: LineageRdd,
): ChosenPartitioner | null {
  if (args.partitioner !== undefined) {
    const { type, numPartitions } = args.partitioner;
    if (type === 'range') return newRangePartitioner(ctx, numPartitions, receiver, receiver.distinctKeys);
    const partitioner = ctx.lineage.newPartitioner('hash', numPartitions);
    return {
      partitioner,
      reason: reason('partitioner.given', { partitioner: partitionerName(partitioner) }),
    };
  }
  if (args.numPartitions !== undefined) {
    const partitioner = ctx.lineage.newPartitioner('hash', args.numPartitions);
    return {
      partitioner,
      reason: reason('partitioner.numPartitions', { numPartitions: args.numPartitions }),
    };
  }
  return null;
}

export function shuffleTarget(
  ctx: ExpandContext,
  args: RddArgs,
  inputs: readonly LineageRdd[],
): ChosenPartitioner {
  return (
    explicitPartitioner(ctx, args, inputs[0] as LineageRdd) ??
    defaultPartitioner(ctx.lineage, ctx.config, inputs)
  );
}
