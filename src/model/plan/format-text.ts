/**
 * `formatPlanText`: the plan for a person, one block per job in the style of
 * `RDD.toDebugString` — each stage with its kind, task count and parents, and its RDDs indented
 * under it as `(partitions) Class[id] pipeline-id: role`.
 */
import type { Plan, PlannedJob, PlannedRdd, PlannedStage } from './planned.ts';
import { describeReason } from './describe-reason.ts';
import { partitionerName } from '../partitioning/partitioner.ts';

export function formatPlanText(plan: Plan): string {
  const rdds = new Map(plan.rdds.map((r) => [r.rddId, r]));
  const blocks = plan.jobs.map((job) => formatJob(job, rdds));
  const header = `${plan.rdds.length} RDDs, ${plan.jobs.length} jobs`;
  return [header, ...blocks].join('\n\n') + '\n';
}

function formatJob(job: PlannedJob, rdds: ReadonlyMap<number, PlannedRdd>): string {
  const by =
    job.trigger.kind === 'action' ? `action ${job.trigger.index}` : describeReason(job.trigger.reason, 'en');
  const lines = [`Job ${job.jobId}: ${job.action} on ${job.rdd} (${by})`];
  if (job.stages.length === 0) lines.push('  no stages: the job asks for no partitions');
  for (const stage of [...job.stages].sort((a, b) => b.stageId - a.stageId)) {
    lines.push(`  ${stageLine(stage)}`);
    for (const id of [...stage.rddIds].reverse()) {
      const rdd = rdds.get(id);
      if (rdd) lines.push(`    ${rddLine(rdd)}`);
    }
  }
  return lines.join('\n');
}

function stageLine(stage: PlannedStage): string {
  const parts = [
    `Stage ${stage.stageId} ${stage.kind}`,
    `${stage.numTasks} task${stage.numTasks === 1 ? '' : 's'}`,
  ];
  if (stage.parentStageIds.length > 0) parts.push(`parents ${stage.parentStageIds.join(', ')}`);
  if (stage.shuffleId !== undefined) parts.push(`writes shuffle ${stage.shuffleId}`);
  if (stage.skipped) parts.push(stage.skipReason ? describeReason(stage.skipReason, 'en') : 'skipped');
  return parts.join(', ');
}

function rddLine(rdd: PlannedRdd): string {
  const owner = rdd.op ?? (rdd.action === undefined ? '' : `action ${rdd.action}`);
  const partitioner = rdd.partitioner ? ` [${partitionerName(rdd.partitioner)}]` : '';
  const cached = rdd.storageLevel && rdd.storageLevel !== 'NONE' ? ` [${rdd.storageLevel}]` : '';
  return `(${rdd.numPartitions}) ${rdd.class}[${rdd.rddId}] ${owner}: ${rdd.role}${partitioner}${cached}`;
}
