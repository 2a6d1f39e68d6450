/**
 * TaskSchedulerImpl and CoarseGrainedSchedulerBackend's DriverEndpoint:
 * task sets enter the pool tree; offers (on submit, after every status update for that executor,
 * and every `spark.scheduler.revive.interval`) are shuffled and given one task per offer per pass,
 * level by level; TIDs are given at launch; status updates free cores, re-offer that executor and
 * pass the result to the TaskResultGetter (./task-end.ts).
 */
import type { Locality } from '../trace/listener-events.ts';
import { poolFor } from './pools.ts';
import { step } from './post.ts';
import { shuffleInPlace } from './random.ts';
import type { CompletionReason, DagEvent, Engine, ExecutorState, StageState, TaskAttempt } from './state.ts';
import {
  type ClusterView,
  type Offer,
  type TaskPrefs,
  TaskSetManager,
  levelRank,
} from './task-set-manager.ts';

export function postDag(e: Engine, ev: DagEvent, delay = 0): void {
  e.queue.push(e.now + delay, { k: 'dag', ev });
}

export function clusterView(e: Engine): ClusterView {
  // Which hosts and racks have alive executors, and each host's rack: rebuilt only after an
  // executor registered or was removed (e.executorsVersion).
  let version = -1;
  const hosts = new Set<string>();
  const racks = new Set<string>();
  const rackOf = new Map<string, string | null>();
  const fresh = (): void => {
    if (version === e.executorsVersion) return;
    version = e.executorsVersion;
    hosts.clear();
    racks.clear();
    for (const x of e.executors) {
      if (!rackOf.has(x.host)) rackOf.set(x.host, x.spec.rack);
      if (!x.alive) continue;
      hosts.add(x.host);
      if (x.spec.rack !== null) racks.add(x.spec.rack);
    }
  };
  return {
    isExecutorAlive: (id) => e.executorById.get(id)?.alive ?? false,
    hasExecutorsOnHost: (host) => (fresh(), hosts.has(host)),
    rackOf: (host) => (fresh(), rackOf.get(host) ?? null),
    hasHostsOnRack: (rack) => (fresh(), racks.has(rack)),
  };
}

/** `TaskSchedulerImpl.submitTasks`. */
export function submitTasks(
  e: Engine,
  stage: StageState,
  attempt: number,
  partitions: readonly number[],
  prefs: readonly (TaskPrefs | null)[],
  jobId: number,
  poolName: string,
): TaskSetManager {
  for (const other of e.taskSets) if (other.stage === stage) other.isZombie = true;
  const pool = poolFor(e.rootPool, poolName);
  const tsm = new TaskSetManager(
    stage,
    attempt,
    partitions,
    prefs,
    jobId,
    pool,
    clusterView(e),
    e.settings.localityWaitMs,
    e.now,
  );
  pool.taskSets.push(tsm);
  e.taskSets.push(tsm);
  stage.tsm = tsm;
  step(
    e,
    'submitTasks',
    { jobId, stageId: stage.id, stageAttemptId: attempt },
    {
      numTasks: partitions.length,
      pool: e.settings.schedulingMode === 'FAIR' ? pool.name : 'root',
      maxTaskFailures: e.settings.maxTaskFailures,
      levels: tsm.myLocalityLevels.join(','),
    },
  );
  reviveOffers(e);
  return tsm;
}

/** `CoarseGrainedSchedulerBackend.reviveOffers`: a ReviveOffers message to the DriverEndpoint. */
export function reviveOffers(e: Engine): void {
  step(e, 'reviveOffers', {});
  e.queue.push(e.now, { k: 'revive', executor: null });
}

/** Keeps the `spark.scheduler.revive.interval` timer going while tasks wait. */
export function ensureReviveTimer(e: Engine): void {
  if (e.reviveTimerScheduled || !e.taskSets.some((t) => !t.finished && !t.isZombie)) return;
  // With no executor left and none coming, Spark would wait forever ("Initial job has not accepted
  // any resources"); the simulation stops offering, so its queue drains and the run ends.
  if (
    !e.executors.some((x) => x.alive) &&
    e.pendingExecutorRequests === 0 &&
    !e.settings.dynamicAllocation.enabled
  )
    return;
  e.reviveTimerScheduled = true;
  e.queue.push(e.now + e.settings.reviveIntervalMs, { k: 'reviveTimer' });
}

/** `DriverEndpoint.makeOffers`, for every alive executor or just one. */
export function makeOffers(
  e: Engine,
  only: ExecutorState | null,
  recordEmpty: boolean,
  cause?: TaskAttempt,
): void {
  const offers: Offer[] = [];
  for (const x of only ? [only] : e.executors) if (x.alive) offers.push({ executor: x, host: x.host });
  if (offers.length === 0) return;
  // Offers with nothing to schedule are not worth a step, except for an explicit ReviveOffers.
  // A re-offer after one task's status update is a per-task step.
  const worth = cause === undefined ? e.recordSteps !== 'none' : e.taskSteps;
  if (
    worth &&
    (recordEmpty || e.taskSets.some((t) => !t.isZombie && t.tasksSuccessful + t.running.size < t.numTasks))
  )
    step(e, 'makeOffers', only ? { executorId: only.id, ...(cause ? { taskId: cause.tid } : {}) } : {}, {
      offers: offers.length,
      freeCores: offers.reduce((n, o) => n + o.executor.freeCores, 0),
    });
  resourceOffers(e, offers, only === null);
  ensureReviveTimer(e);
}

/** `TaskSchedulerImpl.resourceOffers`: returns the number of tasks launched. */
function resourceOffers(e: Engine, offers: Offer[], allFree: boolean): number {
  shuffleInPlace(offers, e.random);
  const cpus = e.settings.taskCpus;
  const free = offers.map((o) => o.executor.freeCores);
  const sorted = e.rootPool.sortedTaskSets().filter((t) => !t.isZombie);
  const launches: TaskAttempt[] = [];
  let delayed = false;
  const waiting = new Set<TaskSetManager>();
  const minLocality = new Map<TaskSetManager, Locality>();
  for (const tsm of sorted) {
    for (const maxLocality of tsm.myLocalityLevels) {
      let launchedHere = true;
      while (launchedHere) {
        launchedHere = false;
        // resourceOfferSingleTaskSet: one task per offer per pass, round-robin.
        for (let i = 0; i < offers.length; i++) {
          if ((free[i] as number) < cpus) continue;
          const offer = offers[i] as Offer;
          const got = tsm.resourceOffer(offer, maxLocality, e.now);
          if (got === 'delayed') {
            delayed = true;
            waiting.add(tsm);
          }
          if (got === null || got === 'delayed') continue;
          free[i] = (free[i] as number) - cpus;
          launches.push(prepareLaunch(e, tsm, got.index, got.locality, got.speculative, offer.executor));
          const prev = minLocality.get(tsm);
          if (prev === undefined || levelRank(got.locality) < levelRank(prev))
            minLocality.set(tsm, got.locality);
          launchedHere = true;
        }
      }
    }
  }
  // SPARK-18886 (not the legacy flag): a launch resets the delay timer only in a round with no
  // refusal, and, for a round offering one executor, only if nothing was refused since the last reset.
  // The first refusal since the timer's reset is worth a step: the task set starts waiting.
  for (const tsm of waiting)
    if (tsm.noRejectsSinceLastReset)
      step(
        e,
        'localityWait',
        { stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt },
        {
          locality: tsm.allowedLocality(e.now),
          waitMs: tsm.currentWaitMs(),
        },
      );
  for (const tsm of sorted) {
    if (delayed) {
      tsm.noRejectsSinceLastReset = false;
      continue;
    }
    const l = minLocality.get(tsm);
    if (l !== undefined && (allFree || tsm.noRejectsSinceLastReset)) {
      tsm.resetDelayTimer(l, e.now);
      tsm.noRejectsSinceLastReset = true;
    }
  }
  // DriverEndpoint.launchTasks
  for (const t of launches) {
    t.executor.freeCores -= cpus;
    if (e.taskSteps)
      step(
        e,
        'launchTask',
        {
          executorId: t.executor.id,
          stageId: t.tsm.stageId,
          stageAttemptId: t.tsm.stageAttempt,
          taskId: t.tid,
        },
        {
          index: t.index,
        },
      );
    e.queue.push(e.now + e.settings.costs.rpcLatencyMs, { k: 'launch', task: t });
  }
  return launches.length;
}

/** `TaskSetManager.prepareLaunchingTask`: a new TID and a BeginEvent for the DAGScheduler. */
function prepareLaunch(
  e: Engine,
  tsm: TaskSetManager,
  index: number,
  locality: Locality,
  speculative: boolean,
  executor: ExecutorState,
): TaskAttempt {
  const attempt = tsm.attemptCount[index] as number;
  tsm.attemptCount[index] = attempt + 1;
  tsm.copiesRunning[index] = (tsm.copiesRunning[index] as number) + 1;
  const task: TaskAttempt = {
    tid: e.nextTid++,
    tsm,
    index,
    partition: tsm.partitions[index] as number,
    attempt,
    executor,
    launchTime: e.now,
    locality,
    speculative,
    state: 'running',
    finishAt: 0,
    finishTime: 0,
    gettingResultTime: 0,
    resultBytes: 0,
    outcome: 'success',
    metrics: null,
    outRecords: 0,
    outBytes: 0,
    fetchFailure: null,
    toCache: [],
  };
  tsm.running.add(task);
  if (e.taskSteps)
    step(
      e,
      'resourceOffer',
      { executorId: executor.id, stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt, taskId: task.tid },
      {
        index,
        partition: task.partition,
        locality,
        attempt,
        speculative: speculative ? 1 : 0,
      },
    );
  postDag(e, { t: 'BeginEvent', task });
  return task;
}

/** `DriverEndpoint.receive(StatusUpdate)` → `TaskSchedulerImpl.statusUpdate`, free cores, re-offer. */
export function statusUpdate(e: Engine, task: TaskAttempt, reason: CompletionReason): void {
  const ex = task.executor;
  if (!task.tsm.running.has(task) || !ex.alive) return;
  task.tsm.running.delete(task);
  if (e.taskSteps)
    step(
      e,
      'statusUpdate',
      {
        executorId: ex.id,
        stageId: task.tsm.stageId,
        stageAttemptId: task.tsm.stageAttempt,
        taskId: task.tid,
      },
      {
        state: reason.kind === 'success' ? 'FINISHED' : reason.kind === 'killed' ? 'KILLED' : 'FAILED',
      },
    );
  const indirect = reason.kind === 'success' && task.resultBytes > e.settings.maxDirectResultSize;
  let delay = 1;
  if (indirect) {
    // TaskResultGetter fetches an IndirectTaskResult from the executor's BlockManager.
    task.gettingResultTime = e.now;
    postDag(e, { t: 'GettingResult', task });
    delay += Math.ceil(task.resultBytes / e.settings.costs.networkBytesPerMs);
  }
  e.queue.push(e.now + delay, { k: 'resultFetched', task, reason });
  ex.freeCores += e.settings.taskCpus;
  makeOffers(e, ex, false, task);
}
