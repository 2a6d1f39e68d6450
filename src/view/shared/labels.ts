// Words the views share, so the lineage view, stage list and stage graph name things alike.
import type { PlannedJob, PlannedRdd, PlannedStage, Plan, Reason } from '../../model/index.ts';

/** "Stage 3 · ShuffleMapStage · 8 tasks", as the Spark UI names stages. */
export function stageLabel(stage: PlannedStage): string {
  const kind = stage.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage';
  const tasks = `${stage.numTasks} ${stage.numTasks === 1 ? 'task' : 'tasks'}`;
  return `Stage ${stage.stageId} · ${kind} · ${tasks}`;
}

/**
 * The label of a skipped stage: its task count is moot (it runs none), so the word "skipped"
 * takes its place and the label still fits the cluster.
 */
export function skippedStageLabel(stage: PlannedStage): string {
  return `Stage ${stage.stageId} · ${stage.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage'} · skipped`;
}

/** A skip reason's text without a leading "skipped:", for places that already say "skipped". */
export function skipReasonText(text: string): string {
  return text.replace(/^skipped:\s*/i, '');
}

/** "Job 1 · count(counts)", or "Job 0 · sortByKey(sorted), run on its own". */
export function jobLabel(job: PlannedJob): string {
  const own = job.trigger.kind === 'operation' ? ' (run by the operation)' : '';
  return `Job ${job.jobId} · ${job.action}(${job.rdd})${own}`;
}

/** "ShuffledRDD [4]". */
export function rddTitle(rdd: PlannedRdd): string {
  return `${rdd.class} [${rdd.rddId}]`;
}

/** The user-level operation and its name in the pipeline: "reduceByKey · counts". */
export function rddOperation(rdd: PlannedRdd): string {
  if (rdd.scope.rdd === null) return `${rdd.scope.op} · action ${rdd.scope.action ?? 0}`;
  return `${rdd.scope.op} · ${rdd.scope.rdd}`;
}

export function partitionerText(rdd: PlannedRdd): string {
  return rdd.partitioner === null
    ? 'no partitioner'
    : `${rdd.partitioner.type} partitioner (${rdd.partitioner.numPartitions})`;
}

/** A last resort when no text template is given: the reason's code and parameters. */
export function rawReason(reason: Reason): string {
  const params = Object.entries(reason.params).map(([k, v]) => `${k}=${v}`);
  return params.length > 0 ? `${reason.code} (${params.join(', ')})` : reason.code;
}

export type DescribeReason = (reason: Reason) => string;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function findRdd(plan: Plan, rddId: number): PlannedRdd | undefined {
  return plan.rdds.find((r) => r.rddId === rddId);
}

/** The stage with this id in any job (ids are unique across jobs). */
export function findStage(plan: Plan, stageId: number): { job: PlannedJob; stage: PlannedStage } | undefined {
  for (const job of plan.jobs) {
    const stage = job.stages.find((s) => s.stageId === stageId);
    if (stage) return { job, stage };
  }
  return undefined;
}
