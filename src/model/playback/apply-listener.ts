/**
 * Pass of the playback fold for listener events: what an event log alone says about jobs, stages,
 * task sets, executors and map outputs. Needs a FoldState at the event's position; leaves it at
 * the next one. Where a trace also has scheduler steps (apply-step.ts), the finer facts (task hops,
 * map-output registration, the queue) come from the steps and this pass leaves them alone.
 */
import type {
  ExecutorRemoved,
  JobEnd,
  JobStart,
  ListenerEvent,
  StageCompleted,
  StageSubmitted,
  TaskEnd,
  TaskStart,
} from '../trace/listener-events.ts';
import {
  addFault,
  endTask,
  executorOf,
  handleQueue,
  patchTask,
  registerOutput,
  removeOutputsOn,
  takeSlot,
  unregisterOutput,
} from './fold-helpers.ts';
import { taskSetKey, type FoldState, type StageRec, type TaskRec, type TaskSetRec } from './fold-state.ts';
import type { StageInfo } from '../trace/stage-info.ts';

export function applyListener(s: FoldState, ev: ListenerEvent): void {
  switch (ev.kind) {
    case 'executorAdded': {
      const x = executorOf(s, ev.executorId, ev.host);
      x.host = ev.host;
      x.cores = ev.totalCores;
      x.state = 'alive';
      x.reason = null;
      while (x.slots.length < x.cores) x.slots.push(null);
      return;
    }
    case 'blockManagerAdded':
      executorOf(s, ev.executorId, ev.host);
      return;
    case 'executorRemoved':
      return executorRemoved(s, ev);
    case 'jobStart':
      return jobStart(s, ev);
    case 'jobEnd':
      return jobEnd(s, ev);
    case 'stageSubmitted':
      return stageSubmitted(s, ev);
    case 'stageCompleted':
      return stageCompleted(s, ev);
    case 'taskStart':
      return taskStart(s, ev);
    case 'taskGettingResult': {
      const t = s.tasks.get(ev.task.taskId);
      if (t && t.phase === 'running') patchTask(s, t, { phase: 'reporting' });
      return;
    }
    case 'taskEnd':
      return taskEnd(s, ev);
    case 'speculativeTaskSubmitted': {
      const tsm = s.taskSets.get(taskSetKey(ev.stageId, ev.stageAttemptId));
      if (tsm) tsm.speculatable++;
      addFault(s, { kind: 'speculative', at: s.index, stageId: ev.stageId, index: ev.taskIndex });
      handleQueue(s, 'SpeculativeTaskSubmitted', () => true);
      return;
    }
    default:
      return;
  }
}

function stageOf(s: FoldState, info: StageInfo, isResult: boolean): StageRec {
  let st = s.stages.get(info.stageId);
  if (!st) {
    st = {
      stageId: info.stageId,
      name: info.name,
      parentIds: info.parentIds ? [...info.parentIds] : null,
      numPartitions: info.numTasks,
      state: s.hasSteps ? 'created' : 'waiting',
      attempts: [],
      jobIds: [],
      shuffleId: null,
      isResult,
    };
    s.stages.set(info.stageId, st);
  }
  if (st.name === '') st.name = info.name;
  if (st.parentIds === null && info.parentIds) st.parentIds = [...info.parentIds];
  return st;
}

function jobStart(s: FoldState, ev: JobStart): void {
  const resultStageId = ev.stageIds.length > 0 ? Math.max(...ev.stageIds) : null;
  let job = s.jobs.get(ev.jobId);
  if (!job) {
    job = {
      jobId: ev.jobId,
      status: 'running',
      stageIds: [],
      resultStageId: null,
      totalTasks: 0,
      finishedTasks: 0,
      waiting: !s.hasSteps,
      pool: null,
    };
    s.jobs.set(ev.jobId, job);
  }
  job.stageIds = [...ev.stageIds].sort((a, b) => a - b);
  job.resultStageId = resultStageId;
  job.pool = ev.properties.schedulerPool;
  for (const info of ev.stageInfos) {
    const st = stageOf(s, info, info.stageId === resultStageId);
    if (!st.jobIds.includes(ev.jobId)) st.jobIds.push(ev.jobId);
    if (info.stageId === resultStageId && job.totalTasks === 0) job.totalTasks = info.numTasks;
    // A stage an earlier job finished waits again only if this job must recompute it.
    if (!s.hasSteps && st.state === 'skipped') st.state = 'waiting';
  }
  s.activeJobs.add(ev.jobId);
}

function jobEnd(s: FoldState, ev: JobEnd): void {
  const job = s.jobs.get(ev.jobId);
  s.activeJobs.delete(ev.jobId);
  if (!job) return;
  job.status = ev.result.kind === 'succeeded' ? 'succeeded' : 'failed';
  if (!s.hasSteps || job.status === 'failed') job.waiting = false;
  // Stages of the job that never ran are "skipped".
  for (const id of job.stageIds) {
    const st = s.stages.get(id);
    if (st && (st.state === 'waiting' || st.state === 'created')) st.state = 'skipped';
  }
}

/** The job a stage attempt runs for: the newest active job that contains it. */
function jobFor(s: FoldState, st: StageRec): number {
  let best = -1;
  for (const id of st.jobIds) if (s.activeJobs.has(id) && id > best) best = id;
  return best >= 0 ? best : (st.jobIds.at(-1) ?? -1);
}

function stageSubmitted(s: FoldState, ev: StageSubmitted): void {
  const info = ev.stage;
  const st = stageOf(s, info, false);
  st.attempts = st.attempts.filter((a) => a.attemptId !== info.attemptId);
  st.attempts.push({
    attemptId: info.attemptId,
    numTasks: info.numTasks,
    state: 'running',
    failureReason: null,
  });
  st.state = 'running';
  s.runningStages.add(info.stageId);
  if (info.attemptId > 0)
    addFault(s, { kind: 'stageResubmitted', at: s.index, stageId: info.stageId, attemptId: info.attemptId });
  const jobId = jobFor(s, st);
  const pool = s.fairScheduler ? (s.jobs.get(jobId)?.pool ?? 'default') : 'root';
  s.taskSets.set(taskSetKey(info.stageId, info.attemptId), {
    stageId: info.stageId,
    stageAttemptId: info.attemptId,
    jobId,
    numTasks: info.numTasks,
    pool,
    running: new Set(),
    succeeded: 0,
    failedAttempts: 0,
    killedAttempts: 0,
    localityLevels: [],
    launchedByLocality: {},
    speculatable: 0,
    zombie: false,
  });
}

function stageCompleted(s: FoldState, ev: StageCompleted): void {
  const info = ev.stage;
  const st = stageOf(s, info, false);
  const failed = info.failureReason !== null;
  const attempt = st.attempts.find((a) => a.attemptId === info.attemptId);
  if (attempt) {
    attempt.state = failed ? 'failed' : 'finished';
    attempt.failureReason = info.failureReason;
  }
  st.state = failed ? 'failed' : 'finished';
  s.runningStages.delete(info.stageId);
  const key = taskSetKey(info.stageId, info.attemptId);
  const tsm = s.taskSets.get(key);
  if (tsm) retire(s, key, tsm);
}

/** A task set that launches no more tasks; it leaves the pool once its last task is back. */
export function retire(s: FoldState, key: string, tsm: TaskSetRec): void {
  tsm.zombie = true;
  if (tsm.running.size === 0) s.taskSets.delete(key);
}

export function addRunning(tsm: TaskSetRec | undefined, taskId: number): void {
  tsm?.running.add(taskId);
}

export function removeRunning(s: FoldState, stageId: number, attemptId: number, taskId: number): void {
  const key = taskSetKey(stageId, attemptId);
  const tsm = s.taskSets.get(key);
  if (!tsm) return;
  tsm.running.delete(taskId);
  if (tsm.zombie && tsm.running.size === 0) s.taskSets.delete(key);
}

/** The partition a task computes; logs before Spark 3.3 carry no "Partition ID" (-1), and there it is the index. */
function partitionOf(info: TaskStart['task']): number {
  return info.partitionId >= 0 ? info.partitionId : info.index;
}

/** A task known only from its listener event (no task-level steps): running on its slot. */
function taskRecOf(ev: TaskStart | TaskEnd): TaskRec {
  const info = ev.task;
  return {
    taskId: info.taskId,
    stageId: ev.stageId,
    stageAttemptId: ev.stageAttemptId,
    index: info.index,
    partition: partitionOf(info),
    attempt: info.attempt,
    executorId: info.executorId,
    slot: null,
    phase: 'running',
    speculative: info.speculative,
    locality: info.locality,
    outcome: null,
    started: false,
  };
}

function taskStart(s: FoldState, ev: TaskStart): void {
  const info = ev.task;
  let t = s.tasks.get(info.taskId);
  if (!t) {
    // No task-level steps: the listener event is all there is, the task is on its slot.
    t = taskRecOf(ev);
    s.tasks.set(t.taskId, t);
    executorOf(s, info.executorId, info.host);
    t = takeSlot(s, t);
  }
  patchTask(s, t, { started: true, locality: info.locality });
  s.runningTasks.add(info.taskId);
  const tsm = s.taskSets.get(taskSetKey(ev.stageId, ev.stageAttemptId));
  addRunning(tsm, info.taskId);
  if (tsm) {
    tsm.launchedByLocality[info.locality] = (tsm.launchedByLocality[info.locality] ?? 0) + 1;
    if (info.speculative && tsm.speculatable > 0) tsm.speculatable--;
  }
}

function taskEnd(s: FoldState, ev: TaskEnd): void {
  const info = ev.task;
  const reason = ev.reason;
  const tsm = s.taskSets.get(taskSetKey(ev.stageId, ev.stageAttemptId));
  handleQueue(s, 'CompletionEvent', (e) => e.taskId === info.taskId);
  if (reason.kind === 'resubmitted') {
    // A finished map task whose output was lost with its executor is pending again.
    if (tsm && tsm.succeeded > 0) tsm.succeeded--;
    return;
  }
  if (tsm) {
    if (reason.kind === 'success') tsm.succeeded++;
    else if (reason.kind === 'taskKilled' || reason.kind === 'taskCommitDenied') tsm.killedAttempts++;
    else tsm.failedAttempts++;
    // A fetch failure makes the task set a zombie.
    if (reason.kind === 'fetchFailed') tsm.zombie = true;
  }
  const st = s.stages.get(ev.stageId);
  if (reason.kind === 'success') {
    for (const id of st?.jobIds ?? []) {
      const job = s.jobs.get(id);
      if (job && job.resultStageId === ev.stageId && job.status === 'running') job.finishedTasks++;
    }
    const partition = partitionOf(info);
    if (!s.taskSteps && ev.taskType === 'ShuffleMapTask')
      registerOutput(s, ev.stageId, partition, info.executorId);
  } else if (reason.kind === 'fetchFailed') {
    fetchFailed(s, ev, st);
  } else if (reason.kind !== 'taskKilled' && reason.kind !== 'taskCommitDenied') {
    addFault(s, {
      kind: 'taskFailed',
      at: s.index,
      taskId: info.taskId,
      stageId: ev.stageId,
      index: info.index,
      attempt: info.attempt,
      executorId: info.executorId,
      reason: reason.kind,
    });
  }
  const t = s.tasks.get(info.taskId) ?? taskRecOf(ev);
  endTask(s, t, reason.kind);
  removeRunning(s, ev.stageId, ev.stageAttemptId, info.taskId);
}

/** DAGScheduler.handleTaskCompletion(FetchFailed): both stages fail, the lost outputs go. */
function fetchFailed(s: FoldState, ev: TaskEnd, st: StageRec | undefined): void {
  if (ev.reason.kind !== 'fetchFailed') return;
  const r = ev.reason;
  let mapStageId = s.shuffleStage.get(r.shuffleId) ?? null;
  if (mapStageId === null && st?.parentIds?.length === 1) {
    mapStageId = st.parentIds[0] as number;
    s.shuffleStage.set(r.shuffleId, mapStageId);
  }
  const mapStage = mapStageId === null ? undefined : s.stages.get(mapStageId);
  if (mapStage) {
    mapStage.shuffleId = r.shuffleId;
    if (mapStage.state === 'finished' || mapStage.state === 'skipped') mapStage.state = 'failed';
  }
  if (!s.hasSteps && mapStageId !== null) {
    if (r.mapIndex !== null) unregisterOutput(s, mapStageId, r.mapIndex);
    if (r.blockManager) removeOutputsOn(s, r.blockManager.executorId);
  }
  addFault(s, {
    kind: 'fetchFailed',
    at: s.index,
    taskId: ev.task.taskId,
    stageId: ev.stageId,
    mapStageId,
    shuffleId: r.shuffleId,
    mapIndex: r.mapIndex,
    executorId: r.blockManager?.executorId ?? null,
  });
}

function executorRemoved(s: FoldState, ev: ExecutorRemoved): void {
  const x = executorOf(s, ev.executorId);
  x.reason = ev.reason;
  if (x.state === 'removed') return;
  x.state = s.hasSteps || !/idle|decommission/i.test(ev.reason) ? 'lost' : 'removed';
  if (x.state === 'removed') return;
  // Without an external shuffle service the executor's map outputs go with it.
  const outputsLost = !s.hasSteps && !s.externalShuffleService ? removeOutputsOn(s, ev.executorId) : 0;
  addFault(s, { kind: 'executorLost', at: s.index, executorId: ev.executorId, outputsLost });
}
