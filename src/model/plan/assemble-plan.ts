/**
 * Pass: the readonly `Plan` from the planning session: every RDD in id order with its
 * dependencies (as constructed; shuffle ids as Spark gave them) and reasons, and the jobs.
 */
import { partitionerSpec } from '../partitioning/partitioner.ts';
import type { LineageDep, LineageRdd } from '../lineage/types.ts';
import type { Plan, PlannedDependency, PlannedRdd } from './planned.ts';
import type { Session } from './session.ts';

export function assemblePlan(session: Session): Plan {
  const rdds: PlannedRdd[] = session.lineage.rdds.map(plannedRdd);
  return { version: 1, rdds, jobs: session.scheduler.state.jobs };
}

// Objects are written out field by field rather than with a conditional `...{ key }` spread:
// V8 copies spread objects through a slow generic path, which was a tenth of planning time
// at 10,000 operations. Key order is the same as before (plans are compared as JSON).
function plannedRdd(rdd: LineageRdd): PlannedRdd {
  const deps = rdd.deps.map(plannedDep);
  const partitioner = partitionerSpec(rdd.partitioner);
  if (rdd.scope.rdd === null && rdd.scope.action !== undefined)
    return {
      rddId: rdd.rddId,
      class: rdd.className,
      op: rdd.scope.rdd,
      action: rdd.scope.action,
      numPartitions: rdd.numPartitions,
      partitioner,
      deps,
      scope: rdd.scope,
      role: rdd.role,
      storageLevel: rdd.storageLevel,
      checkpointed: rdd.checkpointMarked,
      partitionerReason: rdd.partitionerReason,
      checkpointRddId: rdd.checkpointRddId,
    };
  return {
    rddId: rdd.rddId,
    class: rdd.className,
    op: rdd.scope.rdd,
    numPartitions: rdd.numPartitions,
    partitioner,
    deps,
    scope: rdd.scope,
    role: rdd.role,
    storageLevel: rdd.storageLevel,
    checkpointed: rdd.checkpointMarked,
    partitionerReason: rdd.partitionerReason,
    checkpointRddId: rdd.checkpointRddId,
  };
}

function plannedDep(d: LineageDep): PlannedDependency {
  return d.type === 'Shuffle' && d.shuffleId !== null
    ? { rddId: d.parent, type: d.type, shuffleId: d.shuffleId, reason: d.reason }
    : { rddId: d.parent, type: d.type, reason: d.reason };
}
