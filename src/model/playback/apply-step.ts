/**
 * Pass of the playback fold for the simulator's scheduler steps (trace/scheduler-steps.ts): the
 * hops an event log does not record. A task is offered (TaskSetManager.resourceOffer), launched
 * (DriverEndpoint.launchTasks, which takes a core, R-10.3), runs in a TaskRunner, reports back
 * (statusUpdate gives the core back, R-10.3), and its result becomes a CompletionEvent in the
 * DAGScheduler's event loop, handled when TaskEnd is posted (R-7 step 9).
 */
import type { Locality } from '../trace/listener-events.ts';
import type { SchedulerStep } from '../trace/scheduler-steps.ts';
import { addRunning, removeRunning, retire } from './apply-listener.ts';
import {
  executorOf,
  freeSlot,
  handleQueue,
  patchTask,
  postQueue,
  registerOutput,
  removeOutputsOn,
  shuffleOf,
  takeSlot,
  unregisterOutput,
} from './fold-helpers.ts';
import { taskSetKey, type FoldState, type StageRec } from './fold-state.ts';

function num(step: SchedulerStep, key: string): number | null {
  const v = step.data?.[key];
  return typeof v === 'number' ? v : null;
}

function text(step: SchedulerStep, key: string): string | null {
  const v = step.data?.[key];
  return typeof v === 'string' ? v : null;
}

function createdStage(s: FoldState, step: SchedulerStep, isResult: boolean): void {
  if (step.stageId === null) return;
  let st: StageRec | undefined = s.stages.get(step.stageId);
  if (!st) {
    st = {
      stageId: step.stageId,
      name: '',
      parentIds: null,
      numPartitions: num(step, 'numTasks') ?? 0,
      state: 'created',
      attempts: [],
      jobIds: [],
      shuffleId: num(step, 'shuffleId'),
      isResult,
    };
    s.stages.set(step.stageId, st);
  }
  if (step.jobId !== null && !st.jobIds.includes(step.jobId)) st.jobIds.push(step.jobId);
}

export function applyStep(s: FoldState, step: SchedulerStep): void {
  const tid = step.taskId;
  const task = tid === null ? undefined : s.tasks.get(tid);
  switch (step.step) {
    case 'runJob':
      if (step.jobId !== null && !s.jobs.has(step.jobId))
        s.jobs.set(step.jobId, {
          jobId: step.jobId,
          status: 'running',
          stageIds: [],
          resultStageId: null,
          totalTasks: 0,
          finishedTasks: 0,
          waiting: true,
          pool: null,
        });
      return;
    case 'jobSubmitted': {
      const job = step.jobId === null ? undefined : s.jobs.get(step.jobId);
      if (job) job.totalTasks = num(step, 'numPartitions') ?? job.totalTasks;
      postQueue(s, 'JobSubmitted', { jobId: step.jobId });
      return;
    }
    case 'handleJobSubmitted':
      return handleQueue(s, 'JobSubmitted', (e) => e.jobId === step.jobId);
    case 'createStage':
      return createdStage(s, step, false);
    case 'createResultStage':
      return createdStage(s, step, true);
    case 'reuseStage': {
      const st = step.stageId === null ? undefined : s.stages.get(step.stageId);
      if (st && step.jobId !== null && !st.jobIds.includes(step.jobId)) st.jobIds.push(step.jobId);
      return;
    }
    case 'registerShuffle': {
      const shuffleId = num(step, 'shuffleId');
      if (step.stageId === null || shuffleId === null) return;
      s.shuffleStage.set(shuffleId, step.stageId);
      const r = shuffleOf(s, step.stageId);
      r.shuffleId = shuffleId;
      r.numMaps = num(step, 'numMaps') ?? r.numMaps;
      return;
    }
    case 'stageWaiting': {
      const st = step.stageId === null ? undefined : s.stages.get(step.stageId);
      if (st) st.state = 'waiting';
      return;
    }
    case 'submitTasks': {
      const tsm = s.taskSets.get(taskSetKey(step.stageId ?? -1, step.stageAttemptId ?? -1));
      if (!tsm) return;
      tsm.pool = text(step, 'pool') ?? tsm.pool;
      tsm.localityLevels = (text(step, 'levels') ?? '').split(',').filter((l) => l !== '');
      return;
    }
    case 'makeOffers':
      s.offers = {
        rounds: s.offers.rounds + 1,
        lastIndex: s.index,
        executorId: step.executorId,
        offers: num(step, 'offers') ?? 0,
        freeCores: num(step, 'freeCores') ?? 0,
        launched: [],
      };
      return;
    case 'resourceOffer': {
      if (tid === null || step.stageId === null || step.stageAttemptId === null || step.executorId === null)
        return;
      const index = num(step, 'index') ?? 0;
      s.tasks.set(tid, {
        taskId: tid,
        stageId: step.stageId,
        stageAttemptId: step.stageAttemptId,
        index,
        partition: num(step, 'partition') ?? index,
        attempt: num(step, 'attempt') ?? 0,
        executorId: step.executorId,
        slot: null,
        phase: 'offered',
        speculative: num(step, 'speculative') === 1,
        locality: (text(step, 'locality') as Locality | null) ?? null,
        outcome: null,
        started: false,
      });
      addRunning(s.taskSets.get(taskSetKey(step.stageId, step.stageAttemptId)), tid);
      s.offers.launched.push(tid);
      return;
    }
    case 'launchTask':
      if (task) takeSlot(s, patchTask(s, task, { phase: 'launching' }));
      return;
    case 'taskRunnerStart':
      if (task) patchTask(s, task, { phase: 'running' });
      return;
    case 'statusUpdate':
      if (task) {
        freeSlot(s, patchTask(s, task, { phase: 'reporting' }));
        removeRunning(s, task.stageId, task.stageAttemptId, task.taskId);
      }
      return;
    case 'taskResult':
    case 'taskFailedResult':
      if (task) patchTask(s, task, { phase: 'result' });
      postQueue(s, 'CompletionEvent', { taskId: tid });
      return;
    case 'registerMapOutput': {
      const mapIndex = num(step, 'mapIndex');
      const shuffleId = num(step, 'shuffleId');
      if (step.stageId === null || mapIndex === null || step.executorId === null) return;
      if (shuffleId !== null) s.shuffleStage.set(shuffleId, step.stageId);
      registerOutput(s, step.stageId, mapIndex, step.executorId);
      return;
    }
    case 'unregisterMapOutput': {
      const mapIndex = num(step, 'mapIndex');
      if (step.stageId !== null && mapIndex !== null) unregisterOutput(s, step.stageId, mapIndex);
      return;
    }
    case 'removeOutputsOnExecutor': {
      if (step.executorId === null) return;
      const lost = removeOutputsOn(s, step.executorId);
      const last = s.faults.at(-1);
      if (last && last.kind === 'executorLost' && last.executorId === step.executorId)
        s.faults[s.faults.length - 1] = { ...last, outputsLost: last.outputsLost + lost };
      return;
    }
    case 'taskSetAborted':
    case 'taskSetFinished': {
      const key = taskSetKey(step.stageId ?? -1, step.stageAttemptId ?? -1);
      const tsm = s.taskSets.get(key);
      if (tsm) retire(s, key, tsm);
      return;
    }
    case 'jobWaiterDone': {
      const job = step.jobId === null ? undefined : s.jobs.get(step.jobId);
      if (job) job.waiting = false;
      return;
    }
    case 'fetchFailed': {
      // failedStages += failedStage + mapStage.
      const mapStageId = s.shuffleStage.get(num(step, 'shuffleId') ?? -1);
      const mapStage = mapStageId === undefined ? undefined : s.stages.get(mapStageId);
      if (mapStage) mapStage.state = 'failed';
      // Scheduled only when none is pending (`if (failedStages.isEmpty)` in handleTaskCompletion).
      if (!s.queue.some((e) => e.event === 'ResubmitFailedStages')) postQueue(s, 'ResubmitFailedStages', {});
      return;
    }
    case 'resubmitFailedStages':
      return handleQueue(s, 'ResubmitFailedStages', () => true);
    case 'executorHung': {
      const x = step.executorId === null ? undefined : s.executors.get(step.executorId);
      if (x && x.state === 'alive') x.state = 'unresponsive';
      return;
    }
    case 'removeExecutor':
      postQueue(s, 'ExecutorLost', { executorId: step.executorId });
      return;
    case 'executorLost':
      return handleQueue(s, 'ExecutorLost', (e) => e.executorId === step.executorId);
    case 'removeIdleExecutor':
      if (step.executorId !== null) executorOf(s, step.executorId).state = 'removed';
      return;
    case 'speculatableTask':
      postQueue(s, 'SpeculativeTaskSubmitted', {});
      return;
    case 'blockStored':
    case 'blockEvicted':
      return blockChanged(s, step);
    default:
      return;
  }
}

/** A cached block stored, or evicted from memory (kept when it drops to disk). */
function blockChanged(s: FoldState, step: SchedulerStep): void {
  const m = /^rdd_(\d+)_\d+$/.exec(text(step, 'block') ?? '');
  if (!m || step.executorId === null) return;
  const rddId = Number(m[1]);
  const x = executorOf(s, step.executorId);
  const n = x.cached.get(rddId) ?? 0;
  if (step.step === 'blockStored') x.cached.set(rddId, n + 1);
  else if (num(step, 'toDisk') !== 1) {
    if (n > 1) x.cached.set(rddId, n - 1);
    else x.cached.delete(rddId);
  }
}
