/**
 * `RDD.doCheckpoint` after every job: walk from the job's final RDD through its
 * dependencies, once per RDD ever (`doCheckpointCalled`), and stop at an RDD marked for
 * checkpointing. For each one found, `ReliableCheckpointRDD.writeRDDToCheckpointDirectory` runs
 * one job over all its partitions, then a `ReliableCheckpointRDD` (a new RDD id) replaces its
 * lineage. Spark recurses in dependency order; the explicit stack keeps that order.
 */
import { allPartitions } from '../lineage/context.ts';
import type { JobRequest } from '../lineage/context.ts';
import type { Lineage } from '../lineage/lineage.ts';
import { reason } from '../lineage/reasons.ts';
import type { LineageRdd } from '../lineage/types.ts';

export function doCheckpoint(
  lineage: Lineage,
  finalRdd: LineageRdd,
  runJob: (request: JobRequest) => void,
): void {
  const stack = [finalRdd.rddId];
  while (stack.length > 0) {
    const rdd = lineage.get(stack.pop() as number);
    if (rdd.doCheckpointCalled) continue;
    rdd.doCheckpointCalled = true;
    if (rdd.checkpointMarked) {
      if (rdd.checkpointRddId === null) writeCheckpoint(lineage, rdd, runJob);
      continue;
    }
    const deps = lineage.dependencies(rdd);
    for (let i = deps.length - 1; i >= 0; i--) stack.push((deps[i] as { parent: number }).parent);
  }
}

function writeCheckpoint(lineage: Lineage, rdd: LineageRdd, runJob: (request: JobRequest) => void): void {
  const name = rdd.scope.rdd ?? `RDD ${rdd.rddId}`;
  runJob({
    finalRddId: rdd.rddId,
    partitions: allPartitions(rdd.numPartitions),
    action: 'checkpoint',
    rdd: name,
    trigger: {
      kind: 'operation',
      rdd: name,
      reason: reason('job.checkpoint', { rdd: name, rddId: rdd.rddId }),
    },
  });
  const checkpointed = lineage.create(
    {
      rdd: rdd.scope.rdd,
      op: 'checkpoint',
      ...(rdd.scope.action === undefined ? {} : { action: rdd.scope.action }),
    },
    {
      className: 'ReliableCheckpointRDD',
      role: 'reads the checkpoint files',
      numPartitions: rdd.numPartitions,
      partitioner: rdd.partitioner,
      deps: [],
      rows: rdd.rows,
    },
  );
  checkpointed.checkpointOf = rdd.rddId;
  checkpointed.partitionsEvaluated = true;
  checkpointed.depsEvaluated = true;
  rdd.checkpointRddId = checkpointed.rddId;
}
