/** The plan as Markdown: one table of stages per job, then the RDDs, for notes and issues. */
import type { Pipeline, Plan } from '../model/index.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function planMarkdown(
  pipeline: Pipeline,
  plan: Plan,
  describe: (reason: Plan['rdds'][number]['deps'][number]['reason']) => string,
): string {
  const lines: string[] = [`# Plan: ${cell(pipeline.name ?? 'pipeline')}`, ''];
  for (const job of plan.jobs) {
    lines.push(`## Job ${job.jobId}: ${cell(job.action)}(${cell(job.rdd)})`, '');
    lines.push('| stage | kind | tasks | parents | RDDs | skipped |', '|---|---|---|---|---|---|');
    for (const s of job.stages) {
      const skipped = s.skipped ? `yes${s.skipReason ? `: ${cell(describe(s.skipReason))}` : ''}` : 'no';
      lines.push(
        `| ${s.stageId} | ${s.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage'} | ${s.numTasks} | ${s.parentStageIds.join(', ') || '–'} | ${s.rddIds.join(', ')} | ${skipped} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## RDDs',
    '',
    '| id | class | operation | partitions | partitioner | dependencies |',
    '|---|---|---|---|---|---|',
  );
  for (const r of plan.rdds) {
    const deps = r.deps.map((d) => `${d.type} on ${d.rddId}: ${describe(d.reason)}`).join('; ') || '–';
    const partitioner = r.partitioner ? `${r.partitioner.type}(${r.partitioner.numPartitions})` : '–';
    lines.push(
      `| ${r.rddId} | ${r.class} | ${cell(`${r.scope.op} ${r.scope.rdd ?? ''}`.trim())} | ${r.numPartitions} | ${partitioner} | ${cell(deps)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
