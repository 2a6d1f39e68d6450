/**
 * One planning run: the SparkContext's lineage, the DAGScheduler, and which RDD each pipeline id
 * names. The passes of `planPipeline` share it.
 */
import { DagScheduler } from '../dag-scheduler/run-job.ts';
import { Lineage } from '../lineage/lineage.ts';
import type { LineageRdd } from '../lineage/types.ts';
import type { Pipeline } from '../pipeline/types.ts';

export interface Session {
  readonly pipeline: Pipeline;
  readonly lineage: Lineage;
  readonly scheduler: DagScheduler;
  /** Pipeline id → the RDD its operation returned. */
  readonly named: Map<string, LineageRdd>;
}

/** `partitionCeiling`: see Lineage (the limit check plans under one; planning itself does not). */
export function startSession(pipeline: Pipeline, partitionCeiling = Infinity): Session {
  const lineage = new Lineage(partitionCeiling);
  return { pipeline, lineage, scheduler: new DagScheduler(lineage), named: new Map() };
}

export function namedRdd(session: Session, id: string): LineageRdd {
  const rdd = session.named.get(id);
  if (rdd === undefined) throw new Error(`plan: pipeline RDD "${id}" was not defined`);
  return rdd;
}
