/**
 * Pass: the limits of ../limits.ts over a pipeline whose entries are otherwise valid, before
 * anything is planned. Arguments are checked against `maxPartitions` where they are read
 * (arg-values.ts); this pass checks what the arguments alone do not show:
 *
 * - the default parallelism (`config`) against `maxPartitions`;
 * - an upper bound on every RDD's partitions against `maxPartitions`. Only two operations make
 *   more partitions than their inputs and arguments: `cartesian` (the product of its parents',
 *   `CartesianRDD.getPartitions`) and `union` (the sum, `UnionRDD.getPartitions`; a
 *   `PartitionerAwareUnionRDD` keeps the shared count, which the sum bounds). Every other
 *   operation has at most the largest of its parents' counts, its own argument and the default
 *   parallelism (Partitioner.defaultPartitioner, R-5.1), so a bound over the limit is reported at
 *   the cartesian or union that first passes it, before the planner would build its partitions.
 *
 * Needs: resolved references (every parent defined earlier). Guarantees: no RDD of the pipeline
 * can have more than `maxPartitions` partitions.
 */
import { limitMessage } from '../limits.ts';
import type { Limits } from '../limits.ts';
import type { ProblemList } from './problems.ts';
import type { Pipeline } from './types.ts';

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
    problems.add(['config', 'defaultParallelism'], limitMessage('maxPartitions', 'is', parallelism, limits));
    return;
  }
  const bound = new Map<string, number>();
  pipeline.rdds.forEach((spec, i) => {
    const parents = spec.parents.map((id) => bound.get(id) ?? 0);
    let n: number;
    if (spec.op === 'cartesian') n = parents.reduce((a, b) => a * b, 1);
    else if (spec.op === 'union') n = parents.reduce((a, b) => a + b, 0);
    else n = Math.max(parallelism, ownPartitions(spec.args as Record<string, unknown>), ...parents);
    if (n > limits.maxPartitions) {
      problems.add(['rdds', i], `${spec.op} ${limitMessage('maxPartitions', 'makes up to', n, limits)}`);
      // Report the first RDD over the limit only: its descendants inherit the same count.
      n = 0;
    }
    bound.set(spec.id, n);
  });
}
