/**
 * `Partitioner.defaultPartitioner(rdd, others*)`, exactly as states it (Spark 3.x):
 * reuse the partitioner of the input with the most partitions among those that have one, if it
 * is within an order of magnitude of the largest input or at least the default number of
 * partitions; otherwise `HashPartitioner(defaultNumPartitions)`, where defaultNumPartitions is
 * `spark.default.parallelism` when set, else the largest input's partition count.
 *
 * Reading `partitions.length` evaluates partitions, which can create shuffle ids, so the
 * inputs are evaluated in the order Spark's code reads them.
 */
import { evaluatePartitions } from '../lineage/evaluation.ts';
import type { Lineage } from '../lineage/lineage.ts';
import { reason } from '../lineage/reasons.ts';
import type { LineageRdd } from '../lineage/types.ts';
import type { PipelineConfig } from '../pipeline/types.ts';
import type { Reason } from '../plan/planned.ts';
import type { Partitioner } from './partitioner.ts';
import { partitionerName } from './partitioner.ts';

export interface ChosenPartitioner {
  readonly partitioner: Partitioner;
  readonly reason: Reason;
}

export function defaultPartitioner(
  lineage: Lineage,
  config: PipelineConfig,
  rdds: readonly LineageRdd[],
): ChosenPartitioner {
  const hasPartitioner = rdds.filter((r) => r.partitioner !== null && r.partitioner.numPartitions > 0);
  for (const r of hasPartitioner) evaluatePartitions(lineage, r);
  let hasMax: LineageRdd | null = null;
  for (const r of hasPartitioner) if (hasMax === null || r.numPartitions > hasMax.numPartitions) hasMax = r;
  const setting = config['spark.default.parallelism'];
  if (setting === undefined || hasMax !== null) for (const r of rdds) evaluatePartitions(lineage, r);
  const maxPartitions = Math.max(...rdds.map((r) => r.numPartitions));
  const defaultNumPartitions = setting ?? maxPartitions;
  if (hasMax !== null && hasMax.partitioner !== null) {
    const eligible = Math.log10(maxPartitions) - Math.log10(hasMax.numPartitions) < 1;
    if (eligible || defaultNumPartitions <= hasMax.numPartitions) {
      return {
        partitioner: hasMax.partitioner,
        reason: reason('partitioner.defaultReuse', {
          partitioner: partitionerName(hasMax.partitioner),
          rddId: hasMax.rddId,
          rdd: hasMax.scope.rdd ?? `RDD ${hasMax.rddId}`,
          maxPartitions,
        }),
      };
    }
  }
  const partitioner = lineage.newPartitioner('hash', defaultNumPartitions);
  return setting !== undefined
    ? { partitioner, reason: reason('partitioner.defaultParallelism', { numPartitions: setting }) }
    : { partitioner, reason: reason('partitioner.defaultMax', { numPartitions: maxPartitions }) };
}
