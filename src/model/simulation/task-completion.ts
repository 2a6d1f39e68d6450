/**
 * The DAGScheduler's side of a task's end and of failures (R-7 step 9, R-11): `handleTaskCompletion`
 * posts TaskEnd first, then registers map outputs, finishes stages and jobs; FetchFailed fails the
 * stage attempt and schedules ResubmitFailedStages after 200 ms; `handleExecutorLost`
 * drops the executor's map outputs unless an external shuffle service holds them;
 * `abortStage` fails every job that needs the stage.
 */
import type { TaskEndReason } from '../trace/task-end-reason.ts';
import { RESUBMITTED, SUCCESS } from '../trace/task-end-reason.ts';
import { submitStage, submitWaitingChildStages } from './dag-scheduler.ts';
import {
  isAvailable,
  registerMapOutput,
  removeOutputsOnExecutor,
  unregisterMapOutput,
} from './map-output-tracker.ts';
import { post, stageInfo, step, taskInfo, taskMetrics } from './post.ts';
import type { ActiveJob, CompletionReason, Engine, ExecutorState, StageState, TaskAttempt } from './state.ts';
import { killAllTaskAttempts } from './task-end.ts';

/** RESUBMIT_TIMEOUT. */
const RESUBMIT_TIMEOUT_MS = 200;

function endReason(t: TaskAttempt, r: CompletionReason): TaskEndReason {
  switch (r.kind) {
    case 'success':
      return SUCCESS;
    case 'resubmitted':
      return RESUBMITTED;
    case 'exception':
      return { kind: 'exceptionFailure', className: 'java.lang.RuntimeException', description: r.message };
    case 'killed':
      return { kind: 'taskKilled', reason: r.reason };
    case 'executorLost':
      return {
        kind: 'executorLostFailure',
        executorId: r.executorId,
        exitCausedByApp: r.causedByApp,
        lossReason: r.reason,
      };
    case 'fetchFailed':
      return {
        kind: 'fetchFailed',
        blockManager: r.executor ? { executorId: r.executor.id, host: r.executor.host, port: 7337 } : null,
        shuffleId: r.shuffleId,
        mapId: r.mapTid,
        mapIndex: r.mapIndex,
        reduceId: t.partition,
        message: `Failed to fetch shuffle_${r.shuffleId}_${r.mapTid}_${t.partition}`,
      };
  }
}

export function handleBeginEvent(e: Engine, t: TaskAttempt): void {
  post(e, {
    kind: 'taskStart',
    time: t.launchTime,
    stageId: t.tsm.stageId,
    stageAttemptId: t.tsm.stageAttempt,
    task: taskInfo(t, 0, false, false),
  });
}

export function handleGettingResult(e: Engine, t: TaskAttempt): void {
  post(e, { kind: 'taskGettingResult', time: t.gettingResultTime, task: taskInfo(t, 0, false, false) });
}

/** `handleTaskCompletion`: TaskEnd first, then stage and job bookkeeping. */
export function handleTaskCompletion(e: Engine, t: TaskAttempt, r: CompletionReason): void {
  const stage = t.tsm.stage;
  const ok = r.kind === 'success';
  // A Resubmitted end carries the task's original, successful TaskInfo (TaskSetManager.executorLost).
  const resubmitted = r.kind === 'resubmitted';
  if (ok) t.finishTime = e.now;
  const finish = resubmitted ? t.finishTime : e.now;
  const failed = !ok && !resubmitted && r.kind !== 'killed';
  // The trace's contract: a TaskEnd's time is its task's finish time.
  post(e, {
    kind: 'taskEnd',
    time: finish,
    stageId: stage.id,
    stageAttemptId: t.tsm.stageAttempt,
    taskType: stage.kind === 'ShuffleMap' ? 'ShuffleMapTask' : 'ResultTask',
    reason: endReason(t, r),
    task: taskInfo(t, finish, failed, r.kind === 'killed'),
    metrics: r.kind === 'executorLost' ? null : taskMetrics(t.metrics, t.resultBytes),
  });
  if (!e.stageIdToStage.has(stage.id)) return;
  if (r.kind === 'success') {
    if (stage.kind === 'Result') resultTaskSucceeded(e, stage, t);
    else mapTaskSucceeded(e, stage, t);
  } else if (r.kind === 'resubmitted') {
    stage.pendingPartitions.add(t.partition);
  } else if (r.kind === 'fetchFailed') {
    fetchFailed(e, stage, t, r);
  }
}

function resultTaskSucceeded(e: Engine, stage: StageState, t: TaskAttempt): void {
  const job = stage.activeJob;
  if (!job) return;
  // Partitions are usually 0 … n-1, so the output id is the partition itself.
  const outputId =
    job.partitions[t.partition] === t.partition ? t.partition : job.partitions.indexOf(t.partition);
  if (outputId < 0 || job.finished[outputId]) return;
  job.finished[outputId] = true;
  job.numFinished++;
  if (job.numFinished < job.partitions.length) return;
  markStageAsFinished(e, stage, null);
  cleanupStateForJob(e, job);
  killAllTaskAttempts(e, stage, 'Stage finished');
  post(e, {
    kind: 'jobEnd',
    time: e.now,
    jobId: job.jobId,
    completionTime: e.now,
    result: { kind: 'succeeded' },
  });
  step(e, 'jobWaiterDone', { jobId: job.jobId }, { numPartitions: job.partitions.length });
  e.queue.push(e.now + e.settings.costs.driverGapMs, { k: 'threadNext', thread: job.thread });
}

function mapTaskSucceeded(e: Engine, stage: StageState, t: TaskAttempt): void {
  stage.pendingPartitions.delete(t.partition);
  const status = stage.shuffleId === null ? undefined : e.shuffles.get(stage.shuffleId);
  // Output from an executor lost since the task ran is ignored ("possibly bogus ShuffleMapTask completion").
  if (status && t.executor.alive) {
    registerMapOutput(status, t.partition, t.executor, t.tid, t.outBytes, t.outRecords);
    if (e.taskSteps)
      step(
        e,
        'registerMapOutput',
        { executorId: t.executor.id, stageId: stage.id, taskId: t.tid },
        {
          shuffleId: status.shuffleId,
          mapIndex: t.partition,
          bytes: Math.round(t.outBytes),
          available: status.available,
          numMaps: status.numMaps,
        },
      );
  }
  if (!e.runningStages.has(stage) || stage.pendingPartitions.size > 0) return;
  markStageAsFinished(e, stage, null);
  if (!isAvailable(e, stage)) submitStage(e, stage);
  else submitWaitingChildStages(e, stage);
}

/** `markStageAsFinished`: StageCompleted (with a failure reason when the attempt failed). */
export function markStageAsFinished(e: Engine, stage: StageState, failure: string | null): void {
  e.runningStages.delete(stage);
  post(e, {
    kind: 'stageCompleted',
    time: e.now,
    stage: stageInfo(e, stage, stage.latestAttempt, stage.attemptNumTasks, {
      submission: stage.submissionTime,
      completion: e.now,
      failure,
    }),
  });
  step(
    e,
    'stageFinished',
    { stageId: stage.id, stageAttemptId: stage.latestAttempt },
    {
      failed: failure === null ? 0 : 1,
      ms: e.now - (stage.submissionTime ?? e.now),
    },
  );
}

/** the reduce attempt fails, the lost output is unregistered, both stages are resubmitted later. */
function fetchFailed(
  e: Engine,
  stage: StageState,
  t: TaskAttempt,
  r: Extract<CompletionReason, { kind: 'fetchFailed' }>,
): void {
  if (stage.latestAttempt !== t.tsm.stageAttempt) return;
  stage.failedAttemptIds.add(t.tsm.stageAttempt);
  const shouldAbort = stage.failedAttemptIds.size >= e.settings.maxConsecutiveStageAttempts;
  const message = `FetchFailed(shuffle ${r.shuffleId}, map ${r.mapIndex}, reduce ${t.partition})`;
  step(
    e,
    'fetchFailed',
    { stageId: stage.id, stageAttemptId: t.tsm.stageAttempt, taskId: t.tid },
    {
      shuffleId: r.shuffleId,
      mapIndex: r.mapIndex,
    },
  );
  if (e.runningStages.has(stage)) markStageAsFinished(e, stage, message);
  const mapStage = e.shuffleIdToMapStage.get(r.shuffleId);
  const status = e.shuffles.get(r.shuffleId);
  if (status && r.mapIndex >= 0 && unregisterMapOutput(status, r.mapIndex))
    step(
      e,
      'unregisterMapOutput',
      { stageId: mapStage?.id ?? -1 },
      { shuffleId: r.shuffleId, mapIndex: r.mapIndex },
    );
  if (shouldAbort) {
    abortStage(
      e,
      stage,
      `${stage.name} has failed the maximum allowable number of times: ${e.settings.maxConsecutiveStageAttempts}. ` +
        `Most recent failure reason: ${message}`,
    );
    return;
  }
  if (e.failedStages.size === 0 && !e.resubmitScheduled) {
    e.resubmitScheduled = true;
    e.queue.push(e.now + RESUBMIT_TIMEOUT_MS, { k: 'dag', ev: { t: 'ResubmitFailedStages' } });
  }
  e.failedStages.add(stage);
  if (mapStage) e.failedStages.add(mapStage);
  if (r.executor) {
    const n = removeOutputsOnExecutor(e, r.executor);
    step(e, 'removeOutputsOnExecutor', { executorId: r.executor.id }, { outputs: n });
  }
}

/** `resubmitFailedStages`: failed stages go to submitStage again, by first job id. */
export function resubmitFailedStages(e: Engine): void {
  e.resubmitScheduled = false;
  const stages = [...e.failedStages].sort((a, b) => a.firstJobId - b.firstJobId);
  e.failedStages.clear();
  if (stages.length === 0) return;
  step(e, 'resubmitFailedStages', {}, { stages: stages.map((s) => s.id).join(',') });
  for (const s of stages) submitStage(e, s);
}

/** `handleExecutorLost` → `removeExecutorAndUnregisterOutputs`. */
export function handleExecutorLost(e: Engine, ex: ExecutorState, fileLost: boolean): void {
  step(e, 'executorLost', { executorId: ex.id }, { fileLost: fileLost ? 1 : 0 });
  for (const locs of e.cacheLocs.values()) for (const set of locs.values()) set.delete(ex);
  if (fileLost) {
    const n = removeOutputsOnExecutor(e, ex);
    step(e, 'removeOutputsOnExecutor', { executorId: ex.id }, { outputs: n });
  }
}

/** `abortStage` → `failJobAndIndependentStages` for every active job that needs the stage. */
export function abortStage(e: Engine, stage: StageState, message: string): void {
  const jobs = [...e.activeJobs.values()]
    .filter((j) => j.stageIds.includes(stage.id))
    .sort((a, b) => a.jobId - b.jobId);
  for (const job of jobs) {
    for (const id of job.stageIds) {
      const s = e.stageIdToStage.get(id);
      if (!s || !e.runningStages.has(s) || [...s.jobIds].some((j) => j !== job.jobId && e.activeJobs.has(j)))
        continue;
      killAllTaskAttempts(e, s, 'Stage cancelled');
      markStageAsFinished(e, s, s === stage ? message : `Job ${job.jobId} cancelled because ${message}`);
    }
    cleanupStateForJob(e, job);
    post(e, {
      kind: 'jobEnd',
      time: e.now,
      jobId: job.jobId,
      completionTime: e.now,
      result: { kind: 'failed', message },
    });
    job.thread.failed = true;
    e.queue.push(e.now + e.settings.costs.driverGapMs, { k: 'threadNext', thread: job.thread });
  }
}

/** `cleanupStateForJobAndIndependentStages`: stages no other active job uses are forgotten. */
function cleanupStateForJob(e: Engine, job: ActiveJob): void {
  for (const id of job.stageIds) {
    const s = e.stageIdToStage.get(id);
    if (!s) continue;
    s.jobIds.delete(job.jobId);
    if (s.jobIds.size > 0) continue;
    e.stageIdToStage.delete(id);
    e.runningStages.delete(s);
    e.waitingStages.delete(s);
    e.failedStages.delete(s);
    if (s.shuffleId !== null && e.shuffleIdToMapStage.get(s.shuffleId) === s)
      e.shuffleIdToMapStage.delete(s.shuffleId);
  }
  if (job.finalStage.activeJob === job) job.finalStage.activeJob = null;
  e.activeJobs.delete(job.jobId);
  step(e, 'jobFinished', { jobId: job.jobId }, { stages: job.stageIds.length });
}
