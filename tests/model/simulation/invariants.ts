/**
 * The simulator's invariants (issue 4), checked on a finished trace. Each returns the first
 * violation as a message, or null.
 */
import type { Plan } from '../../../src/model/plan/planned.ts';
import type { Trace } from '../../../src/model/trace/trace.ts';

/** No executor runs more tasks at once than its cores allow (launchTask … statusUpdate on the driver). */
export function coresNeverExceeded(trace: Trace, taskCpus = 1): string | null {
  const cores = new Map(trace.executors.map((x) => [x.executorId, x.totalCores]));
  const running = new Map<string, number>();
  for (const ev of trace.events) {
    if (ev.kind !== 'step' || ev.executorId === null) continue;
    const id = ev.executorId;
    if (ev.step === 'launchTask') {
      const n = (running.get(id) ?? 0) + taskCpus;
      running.set(id, n);
      if (n > (cores.get(id) ?? 0))
        return `executor ${id} runs ${n} task cpus at ${ev.time} with ${cores.get(id)} cores`;
    } else if (ev.step === 'statusUpdate') running.set(id, (running.get(id) ?? 0) - taskCpus);
    else if (ev.step === 'removeExecutor') running.set(id, 0);
  }
  return null;
}

/** No task of a stage starts while a parent stage is unfinished (running, failed, or never completed). */
export function parentsFinishFirst(trace: Trace): string | null {
  const parents = new Map<number, readonly number[]>();
  const state = new Map<number, 'running' | 'done' | 'failed'>();
  for (const ev of trace.events) {
    if (ev.kind === 'jobStart') for (const s of ev.stageInfos) parents.set(s.stageId, s.parentIds ?? []);
    else if (ev.kind === 'stageSubmitted') state.set(ev.stage.stageId, 'running');
    else if (ev.kind === 'stageCompleted')
      state.set(ev.stage.stageId, ev.stage.failureReason === null ? 'done' : 'failed');
    else if (ev.kind === 'taskStart' && !ev.task.speculative) {
      for (const p of parents.get(ev.stageId) ?? []) {
        const s = state.get(p);
        if (s === 'running' || s === 'failed')
          return `task ${ev.task.taskId} of stage ${ev.stageId} starts while parent stage ${p} is ${s}`;
      }
    }
  }
  return null;
}

/** Each partition of a stage attempt succeeds at most once (a Resubmitted end undoes a success). */
export function partitionsSucceedOnce(trace: Trace): string | null {
  const done = new Set<string>();
  for (const ev of trace.events) {
    if (ev.kind !== 'taskEnd') continue;
    const key = `${ev.stageId}.${ev.stageAttemptId}.${ev.task.partitionId}`;
    if (ev.reason.kind === 'resubmitted') done.delete(key);
    if (ev.reason.kind !== 'success') continue;
    if (done.has(key))
      return `partition ${ev.task.partitionId} of stage ${ev.stageId}.${ev.stageAttemptId} succeeded twice`;
    done.add(key);
  }
  return null;
}

/** Every job that succeeds ends after its result stage (the job's highest stage id) completed. */
export function jobsEndAfterResultStage(trace: Trace): string | null {
  const stagesOf = new Map<number, readonly number[]>();
  const completed = new Set<number>();
  for (const ev of trace.events) {
    if (ev.kind === 'jobStart') stagesOf.set(ev.jobId, ev.stageIds);
    else if (ev.kind === 'stageCompleted' && ev.stage.failureReason === null) completed.add(ev.stage.stageId);
    else if (ev.kind === 'jobEnd' && ev.result.kind === 'succeeded') {
      const ids = stagesOf.get(ev.jobId) ?? [];
      if (ids.length > 0 && !completed.has(Math.max(...ids)))
        return `job ${ev.jobId} ended before its result stage`;
    }
  }
  return null;
}

/** TIDs grow in launch order. */
export function tidsGrow(trace: Trace): string | null {
  let last = -1;
  for (const ev of trace.events) {
    if (ev.kind !== 'taskStart') continue;
    if (ev.task.taskId <= last) return `TID ${ev.task.taskId} launched after TID ${last}`;
    last = ev.task.taskId;
  }
  return null;
}

/** Every job, every stage's tasks, parents and skipped mark, as the plan says (fault-free runs). */
export function matchesPlan(trace: Trace, plan: Plan): string | null {
  const submitted = new Set<number>();
  for (const ev of trace.events) if (ev.kind === 'stageSubmitted') submitted.add(ev.stage.stageId);
  const starts = trace.events.flatMap((ev) => (ev.kind === 'jobStart' ? [ev] : []));
  if (starts.length !== plan.jobs.length)
    return `${starts.length} jobs ran, the plan has ${plan.jobs.length}`;
  const sorted = [...starts].sort((a, b) => a.jobId - b.jobId);
  for (const [i, pj] of plan.jobs.entries()) {
    const js = sorted[i];
    if (!js || js.jobId !== pj.jobId) return `job ${pj.jobId} missing`;
    const got = [...js.stageInfos]
      .sort((a, b) => a.stageId - b.stageId)
      .map((s) => ({
        stageId: s.stageId,
        numTasks: s.numTasks,
        parentStageIds: [...(s.parentIds ?? [])].sort((a, b) => a - b),
        skipped: !submitted.has(s.stageId),
        rddIds: s.rddInfos.map((r) => r.id).sort((a, b) => a - b),
      }));
    const want = pj.stages.map((s) => ({
      stageId: s.stageId,
      numTasks: s.numTasks,
      parentStageIds: [...s.parentStageIds].sort((a, b) => a - b),
      skipped: s.skipped,
      rddIds: [...s.rddIds].sort((a, b) => a - b),
    }));
    if (JSON.stringify(got) !== JSON.stringify(want))
      return `job ${pj.jobId}: trace ${JSON.stringify(got)} ≠ plan ${JSON.stringify(want)}`;
  }
  return null;
}

export const INVARIANTS = {
  coresNeverExceeded,
  parentsFinishFirst,
  partitionsSucceedOnce,
  jobsEndAfterResultStage,
  tidsGrow,
};
