/**
 * The readable form of an import summary for `stagecraft import --format text`. Strings from the
 * log are shown with control characters escaped, so a log cannot drive the terminal.
 */
import type { ImportSummary } from '../model/index.ts';

function clean(text: string | null): string {
  if (text === null) return '–';
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code < 0xa0);
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

function when(ms: number | null): string {
  return ms === null ? '–' : new Date(ms).toISOString();
}

function ids(list: readonly number[] | null): string {
  if (list === null) return 'unknown';
  return list.length === 0 ? 'none' : list.join(', ');
}

export function formatImportText(s: ImportSummary): string {
  const out: string[] = [];
  const duration =
    s.app.startTime !== null && s.app.endTime !== null
      ? ` (${((s.app.endTime - s.app.startTime) / 1000).toFixed(1)} s)`
      : '';
  out.push(`Application ${clean(s.app.id)} "${clean(s.app.name)}", Spark ${clean(s.sparkVersion)}`);
  out.push(`  from ${when(s.app.startTime)} to ${when(s.app.endTime)}${duration}`);
  out.push('', `Executors (${s.executors.length})`);
  for (const e of s.executors) {
    const removed = e.removeTime === null ? '' : `, removed ${when(e.removeTime)}: ${clean(e.removeReason)}`;
    out.push(
      `  ${clean(e.executorId)} on ${clean(e.host)}, ${e.totalCores} cores, added ${when(e.addTime)}${removed}`,
    );
  }
  out.push('', `Jobs (${s.jobs.length})`);
  for (const j of s.jobs) {
    const skipped = j.skippedStageIds.length > 0 ? ` (skipped ${ids(j.skippedStageIds)})` : '';
    out.push(`  job ${j.jobId} ${j.status}: stages ${ids(j.stageIds)}${skipped}, ${j.numTasks} tasks`);
  }
  out.push('', `Stages (${s.stages.length} attempts)`);
  for (const st of s.stages) {
    const t = st.tasks;
    out.push(
      `  stage ${st.stageId}.${st.attemptId} ${st.status}: ${st.numTasks} tasks, parents ${ids(st.parentStageIds)}, ` +
        `jobs ${ids(st.jobIds)}; ended ${t.succeeded} succeeded, ${t.failed} failed, ${t.killed} killed`,
    );
  }
  const t = s.tasks;
  out.push('', `Tasks: ${t.total} ended: ${t.succeeded} succeeded, ${t.failed} failed, ${t.killed} killed`);
  out.push('', `Warnings (${s.warnings.length})`);
  for (const w of s.warnings) out.push(`  line ${w.line}: ${clean(w.message)}`);
  return out.join('\n') + '\n';
}
