import { describe, expect, it } from 'vitest';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import type { ClusterOptions } from '../../../src/model/simulation/settings.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import type {
  StageCompleted,
  StageSubmitted,
  TaskEnd,
  TaskStart,
} from '../../../src/model/trace/listener-events.ts';
import type { Trace } from '../../../src/model/trace/trace.ts';
import { WORD_COUNT } from './plans.ts';

function run(specs: readonly string[], cluster: ClusterOptions = {}, seed = 1): Trace {
  const faults: Fault[] = specs.map((s) => {
    const r = parseFault(s);
    if (!r.ok) throw new Error(r.message);
    return r.fault;
  });
  return simulate({ plan: WORD_COUNT }, { executorCount: 2, cores: 2, ...cluster }, { seed, faults });
}

const ofKind = <K extends string>(trace: Trace, kind: K) =>
  trace.events.filter((ev): ev is Extract<Trace['events'][number], { kind: K }> => ev.kind === kind);
const taskEnds = (t: Trace): TaskEnd[] => ofKind(t, 'taskEnd');
const taskStarts = (t: Trace): TaskStart[] => ofKind(t, 'taskStart');
const submitted = (t: Trace): StageSubmitted[] => ofKind(t, 'stageSubmitted');
const completed = (t: Trace): StageCompleted[] => ofKind(t, 'stageCompleted');

describe('task failure (R-11.1)', () => {
  it('retries the same index with a new TID and attempt + 1, in the same stage attempt', () => {
    const t = run(['fail-task:0.1x2']);
    const idx1 = taskStarts(t).filter((s) => s.stageId === 0 && s.task.index === 1);
    expect(idx1.map((s) => s.task.attempt)).toEqual([0, 1, 2]);
    expect(new Set(idx1.map((s) => s.task.taskId)).size).toBe(3);
    expect(idx1.every((s) => s.stageAttemptId === 0)).toBe(true);
    const ends = taskEnds(t).filter((e) => e.stageId === 0 && e.task.index === 1);
    expect(ends.map((e) => e.reason.kind)).toEqual(['exceptionFailure', 'exceptionFailure', 'success']);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
    expect(submitted(t).map((s) => `${s.stage.stageId}.${s.stage.attemptId}`)).toEqual(['0.0', '1.0']);
  });

  it('aborts the job after spark.task.maxFailures = 4 failures of one task on a cluster (R-10.1)', () => {
    const t = run(['fail-task:0.1x4']);
    expect(
      taskEnds(t)
        .filter((e) => e.task.index === 1 && e.stageId === 0)
        .map((e) => e.reason.kind),
    ).toEqual(Array(4).fill('exceptionFailure'));
    const stage0 = completed(t).find((c) => c.stage.stageId === 0);
    expect(stage0?.stage.failureReason).toBe('Task 1 in stage 0.0 failed 4 times; aborting job');
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('failed');
    expect(submitted(t).map((s) => s.stage.stageId)).toEqual([0]);
  });

  it('survives 3 failures of one task on a cluster', () => {
    expect(ofKind(run(['fail-task:0.1x3']), 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });

  it('aborts at the first failure in local mode, where maxFailures is 1 (R-10.1)', () => {
    const t = run(['fail-task:0.1'], { deployMode: 'local', cores: 4 });
    expect(taskEnds(t).filter((e) => e.reason.kind === 'exceptionFailure')).toHaveLength(1);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('failed');
    expect(t.executors.map((x) => x.executorId)).toEqual(['driver']);
  });
});

describe('fetch failure (R-11.2)', () => {
  it('fails the reduce attempt, then reruns the map stage for its missing partitions and the reduce stage for its own', () => {
    const t = run(['fetch-failure:1.2']);
    const ff = taskEnds(t).filter((e) => e.reason.kind === 'fetchFailed');
    expect(ff).toHaveLength(1);
    expect(
      completed(t).find((c) => c.stage.stageId === 1 && c.stage.attemptId === 0)?.stage.failureReason,
    ).toMatch(/FetchFailed/);
    const attempts = submitted(t).map((s) => `${s.stage.stageId}.${s.stage.attemptId}`);
    expect(attempts).toEqual(['0.0', '1.0', '0.1', '1.1']);
    const map1 = submitted(t).find((s) => s.stage.stageId === 0 && s.stage.attemptId === 1);
    const reduce1 = submitted(t).find((s) => s.stage.stageId === 1 && s.stage.attemptId === 1);
    // Only the missing map outputs run again: fewer than all 4 partitions.
    expect(map1?.stage.numTasks).toBeGreaterThan(0);
    expect(map1?.stage.numTasks).toBeLessThan(4);
    // The reduce retry runs only partitions that did not succeed in attempt 0.
    const doneInAttempt0 = taskEnds(t).filter(
      (e) => e.stageId === 1 && e.stageAttemptId === 0 && e.reason.kind === 'success',
    ).length;
    expect(reduce1?.stage.numTasks).toBe(4 - doneInAttempt0);
    // ResubmitFailedStages comes 200 ms after the failure.
    const failAt = ff[0]?.time ?? 0;
    expect(map1?.time).toBe(failAt + 200);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
});

describe('repeated fetch failures (R-11.2)', () => {
  it('abort the stage after spark.stage.maxConsecutiveAttempts = 4 failed attempts', () => {
    const t = run(['fetch-failure:1.0x4']);
    const attempts = submitted(t)
      .filter((s) => s.stage.stageId === 1)
      .map((s) => s.stage.attemptId);
    expect(attempts).toEqual([0, 1, 2, 3]);
    const last = completed(t)
      .filter((c) => c.stage.stageId === 1)
      .at(-1);
    // The 4th attempt completes with its fetch failure; abortStage then fails the job.
    expect(last?.stage.failureReason).toMatch(/FetchFailed/);
    const end = ofKind(t, 'jobEnd')[0]?.result;
    expect(end?.kind === 'failed' && end.message).toMatch(/failed the maximum allowable number of times: 4/);
  });

  it('survive 3 failed attempts', () => {
    expect(ofKind(run(['fetch-failure:1.0x3']), 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
});

describe('executor loss (R-11.3)', () => {
  it('a killed executor is noticed at once: its running tasks fail with ExecutorLostFailure and its map output is recomputed', () => {
    const t = run(['kill-executor:1@1.12']);
    const removed = ofKind(t, 'executorRemoved');
    expect(removed.map((r) => r.executorId)).toEqual(['1']);
    expect(removed[0]?.time).toBe(Date.UTC(2024, 0, 1) + 1120);
    const lost = taskEnds(t).filter((e) => e.reason.kind === 'executorLostFailure');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((e) => e.task.executorId === '1')).toBe(true);
    expect(submitted(t).some((s) => s.stage.stageId === 0 && s.stage.attemptId === 1)).toBe(true);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });

  it('a hung executor is noticed only after spark.network.timeout (120 s), at a HeartbeatReceiver check', () => {
    const t = run(['hang-executor:1@1.12']);
    const removed = ofKind(t, 'executorRemoved');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.time).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1) + 120_000);
    expect(removed[0]?.reason).toMatch(/heartbeat timed out/);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });

  it('with an external shuffle service the lost executor’s map output survives, so no map stage reruns', () => {
    const t = run(['kill-executor:1@1.12'], { externalShuffleService: true });
    expect(submitted(t).filter((s) => s.stage.stageId === 0)).toHaveLength(1);
    expect(ofKind(t, 'jobEnd')[0]?.result.kind).toBe('succeeded');
  });
});

describe('stragglers and speculation (R-10.7)', () => {
  it('with speculation on, a straggler gets a speculative copy; the first to finish wins and the other is killed', () => {
    const t = run(['straggler:0.2*8'], { speculation: { enabled: true } });
    expect(ofKind(t, 'speculativeTaskSubmitted').map((s) => s.taskIndex)).toEqual([2]);
    const ends = taskEnds(t).filter((e) => e.stageId === 0 && e.task.index === 2);
    expect(ends.map((e) => [e.task.speculative, e.reason.kind])).toEqual([
      [true, 'success'],
      [false, 'taskKilled'],
    ]);
  });

  it('with speculation off (the default), the straggler simply runs long', () => {
    const t = run(['straggler:0.2*8']);
    expect(ofKind(t, 'speculativeTaskSubmitted')).toHaveLength(0);
    expect(taskStarts(t).filter((s) => s.task.speculative)).toHaveLength(0);
  });
});

describe('dynamic allocation', () => {
  it('asks for executors after the scheduler backlog timeout and registers them', () => {
    const t = run([], {
      executorCount: 4,
      dynamicAllocation: { enabled: true, initialExecutors: 1, minExecutors: 1 },
      costs: { defaultRecordsPerPartition: 1_000_000 },
    });
    const added = ofKind(t, 'executorAdded');
    expect(added.length).toBeGreaterThan(1);
    const requests = t.events.filter((ev) => ev.kind === 'step' && ev.step === 'requestExecutors');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]?.time).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1) + 1000);
    // The new executors take tasks.
    expect(new Set(taskStarts(t).map((s) => s.task.executorId)).size).toBeGreaterThan(1);
  });
});
