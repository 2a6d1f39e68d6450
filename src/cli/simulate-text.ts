/** The text `stagecraft simulate` prints: each job, its stage attempts and task outcomes, and the run's length. */
import type { Trace } from '../model/index.ts';
import { SIMULATION_EPOCH } from '../model/index.ts';

export function simulationText(trace: Trace): string {
  const lines: string[] = [];
  const secs = (t: number): string => ((t - SIMULATION_EPOCH) / 1000).toFixed(3) + 's';
  const tasks = new Map<string, { ok: number; failed: number; killed: number }>();
  const submitted = new Set<number>();
  for (const ev of trace.events) {
    if (ev.kind === 'stageSubmitted') submitted.add(ev.stage.stageId);
    if (ev.kind !== 'taskEnd') continue;
    const key = `${ev.stageId}.${ev.stageAttemptId}`;
    const t = tasks.get(key) ?? { ok: 0, failed: 0, killed: 0 };
    if (ev.reason.kind === 'success') t.ok++;
    else if (ev.reason.kind === 'taskKilled') t.killed++;
    else t.failed++;
    tasks.set(key, t);
  }
  lines.push(
    `executors: ${trace.executors.map((x) => `${x.executorId} (${x.host}, ${x.totalCores} cores)`).join(', ')}`,
  );
  for (const ev of trace.events) {
    if (ev.kind === 'jobStart') {
      const skipped = ev.stageIds.filter((id) => !submitted.has(id));
      lines.push(
        `job ${ev.jobId} at ${secs(ev.time)}: stages [${ev.stageIds.join(', ')}]${skipped.length ? `, skipped [${skipped.join(', ')}]` : ''}`,
      );
    } else if (ev.kind === 'stageCompleted') {
      const s = ev.stage;
      const t = tasks.get(`${s.stageId}.${s.attemptId}`) ?? { ok: 0, failed: 0, killed: 0 };
      const outcome = s.failureReason === null ? 'completed' : `failed: ${s.failureReason}`;
      lines.push(
        `  stage ${s.stageId}.${s.attemptId} (${s.name}) ${outcome} at ${secs(ev.time)}: ${s.numTasks} tasks, ${t.ok} succeeded, ${t.failed} failed, ${t.killed} killed`,
      );
    } else if (ev.kind === 'jobEnd') {
      lines.push(
        `  job ${ev.jobId} ${ev.result.kind === 'succeeded' ? 'succeeded' : `failed: ${ev.result.message}`} at ${secs(ev.time)}`,
      );
    } else if (ev.kind === 'executorRemoved') {
      lines.push(`executor ${ev.executorId} removed at ${secs(ev.time)}: ${ev.reason}`);
    }
  }
  const end = trace.app.endTime;
  if (end !== null) lines.push(`application ended at ${secs(end)}`);
  return lines.join('\n') + '\n';
}
