/**
 * Pass: the readonly `Plan` from the planning session: every RDD in id order with its
 * dependencies (as constructed; shuffle ids as Spark gave them) and reasons, and the jobs.
 */
import { partitionerSpec } from '../partitioning/partitioner.ts';
import type { Plan, PlannedRdd } from './planned.ts';
import type { Session } from './session.ts';

export function assemblePlan(session: Session): Plan {
  const rdds: PlannedRdd[] = session.lineage.rdds.map((rdd) => ({
    rddId: rdd.rddId,
    class: rdd.className,
    op: rdd.scope.rdd,
    ...(rdd.scope.rdd === null && rdd.scope.action !== undefined ? { action: rdd.scope.action } : {}),
    numPartitions: rdd.numPartitions,
    partitioner: partitionerSpec(rdd.partitioner),
    deps: rdd.deps.map((d) => ({
      rddId: d.parent,
      type: d.type,
      ...(d.type === 'Shuffle' && d.shuffleId !== null ? { shuffleId: d.shuffleId } : {}),
      reason: d.reason,
    })),
    scope: rdd.scope,
    role: rdd.role,
    storageLevel: rdd.storageLevel,
    checkpointed: rdd.checkpointMarked,
    partitionerReason: rdd.partitionerReason,
    checkpointRddId: rdd.checkpointRddId,
  }));
  return { version: 1, rdds, jobs: session.scheduler.state.jobs };
}
