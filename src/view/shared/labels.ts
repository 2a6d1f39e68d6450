// Words the views share, so the lineage view, stage list and stage graph name things alike.
// Every word is a @lit/localize message (English source, Simplified Chinese in xliff/zh-CN.xlf);
// Spark's class names (ShuffleMapStage, ShuffledRDD) stay as Spark writes them in every language.
import { msg, str } from '@lit/localize';
import type { PlannedJob, PlannedRdd, PlannedStage, Plan, Reason } from '../../model/index.ts';

/** "Stage 3 · ShuffleMapStage · 8 tasks", as the Spark UI names stages. */
export function stageLabel(stage: PlannedStage): string {
  const kind = stage.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage';
  const id = stage.stageId;
  const n = stage.numTasks;
  return n === 1 ? msg(str`Stage ${id} · ${kind} · 1 task`) : msg(str`Stage ${id} · ${kind} · ${n} tasks`);
}

/**
 * The label of a skipped stage: its task count is moot (it runs none), so the word "skipped"
 * takes its place and the label still fits the cluster.
 */
export function skippedStageLabel(stage: PlannedStage): string {
  const kind = stage.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage';
  return msg(str`Stage ${stage.stageId} · ${kind} · skipped`);
}

/** A skip reason's text without a leading "skipped:" (or "已跳过："), for places that already say "skipped". */
export function skipReasonText(text: string): string {
  return text.replace(/^(skipped:\s*|已跳过[:：]\s*)/i, '');
}

/** "Job 1 · count(counts)", or "Job 0 · sortByKey(sorted), run on its own". */
export function jobLabel(job: PlannedJob): string {
  const call = `${job.action}(${job.rdd})`;
  return job.trigger.kind === 'operation'
    ? msg(str`Job ${job.jobId} · ${call} (run by the operation)`)
    : msg(str`Job ${job.jobId} · ${call}`);
}

/** "ShuffledRDD [4]". */
export function rddTitle(rdd: PlannedRdd): string {
  return `${rdd.class} [${rdd.rddId}]`;
}

/** The user-level operation and its name in the pipeline: "reduceByKey · counts". */
export function rddOperation(rdd: PlannedRdd): string {
  if (rdd.scope.rdd === null) return msg(str`${rdd.scope.op} · action ${rdd.scope.action ?? 0}`);
  return `${rdd.scope.op} · ${rdd.scope.rdd}`;
}

export function partitionerText(rdd: PlannedRdd): string {
  return rdd.partitioner === null
    ? msg('no partitioner')
    : msg(str`${rdd.partitioner.type} partitioner (${rdd.partitioner.numPartitions})`);
}

/** An operator family's short name: "narrow", "wide", … (the catalogue's `family`). */
export function familyName(family: string): string {
  switch (family) {
    case 'source':
      return msg('source');
    case 'narrow':
      return msg('narrow');
    case 'wide':
      return msg('wide');
    case 'conditional':
      return msg('conditional');
    case 'action':
      return msg('action');
    case 'persistence':
      return msg('persistence');
    default:
      return family;
  }
}

/** The partitioner without the word "partitioner", for the lineage's one-line detail: "hash (4)". */
export function partitionerShort(rdd: PlannedRdd): string {
  return rdd.partitioner === null
    ? msg('no partitioner')
    : `${rdd.partitioner.type} (${rdd.partitioner.numPartitions})`;
}

/** A last resort when no text template is given: the reason's code and parameters. */
export function rawReason(reason: Reason): string {
  const params = Object.entries(reason.params).map(([k, v]) => `${k}=${v}`);
  return params.length > 0 ? `${reason.code} (${params.join(', ')})` : reason.code;
}

export type DescribeReason = (reason: Reason) => string;

/**
 * A text's width in Latin-character widths: a CJK character (Chinese labels) is drawn about 1.7
 * times as wide as an average Latin one, so layouts that size boxes by characters count it so.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const c of text) units += (c.codePointAt(0) ?? 0) >= 0x2e80 ? 1.7 : 1;
  return units;
}

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
