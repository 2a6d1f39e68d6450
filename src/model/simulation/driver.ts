/**
 * The driver program and the cluster around the schedulers: application start (the listener
 * events every log begins with, executors registering), driver threads that call actions one after
 * another (`SparkContext.runJob` → `DAGScheduler.submitJob`, R-7 steps 1–3; different threads at the
 * same time), executor faults and their detection, speculation checks, and
 * dynamic allocation (ExecutorAllocationManager), then application end.
 */
import { BlockStore } from './block-store.ts';
import { post, step } from './post.ts';
import type { DriverThread, Engine, ExecutorState } from './state.ts';
import type { ExecutorSpec } from './settings.ts';
import { removeExecutor } from './task-end.ts';
import { postDag, reviveOffers } from './task-scheduler.ts';

/** The simulated application starts at this instant (2024-01-01T00:00:00Z), never the wall clock. */
export const EPOCH = Date.UTC(2024, 0, 1);
/** Executors register this long after the application starts (local mode: at once). */
export const REGISTRATION_MS = 100;
const FIRST_JOB_MS = 200;

export function applicationStart(e: Engine): void {
  const s = e.settings;
  post(e, { kind: 'logStart', time: e.now, sparkVersion: '3.5.0' });
  post(e, {
    kind: 'blockManagerAdded',
    time: e.now,
    executorId: 'driver',
    host: s.deployMode === 'local' ? 'localhost' : 'driver-host',
    port: 7337,
    maxMemory: s.storageMemoryBytes,
    timed: true,
  });
  post(e, {
    kind: 'environmentUpdate',
    time: e.now,
    sparkProperties: {
      'spark.master':
        s.deployMode === 'local'
          ? `local[${s.executors[0]?.cores ?? 1}]`
          : s.deployMode.startsWith('yarn')
            ? 'yarn'
            : s.deployMode === 'kubernetes'
              ? 'k8s://cluster'
              : 'spark://master:7077',
      'spark.submit.deployMode':
        s.deployMode === 'yarn-cluster' || s.deployMode === 'kubernetes' ? 'cluster' : 'client',
      'spark.scheduler.mode': s.schedulingMode,
      'spark.task.cpus': String(s.taskCpus),
      'spark.task.maxFailures': String(s.maxTaskFailures),
      'spark.locality.wait': `${s.localityWaitMs.process}ms`,
      'spark.speculation': String(s.speculation.enabled),
      'spark.dynamicAllocation.enabled': String(s.dynamicAllocation.enabled),
      'spark.shuffle.service.enabled': String(s.externalShuffleService),
    },
  });
  const appId = s.deployMode === 'local' ? `local-${EPOCH}` : 'app-20240101000000-0000';
  post(e, {
    kind: 'applicationStart',
    time: e.now,
    appId,
    appName: e.pipeline?.name ?? 'stagecraft',
    attemptId: null,
    user: 'stagecraft',
  });
  const initial = s.dynamicAllocation.enabled
    ? s.executors.slice(0, s.dynamicAllocation.initialExecutors)
    : s.executors;
  for (const spec of initial)
    e.queue.push(e.now + (s.deployMode === 'local' ? 0 : REGISTRATION_MS), { k: 'executorStarted', spec });
  for (const thread of e.threads)
    if (thread.after === null) e.queue.push(e.now + FIRST_JOB_MS, { k: 'threadNext', thread });
  if (s.dynamicAllocation.enabled) e.queue.push(e.now + FIRST_JOB_MS, { k: 'allocationTick' });
}

/** `DriverEndpoint.RegisterExecutor`: the executor joins; ExecutorAdded and its BlockManagerAdded are posted. */
export function registerExecutor(e: Engine, spec: ExecutorSpec): void {
  if (e.pendingExecutorRequests > 0 && !e.executorById.has(spec.id)) e.pendingExecutorRequests--;
  const ex: ExecutorState = {
    spec,
    id: spec.id,
    host: spec.host,
    freeCores: spec.cores,
    alive: true,
    process: 'running',
    running: new Set(),
    blocks: new BlockStore(e.settings.storageMemoryBytes),
    addedAt: e.now,
    idleSince: e.now,
    lastHeartbeat: e.now,
  };
  e.executors.push(ex);
  e.executorById.set(ex.id, ex);
  e.executorsVersion++;
  step(e, 'registerExecutor', { executorId: ex.id }, { host: ex.host, cores: spec.cores });
  post(e, { kind: 'executorAdded', time: e.now, executorId: ex.id, host: ex.host, totalCores: spec.cores });
  if (ex.id !== 'driver')
    post(e, {
      kind: 'blockManagerAdded',
      time: e.now,
      executorId: ex.id,
      host: ex.host,
      port: 7337,
      maxMemory: e.settings.storageMemoryBytes,
      timed: true,
    });
  for (const tsm of e.taskSets) tsm.recomputeLocality();
  if (e.taskSets.length > 0) reviveOffers(e);
}

/** A driver thread calls its next action: `SparkContext.runJob` → `DAGScheduler.submitJob`. */
export function threadNext(e: Engine, thread: DriverThread): void {
  const job = thread.failed ? undefined : thread.jobs[thread.next];
  if (!job) {
    // The main thread finished defining RDDs: the program's other threads start now, unless a
    // defining job failed, which ends the program before any of them exists.
    for (const t of e.threads) {
      if (t.after !== thread || t.next > 0) continue;
      if (thread.failed) t.failed = true;
      else e.queue.push(e.now + e.settings.costs.driverGapMs, { k: 'threadNext', thread: t });
    }
    if (!e.threads.every((t) => t.failed || t.next >= t.jobs.length)) return;
    if (e.activeJobs.size === 0) e.queue.push(e.now + e.settings.costs.driverGapMs, { k: 'appEnd' });
    return;
  }
  thread.next++;
  const jobId = e.nextJobId++;
  step(e, 'runJob', { jobId }, { action: job.action, rdd: job.rdd, thread: thread.name });
  const result = job.stages.find((s) => s.kind === 'Result');
  if (!result || result.partitions.length === 0) {
    // a job on no partitions posts JobStart and JobEnd at once and creates no stage.
    const properties = {
      sqlExecutionId: null,
      jobGroup: null,
      description: null,
      schedulerPool: job.pool ?? null,
    };
    post(e, {
      kind: 'jobStart',
      time: e.now,
      jobId,
      submissionTime: e.now,
      stageInfos: [],
      stageIds: [],
      properties,
    });
    post(e, { kind: 'jobEnd', time: e.now, jobId, completionTime: e.now, result: { kind: 'succeeded' } });
    e.queue.push(e.now + e.settings.costs.driverGapMs, { k: 'threadNext', thread });
    return;
  }
  step(e, 'jobSubmitted', { jobId }, { numPartitions: result.partitions.length });
  postDag(e, { t: 'JobSubmitted', jobId, thread, job });
}

export function applicationEnd(e: Engine): void {
  // sc.stop() waits for killed copies still reporting back; hung executors never will.
  if ([...e.executors].some((x) => x.alive && x.process === 'running' && x.running.size > 0)) {
    e.queue.push(e.now + 10, { k: 'appEnd' });
    return;
  }
  post(e, { kind: 'applicationEnd', time: e.now, exitCode: null });
  e.finished = true;
}

/** A fault reaches an executor process: it dies (the driver sees the connection drop) or hangs. */
export function executorFault(e: Engine, ex: ExecutorState, mode: 'kill' | 'hang'): void {
  if (ex.process !== 'running' || !ex.alive) return;
  ex.process = mode === 'kill' ? 'dead' : 'hung';
  e.downExecutors++;
  ex.running.clear();
  if (mode === 'kill') {
    step(e, 'executorProcessDied', { executorId: ex.id }, {});
    removeExecutor(
      e,
      ex,
      'Remote RPC client disassociated. Likely due to containers exceeding thresholds, or network issues.',
      true,
    );
    return;
  }
  // The last heartbeat went out at the last multiple of the interval; the HeartbeatReceiver checks
  // every spark.network.timeoutInterval and expires hosts silent for longer than spark.network.timeout.
  const s = e.settings;
  ex.lastHeartbeat =
    ex.addedAt + Math.floor((e.now - ex.addedAt) / s.heartbeatIntervalMs) * s.heartbeatIntervalMs;
  step(e, 'executorHung', { executorId: ex.id }, { lastHeartbeat: ex.lastHeartbeat - EPOCH });
  const deadline = ex.lastHeartbeat + s.networkTimeoutMs;
  const check =
    EPOCH + Math.ceil((deadline + 1 - EPOCH) / s.networkTimeoutIntervalMs) * s.networkTimeoutIntervalMs;
  e.queue.push(check, { k: 'heartbeatCheck' });
}

/** `HeartbeatReceiver.expireDeadHosts`. */
export function heartbeatCheck(e: Engine): void {
  for (const ex of [...e.executors]) {
    if (!ex.alive || ex.process !== 'hung' || e.now - ex.lastHeartbeat <= e.settings.networkTimeoutMs)
      continue;
    const ms = e.now - ex.lastHeartbeat;
    step(e, 'heartbeatTimeout', { executorId: ex.id }, { ms, timeout: e.settings.networkTimeoutMs });
    removeExecutor(e, ex, `Executor heartbeat timed out after ${ms} ms`, true);
  }
}

/** `checkSpeculatableTasks` every spark.speculation.interval while task sets run. */
export function speculationCheck(e: Engine): void {
  e.speculationScheduled = false;
  const s = e.settings.speculation;
  let found = false;
  for (const tsm of e.taskSets) {
    for (const index of tsm.checkSpeculatable(e.now, s.quantile, s.multiplier, s.minTaskRuntimeMs)) {
      found = true;
      step(e, 'speculatableTask', { stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt }, { index });
      postDag(e, { t: 'SpeculativeTaskSubmitted', tsm, index });
    }
  }
  if (found) reviveOffers(e);
}

/**
 * ExecutorAllocationManager, simplified: after `schedulerBacklogTimeout` of pending tasks it asks for
 * 1, then 2, 4 … more executors every `sustainedSchedulerBacklogTimeout` up to what the backlog
 * needs and `maxExecutors`; an executor idle for `executorIdleTimeout` is removed down to
 * `minExecutors` (only when no shuffle output would be lost with it).
 */
export function allocationTick(e: Engine): void {
  const da = e.settings.dynamicAllocation;
  let pending = 0;
  let running = 0;
  for (const tsm of e.taskSets) {
    running += tsm.running.size;
    if (tsm.isZombie) continue;
    for (let i = 0; i < tsm.numTasks; i++) if (!tsm.successful[i] && !tsm.copiesRunning[i]) pending++;
  }
  const alive = e.executors.filter((x) => x.alive);
  const slots = Math.max(1, Math.floor((e.settings.executors[0]?.cores ?? 1) / e.settings.taskCpus));
  const needed = Math.min(da.maxExecutors, Math.ceil((pending + running) / slots));
  if (pending > 0) {
    if (e.backlogSince === null) {
      e.backlogSince = e.now;
      e.nextRequestAt = e.now + da.schedulerBacklogTimeoutMs;
      e.requestBatch = 1;
    }
    const current = alive.length + e.pendingExecutorRequests;
    if (e.now >= e.nextRequestAt && current < needed) {
      const n = Math.min(e.requestBatch, needed - current);
      step(e, 'requestExecutors', {}, { add: n, target: current + n, pendingTasks: pending });
      const cores = e.settings.executors[0]?.cores ?? 2;
      for (let i = 0; i < n; i++) {
        const k = e.nextExecutorNumber++;
        e.pendingExecutorRequests++;
        e.queue.push(e.now + da.executorStartupMs, {
          k: 'executorStarted',
          spec: { id: String(k), host: `host-${k}`, rack: null, cores },
        });
      }
      e.requestBatch *= 2;
      e.nextRequestAt = e.now + da.sustainedSchedulerBacklogTimeoutMs;
    }
  } else {
    e.backlogSince = null;
  }
  let count = alive.length;
  for (const ex of alive) {
    if (count <= da.minExecutors) break;
    if (
      ex.running.size > 0 ||
      ex.freeCores < ex.spec.cores ||
      e.now - ex.idleSince < da.executorIdleTimeoutMs
    )
      continue;
    const holdsOutput = [...e.shuffles.values()].some((s) => s.byExecutor.has(ex));
    if (holdsOutput && !e.settings.externalShuffleService) continue;
    step(e, 'removeIdleExecutor', { executorId: ex.id }, { idleMs: e.now - ex.idleSince });
    ex.process = 'dead';
    e.downExecutors++;
    removeExecutor(e, ex, 'Executor killed by driver.', false);
    count--;
  }
  if (!e.finished)
    e.queue.push(e.now + Math.min(da.schedulerBacklogTimeoutMs, 1000) / 2, { k: 'allocationTick' });
}
