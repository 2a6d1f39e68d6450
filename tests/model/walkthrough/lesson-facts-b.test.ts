/**
 * What lessons 8–14 state, checked against the planner and the simulated trace, and against the
 * runs the lessons invite the reader to try in the what-if panel (variants). Rule ids are
 * shared/spark-rules.md.
 */
import { describe, expect, it } from 'vitest';
import { resolveCluster } from '../../../src/model/index.ts';
import { eventsOf, lesson, stepsOf, variant } from './lesson-support.ts';

describe('lesson 8, task failures', () => {
  const p = lesson('08-task-failures');
  const ends = eventsOf(p.trace, 'taskEnd');
  it('uses spark.task.maxFailures = 4 on a cluster (R-10.1)', () => {
    expect(resolveCluster(p.lesson.cluster).maxTaskFailures).toBe(4);
  });
  it('retries a failed task with a new TID and attempt 1 in the same stage attempt (R-11.1)', () => {
    const p1 = ends.filter((e) => e.stageId === 0 && e.task.partitionId === 1);
    expect(p1.map((e) => [e.task.attempt, e.reason.kind, e.stageAttemptId])).toEqual([
      [0, 'exceptionFailure', 0],
      [1, 'success', 0],
    ]);
    expect(p1[0]?.task.taskId).not.toBe(p1[1]?.task.taskId);
    expect(eventsOf(p.trace, 'stageSubmitted').filter((e) => e.stage.stageId === 0)).toHaveLength(1);
  });
  it('aborts the job after the 4th failure of one task, with no 5th attempt (R-11.1)', () => {
    const p2 = ends.filter((e) => e.stageId === 1 && e.task.partitionId === 2);
    expect(p2.map((e) => [e.task.attempt, e.reason.kind])).toEqual([
      [0, 'exceptionFailure'],
      [1, 'exceptionFailure'],
      [2, 'exceptionFailure'],
      [3, 'exceptionFailure'],
    ]);
    expect(stepsOf(p.trace, 'taskSetAborted').map((s) => s.stageId)).toEqual([1]);
    expect(eventsOf(p.trace, 'jobEnd')[0]?.result.kind).toBe('failed');
  });
  it('would abort at the first failure in local mode (R-10.1)', () => {
    expect(resolveCluster({ deployMode: 'local' }).maxTaskFailures).toBe(1);
  });
});

describe('lesson 9, a lost executor', () => {
  const p = lesson('09-lost-executor');
  it('has two reduce tasks running on executor 1 when it hangs', () => {
    const hung = stepsOf(p.trace, 'executorHung')[0];
    const running = eventsOf(p.trace, 'taskStart').filter(
      (s) =>
        s.stageId === 1 &&
        s.task.executorId === '1' &&
        s.time <= (hung?.time ?? 0) &&
        !eventsOf(p.trace, 'taskEnd').some(
          (e) => e.task.taskId === s.task.taskId && e.time <= (hung?.time ?? 0),
        ),
    );
    expect(running).toHaveLength(2);
    expect(eventsOf(p.trace, 'stageCompleted').find((e) => e.stage.stageId === 0)!.time).toBeLessThan(
      hung!.time,
    );
  });
  it('notices the hang only after spark.network.timeout (120 s) without heartbeats (R-11.3)', () => {
    const hung = stepsOf(p.trace, 'executorHung')[0]!;
    const timeout = stepsOf(p.trace, 'heartbeatTimeout')[0]!;
    expect(timeout.executorId).toBe('1');
    expect(timeout.time - hung.time).toBeGreaterThanOrEqual(120_000 - 10_000);
    expect(timeout.data?.timeout).toBe(120_000);
    const lost = eventsOf(p.trace, 'taskEnd').filter((e) => e.reason.kind === 'executorLostFailure');
    expect(lost).toHaveLength(2);
  });
  it('drops the 2 map outputs of executor 1 and resubmits stage 0 with its 2 missing partitions (R-11.3, R-11.2)', () => {
    expect(stepsOf(p.trace, 'removeOutputsOnExecutor')[0]?.data?.outputs).toBe(2);
    const attempts = eventsOf(p.trace, 'stageSubmitted').map((e) => [
      e.stage.stageId,
      e.stage.attemptId,
      e.stage.numTasks,
    ]);
    expect(attempts).toContainEqual([0, 1, 2]);
    expect(attempts).toContainEqual([1, 1, 2]);
    expect(eventsOf(p.trace, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
  it('with the external shuffle service keeps the outputs and resubmits no stage (R-11.3)', () => {
    const t = variant('09-lost-executor', { externalShuffleService: true });
    expect(stepsOf(t, 'heartbeatTimeout')).toHaveLength(1);
    expect(stepsOf(t, 'removeOutputsOnExecutor')).toHaveLength(0);
    expect(eventsOf(t, 'stageSubmitted').every((e) => e.stage.attemptId === 0)).toBe(true);
    const retried = eventsOf(t, 'taskEnd').filter((e) => e.task.attempt === 1);
    expect(retried.map((e) => [e.stageId, e.reason.kind])).toEqual([
      [1, 'success'],
      [1, 'success'],
    ]);
    expect(eventsOf(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
  it('under dynamic allocation removes an executor idle for executorIdleTimeout (60 s), its shuffle files kept', () => {
    const t = variant('09-lost-executor', {
      externalShuffleService: true,
      dynamicAllocation: { enabled: true, minExecutors: 0 },
    });
    const removed = stepsOf(t, 'removeIdleExecutor');
    expect(removed.map((r) => r.executorId)).toEqual(['0']);
    expect(Number(removed[0]?.data?.idleMs)).toBeGreaterThanOrEqual(60_000);
    expect(stepsOf(t, 'executorLost').map((s) => s.data?.fileLost)).toEqual([0, 0]);
    expect(stepsOf(t, 'requestExecutors').length).toBeGreaterThan(0);
    expect(eventsOf(t, 'stageSubmitted').every((e) => e.stage.attemptId === 0)).toBe(true);
    expect(eventsOf(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
});

describe('lesson 10, fetch failure', () => {
  const p = lesson('10-fetch-failure');
  it('fails stage 1 attempt 0 on FetchFailed without counting a task failure (R-11.1, R-11.2)', () => {
    const failed = eventsOf(p.trace, 'taskEnd').filter((e) => e.reason.kind === 'fetchFailed');
    expect(failed.map((e) => [e.stageId, e.task.partitionId, e.task.attempt])).toEqual([[1, 0, 0]]);
    const done = eventsOf(p.trace, 'stageCompleted').find(
      (e) => e.stage.stageId === 1 && e.stage.attemptId === 0,
    );
    expect(done?.stage.failureReason).toMatch(/^FetchFailed/);
    expect(stepsOf(p.trace, 'taskRetry').filter((s) => s.stageId === 1)).toHaveLength(0);
  });
  it('resubmits after 200 ms: stage 0 attempt 1 with 2 tasks, then stage 1 attempt 1 with partition 0 (R-11.2)', () => {
    const done = eventsOf(p.trace, 'stageCompleted').find(
      (e) => e.stage.stageId === 1 && e.stage.attemptId === 0,
    )!;
    const resubmit = stepsOf(p.trace, 'resubmitFailedStages')[0]!;
    expect(resubmit.time - done.time).toBe(200);
    const submitted = eventsOf(p.trace, 'stageSubmitted').map((e) => [
      e.stage.stageId,
      e.stage.attemptId,
      e.stage.numTasks,
    ]);
    expect(submitted).toEqual([
      [0, 0, 4],
      [1, 0, 4],
      [0, 1, 2],
      [1, 1, 1],
    ]);
    const retry = eventsOf(p.trace, 'taskStart').filter((e) => e.stageId === 1 && e.stageAttemptId === 1);
    expect(retry.map((e) => e.task.partitionId)).toEqual([0]);
    expect(eventsOf(p.trace, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
  it('uses spark.stage.maxConsecutiveAttempts = 4 (R-11.2)', () => {
    expect(resolveCluster(p.lesson.cluster).maxConsecutiveStageAttempts).toBe(4);
  });
});

describe('lesson 11, FIFO and FAIR', () => {
  const order = (t: ReturnType<typeof variant>) => eventsOf(t, 'jobEnd').map((e) => e.jobId);
  it('under FAIR puts pool dashboard first and finishes job 1 before job 0 (R-10.2)', () => {
    const p = lesson('11-fifo-vs-fair');
    expect(order(p.trace)).toEqual([1, 0]);
    const first = eventsOf(p.trace, 'taskStart')[0];
    expect(first?.stageId).toBe(1);
    expect(stepsOf(p.trace, 'submitTasks').map((s) => s.data?.pool)).toEqual(['etl', 'dashboard']);
  });
  it('under FIFO starts job 1 only after every task of job 0 has launched (R-10.2)', () => {
    const t = variant('11-fifo-vs-fair', { schedulingMode: 'FIFO' });
    const starts = eventsOf(t, 'taskStart');
    const lastOfJob0 = starts.map((s) => s.stageId).lastIndexOf(0);
    const firstOfJob1 = starts.findIndex((s) => s.stageId === 1);
    expect(firstOfJob1).toBeGreaterThan(lastOfJob0);
    expect(starts.filter((s) => s.stageId === 0)).toHaveLength(16);
  });
});

describe('lesson 12, shuffle writers and files', () => {
  const p = lesson('12-shuffle-files');
  const writers = (t: typeof p.trace, stage: number) =>
    new Set(
      stepsOf(t, 'shuffleWrite')
        .filter((w) => w.stageId === stage)
        .map((w) => `${w.data?.writer}/${w.data?.files}`),
    );
  it('picks SortShuffleWriter, BypassMergeSortShuffleWriter and UnsafeShuffleWriter, 2 files each (R-12.1, R-12.2)', () => {
    expect(writers(p.trace, 0)).toEqual(new Set(['SortShuffleWriter/2']));
    expect(writers(p.trace, 2)).toEqual(new Set(['BypassMergeSortShuffleWriter/2']));
    expect(writers(p.trace, 4)).toEqual(new Set(['UnsafeShuffleWriter/2']));
    expect(resolveCluster(p.lesson.cluster).bypassMergeThreshold).toBe(200);
    expect(p.plan.jobs.map((j) => j.stages.map((s) => s.numTasks))).toEqual([
      [4, 4],
      [4, 4],
      [4, 400],
    ]);
  });
  it('would write M×R = 1,600 files for stage 4 with the legacy hash shuffle (R-12.3)', () => {
    const t = variant('12-shuffle-files', { legacyHashShuffle: true });
    const writes = stepsOf(t, 'shuffleWrite').filter((w) => w.stageId === 4);
    expect(writes).toHaveLength(4);
    expect(writes.reduce((n, w) => n + Number(w.data?.files), 0)).toBe(1600);
  });
});

describe('lesson 13, deploy modes', () => {
  const props = (t: ReturnType<typeof variant>) => eventsOf(t, 'environmentUpdate')[0]?.sparkProperties ?? {};
  const executors = (t: ReturnType<typeof variant>) => eventsOf(t, 'executorAdded').map((e) => e.executorId);
  it('runs YARN cluster mode with executors numbered from 1 (flow "Setup")', () => {
    const p = lesson('13-deploy-modes');
    expect(props(p.trace)).toMatchObject({ 'spark.master': 'yarn', 'spark.submit.deployMode': 'cluster' });
    expect(executors(p.trace)).toEqual(['1', '2']);
    expect(eventsOf(p.trace, 'taskStart').every((s) => s.task.executorId !== 'driver')).toBe(true);
  });
  it('numbers standalone executors from 0; Kubernetes and YARN cluster mode run the driver in the cluster', () => {
    expect(executors(variant('13-deploy-modes', { deployMode: 'standalone' }))).toEqual(['0', '1']);
    expect(props(variant('13-deploy-modes', { deployMode: 'kubernetes' }))['spark.submit.deployMode']).toBe(
      'cluster',
    );
    expect(props(variant('13-deploy-modes', { deployMode: 'yarn-client' }))['spark.submit.deployMode']).toBe(
      'client',
    );
  });
  it('runs local mode in one executor named "driver" with maxFailures 1 (R-10.1)', () => {
    const t = variant('13-deploy-modes', { deployMode: 'local', executorCount: 1 });
    expect(new Set(eventsOf(t, 'taskStart').map((s) => s.task.executorId))).toEqual(new Set(['driver']));
    expect(props(t)['spark.task.maxFailures']).toBe('1');
  });
});

describe('lesson 14, cache and persist', () => {
  const p = lesson('14-cache-and-persist');
  const inStage = (step: string, stage: number) => stepsOf(p.trace, step).filter((s) => s.stageId === stage);
  const rddOf = (block: unknown) => String(block).split('_')[1];
  it('fits 2 blocks of 25 MB per executor, so job 0 caches all 4 partitions of cached', () => {
    for (const s of stepsOf(p.trace, 'blockStored')) expect(s.data?.bytes).toBe(25_000_000);
    expect(resolveCluster(p.lesson.cluster).storageMemoryBytes).toBe(60_000_000);
    expect(inStage('blockStored', 0)).toHaveLength(4);
    expect(stepsOf(p.trace, 'blockEvicted').every((s) => s.time > eventsOf(p.trace, 'jobEnd')[0]!.time)).toBe(
      true,
    );
  });
  it('evicts only blocks of another RDD than the one being stored (MemoryStore.evictBlocksToFreeSpace)', () => {
    const events = p.trace.events;
    events.forEach((e, i) => {
      if (e.kind !== 'step' || e.step !== 'blockEvicted') return;
      const stored = events.slice(i).find((n) => n.kind === 'step' && n.step === 'blockStored');
      expect(stored?.kind === 'step' && rddOf(stored.data?.block)).not.toBe(rddOf(e.data?.block));
    });
  });
  it('drops MEMORY_ONLY blocks in job 1, so job 2 recomputes all 4 and pushes spilled to disk', () => {
    const evicted = stepsOf(p.trace, 'blockEvicted');
    const dropped = evicted.filter((s) => rddOf(s.data?.block) === '1');
    const toDisk = evicted.filter((s) => rddOf(s.data?.block) === '2');
    expect(dropped.map((s) => s.data?.toDisk)).toEqual([0, 0, 0, 0]);
    expect(toDisk.map((s) => s.data?.toDisk)).toEqual([1, 1, 1, 1]);
    expect(inStage('blockRead', 2)).toHaveLength(0);
    expect(inStage('blockStored', 2)).toHaveLength(4);
  });
  it('reads all 4 blocks of spilled from disk in job 3 and recomputes none', () => {
    const reads = inStage('blockRead', 3);
    expect(reads.map((r) => r.data?.place)).toEqual(['disk', 'disk', 'disk', 'disk']);
    expect(inStage('blockStored', 3)).toHaveLength(0);
  });
});
