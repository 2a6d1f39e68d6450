/**
 * A plan-output value as text for a person: each job, its stages with kind, task count, parents
 * and shuffle, and the stage's RDDs in the style of `RDD.toDebugString` (class, id, op,
 * partitions, partitioner).
 */
import type { PlanOutput } from '../src/model/index.ts';

export function planText(plan: PlanOutput): string {
  const rdds = new Map(plan.rdds.map((r) => [r.rddId, r]));
  const lines: string[] = [];
  for (const job of plan.jobs) {
    lines.push(`Job ${job.jobId}: ${job.action} on ${job.rdd}`);
    for (const stage of job.stages) {
      const parents = stage.parentStageIds.length ? ` parents [${stage.parentStageIds.join(', ')}]` : '';
      const shuffle = stage.shuffleId !== undefined ? ` writes shuffle ${stage.shuffleId}` : '';
      const skipped = stage.skipped ? ' (skipped)' : '';
      lines.push(
        `  Stage ${stage.stageId} ${stage.kind}, ${stage.numTasks} tasks${parents}${shuffle}${skipped}`,
      );
      for (const id of [...stage.rddIds].sort((a, b) => b - a)) {
        const r = rdds.get(id);
        if (!r) {
          lines.push(`    [${id}] (not recorded)`);
          continue;
        }
        const owner = r.op ?? (r.action !== undefined ? `actions[${r.action}]` : '?');
        const part = r.partitioner ? ` ${r.partitioner.type}(${r.partitioner.numPartitions})` : '';
        lines.push(`    (${r.numPartitions}) ${r.class}[${r.rddId}] ${owner}${part}`);
      }
    }
  }
  if (plan.jobs.length === 0) lines.push('No jobs.');
  return lines.join('\n') + '\n';
}
