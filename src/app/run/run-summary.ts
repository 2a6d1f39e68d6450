/**
 * What the what-if panel compares between two runs, read from their traces' listener events:
 * the application's and each job's duration (JobStart to JobEnd, as the Spark UI shows it), task
 * attempts launched per executor, stage attempts resubmitted (StageSubmitted with attempt > 0)
 * and failed task attempts (TaskEnd whose outcome is FAILED, as the History Server counts them).
 */
import { type Trace, compareExecutorIds, taskOutcome } from '../../model/index.ts';

export interface RunSummary {
  /** From the first to the last event, ms. */
  readonly durationMs: number;
  readonly jobs: ReadonlyMap<number, { readonly durationMs: number; readonly succeeded: boolean }>;
  readonly tasksPerExecutor: ReadonlyMap<string, number>;
  readonly stagesResubmitted: number;
  readonly failedTasks: number;
}

export function summarizeRun(trace: Trace): RunSummary {
  const jobStarts = new Map<number, number>();
  const jobs = new Map<number, { durationMs: number; succeeded: boolean }>();
  const tasksPerExecutor = new Map<string, number>();
  let stagesResubmitted = 0;
  let failedTasks = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const e of trace.events) {
    first = Math.min(first, e.time);
    last = Math.max(last, e.time);
    if (e.kind === 'jobStart') jobStarts.set(e.jobId, e.time);
    else if (e.kind === 'jobEnd')
      jobs.set(e.jobId, {
        durationMs: e.time - (jobStarts.get(e.jobId) ?? e.time),
        succeeded: e.result.kind === 'succeeded',
      });
    else if (e.kind === 'stageSubmitted' && e.stage.attemptId > 0) stagesResubmitted++;
    else if (e.kind === 'taskStart')
      tasksPerExecutor.set(e.task.executorId, (tasksPerExecutor.get(e.task.executorId) ?? 0) + 1);
    else if (e.kind === 'taskEnd' && taskOutcome(e.reason) === 'FAILED') failedTasks++;
  }
  return {
    durationMs: Number.isFinite(first) ? last - first : 0,
    jobs,
    tasksPerExecutor,
    stagesResubmitted,
    failedTasks,
  };
}

/** One row of the comparison: what it measures and its value in the previous and the current run. */
export interface ComparisonRow {
  readonly metric:
    | { readonly kind: 'duration' }
    | { readonly kind: 'job'; readonly jobId: number }
    | { readonly kind: 'executor'; readonly executorId: string }
    | { readonly kind: 'resubmitted' }
    | { readonly kind: 'failed' };
  readonly before: number | null;
  readonly after: number | null;
}

/** The rows of the comparison table; a job or executor only one run has shows null for the other. */
export function compareRuns(before: RunSummary, after: RunSummary): ComparisonRow[] {
  const rows: ComparisonRow[] = [
    { metric: { kind: 'duration' }, before: before.durationMs, after: after.durationMs },
  ];
  const jobIds = [...new Set([...before.jobs.keys(), ...after.jobs.keys()])].sort((a, b) => a - b);
  for (const jobId of jobIds)
    rows.push({
      metric: { kind: 'job', jobId },
      before: before.jobs.get(jobId)?.durationMs ?? null,
      after: after.jobs.get(jobId)?.durationMs ?? null,
    });
  const executors = [...new Set([...before.tasksPerExecutor.keys(), ...after.tasksPerExecutor.keys()])].sort(
    compareExecutorIds,
  );
  for (const executorId of executors)
    rows.push({
      metric: { kind: 'executor', executorId },
      before: before.tasksPerExecutor.get(executorId) ?? null,
      after: after.tasksPerExecutor.get(executorId) ?? null,
    });
  rows.push({
    metric: { kind: 'resubmitted' },
    before: before.stagesResubmitted,
    after: after.stagesResubmitted,
  });
  rows.push({ metric: { kind: 'failed' }, before: before.failedTasks, after: after.failedTasks });
  return rows;
}
