/**
 * What an operation's expansion works with: the lineage, the configuration, the operation scope
 * its RDDs belong to, and `SparkContext.runJob` for the jobs some operations run while they are
 * being defined.
 */
import type { PipelineConfig } from '../pipeline/types.ts';
import type { OperationScope, PlannedJob } from '../plan/planned.ts';
import type { Lineage } from './lineage.ts';

export interface JobRequest {
  readonly finalRddId: number;
  /** The partitions of the final RDD the job computes (`runJob`'s `partitions`). */
  readonly partitions: readonly number[];
  /** `PlanJob.action`: the action, or the operation that ran the job. */
  readonly action: string;
  /** `PlanJob.rdd`: the pipeline RDD named by the job. */
  readonly rdd: string;
  readonly trigger: PlannedJob['trigger'];
}

export interface ExpandContext {
  readonly lineage: Lineage;
  readonly config: PipelineConfig;
  readonly scope: OperationScope;
  readonly runJob: (request: JobRequest) => void;
}

export function allPartitions(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}
