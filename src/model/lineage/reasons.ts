/**
 * Every decision the planner records, as a code and its parameters. The text comes from
 * templates in English and Simplified Chinese (../plan/describe-reason.ts); the model keeps no
 * prose. Each code names the Spark rule it follows.
 */
import type { Reason } from '../plan/planned.ts';

export const REASON_CODES = [
  // dependencies
  'narrow.oneToOne', // an element-wise step: partition i reads parent partition i
  'narrow.union', // UnionRDD: a RangeDependency per parent
  'narrow.partitionerAwareUnion', // every input has the same partitioner
  'narrow.coalesce', // CoalescedRDD groups parent partitions (§2.3)
  'narrow.cartesian', // CartesianRDD reads one partition of each side (§2.3)
  'narrow.zip', // ZippedPartitionsRDD: partition i of every parent (§2.3)
  'narrow.samePartitioner', // the parent already has the partitioner the operation wants
  'narrow.distinctShortcut', // distinct on a partitioned RDD with the same partition count (§2.5)
  'narrow.sortWithinShortcut', // repartitionAndSortWithinPartitions with an equal partitioner (§2.5)
  'narrow.checkpoint', // the checkpointed RDD reads its ReliableCheckpointRDD
  'narrow.prune', // PartitionPruningRDD keeps some partitions
  'shuffle.noPartitioner', // the parent has no partitioner
  'shuffle.otherPartitioner', // the parent's partitioner differs
  'shuffle.always', // the operation always shuffles
  // partitioners
  'partitioner.given', // the program passed a partitioner
  'partitioner.numPartitions', // the program passed numPartitions: HashPartitioner(n)
  'partitioner.defaultReuse', // defaultPartitioner reused an input's partitioner
  'partitioner.defaultMax', // defaultPartitioner: HashPartitioner(max input partitions)
  'partitioner.defaultParallelism', // defaultPartitioner: HashPartitioner(spark.default.parallelism)
  'partitioner.receiver', // subtract/subtractByKey: the receiver's partitioner or HashPartitioner(P(receiver)) (§2.6)
  'partitioner.range', // RangePartitioner from sampled keys
  'partitioner.subtractDetupled', // subtract on an RDD already partitioned by p: an anonymous de-tupling partitioner (RDD.subtract)
  // skipped stages
  'skip.shuffleOutputAvailable', // the shuffle's map outputs are already registered
  'skip.noPartitions', // a map stage over no partitions is always available
  'skip.cachedRdd', // the missing-parent walk stopped at a fully cached RDD
  'skip.behindSkipped', // only reachable through a stage that was itself skipped
  // jobs that operations run on their own
  'job.rangeSample', // RangePartitioner.sketch
  'job.rangeResample', // re-sampling imbalanced partitions
  'job.zipWithIndex', // ZippedWithIndexRDD.startIndices
  'job.checkpoint', // ReliableCheckpointRDD.writeRDDToCheckpointDirectory
  // dependencies read from an imported event log (its RDD Info "Parent IDs"; no rule is applied)
  'eventLog.shuffle', // parent and child are in no common stage: a stage boundary
  'eventLog.narrow', // parent and child are in a common stage
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export function reason(code: ReasonCode, params: Readonly<Record<string, string | number>> = {}): Reason {
  return { code, params };
}
