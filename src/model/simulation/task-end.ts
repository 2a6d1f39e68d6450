/**
 * The end of a task attempt on the driver: the TaskResultGetter hands a
 * result to `TaskSetManager.handleSuccessfulTask` or `handleFailedTask` (retry with a new attempt,
 * or abort at maxTaskFailures); a finished zombie task set leaves its pool; KillTask messages;
 * and `TaskSchedulerImpl.executorLost` for a removed executor.
 */
import { post, step } from './post.ts';
import type { CompletionReason, Engine, ExecutorState, StageState, TaskAttempt } from './state.ts';
import { postDag, reviveOffers } from './task-scheduler.ts';
import type { TaskSetManager } from './task-set-manager.ts';

/** TaskResultGetter → `handleSuccessfulTask` / `handleFailedTask` on the TaskSetManager. */
export function resultFetched(e: Engine, task: TaskAttempt, reason: CompletionReason): void {
  const ids = {
    executorId: task.executor.id,
    stageId: task.tsm.stageId,
    stageAttemptId: task.tsm.stageAttempt,
    taskId: task.tid,
  };
  if (reason.kind === 'success') {
    if (e.taskSteps) step(e, 'taskResult', ids, { bytes: task.resultBytes });
    handleSuccessfulTask(e, task);
  } else {
    if (e.taskSteps) step(e, 'taskFailedResult', ids, { reason: reason.kind });
    handleFailedTask(e, task, reason);
  }
}

/** Spark 3.5's TaskKilled reason for an attempt that finished after another attempt succeeded. */
const LOST_THE_RACE = 'Finish but did not commit due to another attempt succeeded';

function handleSuccessfulTask(e: Engine, task: TaskAttempt): void {
  const tsm = task.tsm;
  const i = task.index;
  // `TaskSetManager.handleSuccessfulTask`: an attempt that finished while the KillTask sent at
  // another attempt's success was on its way is handled as killed, never a second success.
  if (tsm.successful[i] && tsm.killedByOtherAttempt.has(task)) {
    handleFailedTask(e, task, { kind: 'killed', reason: LOST_THE_RACE });
    return;
  }
  tsm.copiesRunning[i] = Math.max(0, (tsm.copiesRunning[i] as number) - 1);
  task.state = 'finished';
  if (!tsm.successful[i]) {
    tsm.successful[i] = 1;
    tsm.tasksSuccessful++;
    tsm.successDurations.push(e.now - task.launchTime);
    if (tsm.stage.kind === 'ShuffleMap') {
      const done = e.finishedMapTasks.get(tsm);
      if (done) done.push(task);
      else e.finishedMapTasks.set(tsm, [task]);
    }
    // Kill any other attempt of this task (a speculative copy or the original).
    if ((tsm.copiesRunning[i] as number) > 0)
      for (const other of tsm.running)
        if (other.index === i && other !== task) {
          tsm.killedByOtherAttempt.add(other);
          killTask(e, other, 'another attempt succeeded');
        }
    if (tsm.tasksSuccessful === tsm.numTasks) tsm.isZombie = true;
  }
  postDag(e, { t: 'CompletionEvent', task, reason: { kind: 'success' } });
  maybeFinishTaskSet(e, tsm);
}

/** `TaskSetManager.handleFailedTask`. */
export function handleFailedTask(e: Engine, task: TaskAttempt, reason: CompletionReason): void {
  const tsm = task.tsm;
  const i = task.index;
  tsm.running.delete(task);
  tsm.copiesRunning[i] = Math.max(0, (tsm.copiesRunning[i] as number) - 1);
  task.state = reason.kind === 'killed' ? 'killed' : 'failed';
  postDag(e, { t: 'CompletionEvent', task, reason });
  if (reason.kind === 'fetchFailed') {
    if (!tsm.successful[i]) {
      tsm.successful[i] = 1;
      tsm.tasksSuccessful++;
    }
    tsm.isZombie = true;
  } else if (reason.kind !== 'killed') {
    const counts = reason.kind === 'exception' || (reason.kind === 'executorLost' && reason.causedByApp);
    if (counts) tsm.numFailures[i] = (tsm.numFailures[i] as number) + 1;
    const failures = tsm.numFailures[i] as number;
    if (counts && failures >= e.settings.maxTaskFailures && !tsm.isZombie) {
      const message = `Task ${i} in stage ${tsm.stageId}.${tsm.stageAttempt} failed ${failures} times; aborting job`;
      step(
        e,
        'taskSetAborted',
        { stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt },
        { index: i, failures },
      );
      tsm.isZombie = true;
      postDag(e, { t: 'TaskSetFailed', tsm, message });
    } else if (!tsm.successful[i] && !tsm.isZombie) {
      step(
        e,
        'taskRetry',
        { stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt, taskId: task.tid },
        {
          index: i,
          failures,
          maxFailures: e.settings.maxTaskFailures,
        },
      );
      tsm.addPendingTask(i);
    }
  }
  maybeFinishTaskSet(e, tsm);
  reviveOffers(e);
}

/** `maybeFinishTaskSet` → `taskSetFinished`: a zombie with nothing running leaves its pool. */
export function maybeFinishTaskSet(e: Engine, tsm: TaskSetManager): void {
  if (!tsm.isZombie || tsm.running.size > 0 || tsm.finished) return;
  tsm.finished = true;
  const pool = tsm.pool;
  pool.taskSets.splice(pool.taskSets.indexOf(tsm), 1);
  e.taskSets.splice(e.taskSets.indexOf(tsm), 1);
  e.finishedMapTasks.delete(tsm);
  step(
    e,
    'taskSetFinished',
    { stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt },
    {
      succeeded: tsm.tasksSuccessful,
      numTasks: tsm.numTasks,
    },
  );
}

/** `CoarseGrainedSchedulerBackend.killTask`: a KillTask message to the executor. */
export function killTask(e: Engine, task: TaskAttempt, reason: string): void {
  if (e.taskSteps)
    step(
      e,
      'killTask',
      {
        executorId: task.executor.id,
        stageId: task.tsm.stageId,
        stageAttemptId: task.tsm.stageAttempt,
        taskId: task.tid,
      },
      {
        reason,
      },
    );
  e.queue.push(e.now + e.settings.costs.rpcLatencyMs, { k: 'killArrives', task, reason });
}

/** `TaskSchedulerImpl.killAllTaskAttempts` for a stage. */
export function killAllTaskAttempts(e: Engine, stage: StageState, reason: string): void {
  for (const tsm of [...e.taskSets]) {
    if (tsm.stage !== stage) continue;
    tsm.isZombie = true;
    for (const t of tsm.running) killTask(e, t, reason);
    maybeFinishTaskSet(e, tsm);
  }
}

/**
 * `TaskSchedulerImpl.executorLost` → `TaskSetManager.executorLost`: finished map tasks whose
 * output lived there are Resubmitted (without an external shuffle service), running tasks fail with
 * ExecutorLostFailure; then the DAGScheduler hears ExecutorLost and the listener bus ExecutorRemoved.
 */
export function removeExecutor(e: Engine, ex: ExecutorState, reason: string, causedByApp: boolean): void {
  if (!ex.alive) return;
  ex.alive = false;
  e.executorsVersion++;
  step(e, 'removeExecutor', { executorId: ex.id }, { reason, running: ex.running.size });
  for (const tsm of [...e.taskSets]) {
    if (tsm.stage.kind === 'ShuffleMap' && !e.settings.externalShuffleService && !tsm.isZombie) {
      for (const t of e.finishedMapTasks.get(tsm) ?? []) {
        if (t.executor !== ex || !tsm.successful[t.index]) continue;
        tsm.successful[t.index] = 0;
        tsm.tasksSuccessful--;
        tsm.addPendingTask(t.index);
        postDag(e, { t: 'CompletionEvent', task: t, reason: { kind: 'resubmitted' } });
      }
    }
    for (const t of [...tsm.running]) {
      if (t.executor !== ex) continue;
      handleFailedTask(e, t, { kind: 'executorLost', executorId: ex.id, causedByApp, reason });
    }
    tsm.recomputeLocality();
  }
  postDag(e, { t: 'ExecutorLost', executor: ex, fileLost: !e.settings.externalShuffleService });
  post(e, { kind: 'executorRemoved', time: e.now, executorId: ex.id, reason });
  post(e, { kind: 'blockManagerRemoved', time: e.now, executorId: ex.id, host: ex.host, port: 7337 });
  reviveOffers(e);
}
