/**
 * Pass: the limits of ../limits.ts over a pipeline whose entries are otherwise valid, before
 * anything is planned. Arguments are checked against `maxPartitions` where they are read
 * (arg-values.ts); this pass checks what the arguments alone do not show:
 *
 * - the default parallelism (`config`) against `maxPartitions`;
 * - every RDD's partitions against `maxPartitions`. Only two operations make more partitions than
 *   their inputs and arguments: `cartesian` (the product of its parents',
 *   `CartesianRDD.getPartitions`) and `union` (the sum, `UnionRDD.getPartitions`, unless the inputs
 *   share a partitioner and a `PartitionerAwareUnionRDD` keeps its count). Every other operation
 *   has at most the largest of its parents' counts, its own argument and the default parallelism
 *   (Partitioner.defaultPartitioner, R-5.1). A cheap upper bound (every union a sum) settles
 *   almost every pipeline; when it passes the limit, the pipeline's RDDs are defined by the
 *   planner's own lineage expansion under a partition ceiling, which stops at the first RDD really
 *   over the limit before building anything per partition, so a union of co-partitioned inputs
 *   is never refused for partitions it does not have.
 *
 * Needs: resolved references (every parent defined earlier). Guarantees: no RDD of the pipeline
 * can have more than `maxPartitions` partitions.
 */
import type { Limits } from '../limits.ts';
import { problem } from './messages/params.ts';
import type { ProblemList } from './problems.ts';
import type { Pipeline } from './types.ts';
import { PartitionCeilingExceeded } from '../lineage/lineage.ts';
import { defineRdds } from '../plan/define-rdds.ts';
import { startSession } from '../plan/session.ts';

const PARTITION_ARGS = ['numSlices', 'minPartitions', 'numPartitions'] as const;

function ownPartitions(args: Readonly<Record<string, unknown>>): number {
  let n = 0;
  for (const name of PARTITION_ARGS) {
    const v = args[name];
    if (typeof v === 'number') n = Math.max(n, v);
  }
  const p = args['partitioner'] as { numPartitions?: unknown } | undefined;
  if (p && typeof p.numPartitions === 'number') n = Math.max(n, p.numPartitions);
  return n;
}

export function checkLimits(pipeline: Pipeline, limits: Limits, problems: ProblemList): void {
  const parallelism = pipeline.config.defaultParallelism;
  if (parallelism > limits.maxPartitions) {
    const over = {
      name: 'maxPartitions',
      verb: 'is',
      value: parallelism,
      limit: limits.maxPartitions,
    } as const;
    problems.report(['config', 'defaultParallelism'], problem('overLimit', over));
    return;
  }
  const over = firstOverBound(pipeline, limits.maxPartitions);
  if (over === null) return;
  const exact = firstOverLimit(pipeline, limits.maxPartitions);
  if (exact === null) return;
  const op = pipeline.rdds[exact.index]?.op ?? 'operation';
  const limit = limits.maxPartitions;
  const makes = { name: 'maxPartitions', verb: 'makes', value: exact.partitions, limit, op } as const;
  problems.report(['rdds', exact.index], problem('overLimit', makes));
}

/** The index of the first RDD whose upper bound (every union a sum) passes `max`, or null. */
function firstOverBound(pipeline: Pipeline, max: number): number | null {
  const parallelism = pipeline.config.defaultParallelism;
  const bound = new Map<string, number>();
  for (let i = 0; i < pipeline.rdds.length; i++) {
    const spec = pipeline.rdds[i]!;
    const parents = spec.parents.map((id) => bound.get(id) ?? 0);
    let n: number;
    if (spec.op === 'cartesian') n = parents.reduce((a, b) => a * b, 1);
    else if (spec.op === 'union') n = parents.reduce((a, b) => a + b, 0);
    else n = Math.max(parallelism, ownPartitions(spec.args as Record<string, unknown>), ...parents);
    if (n > max) return i;
    bound.set(spec.id, n);
  }
  return null;
}

/** The first RDD the planner's lineage expansion makes with more than `max` partitions, or null. */
function firstOverLimit(pipeline: Pipeline, max: number): { index: number; partitions: number } | null {
  const session = startSession(pipeline, max);
  try {
    defineRdds(session);
    return null;
  } catch (error) {
    if (!(error instanceof PartitionCeilingExceeded)) throw error;
    // defineRdds names each RDD once it is defined: the one being defined is the next.
    return { index: session.named.size, partitions: error.partitions };
  }
}
