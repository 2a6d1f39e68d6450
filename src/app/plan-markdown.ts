/**
 * The plan as Markdown: one table of stages per job, then the RDDs, for notes and issues. The
 * words are the interface's language; Spark's class names and the plan's values are not translated.
 */
import { msg, str } from '@lit/localize';
import type { Pipeline, Plan } from '../model/index.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function planMarkdown(
  pipeline: Pipeline,
  plan: Plan,
  describe: (reason: Plan['rdds'][number]['deps'][number]['reason']) => string,
): string {
  const name = cell(pipeline.name ?? 'pipeline');
  const lines: string[] = [`# ${msg(str`Plan: ${name}`)}`, ''];
  for (const job of plan.jobs) {
    const call = `${cell(job.action)}(${cell(job.rdd)})`;
    lines.push(`## ${msg(str`Job ${job.jobId}: ${call}`)}`, '');
    lines.push(msg('| stage | kind | tasks | parents | RDDs | skipped |'), '|---|---|---|---|---|---|');
    for (const s of job.stages) {
      const why = s.skipReason ? cell(describe(s.skipReason)) : '';
      const skipped = s.skipped ? (why ? msg(str`yes: ${why}`) : msg('yes')) : msg('no');
      lines.push(
        `| ${s.stageId} | ${s.kind === 'ShuffleMap' ? 'ShuffleMapStage' : 'ResultStage'} | ${s.numTasks} | ${s.parentStageIds.join(', ') || '–'} | ${s.rddIds.join(', ')} | ${skipped} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## RDDs',
    '',
    msg('| id | class | operation | partitions | partitioner | dependencies |'),
    '|---|---|---|---|---|---|',
  );
  for (const r of plan.rdds) {
    const deps =
      r.deps.map((d) => msg(str`${d.type} on ${d.rddId}: ${describe(d.reason)}`)).join('; ') || '–';
    const partitioner = r.partitioner ? `${r.partitioner.type}(${r.partitioner.numPartitions})` : '–';
    lines.push(
      `| ${r.rddId} | ${r.class} | ${cell(`${r.scope.op} ${r.scope.rdd ?? ''}`.trim())} | ${r.numPartitions} | ${partitioner} | ${cell(deps)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
