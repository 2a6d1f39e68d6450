import { describe, expect, it } from 'vitest';
import {
  BAR_FAILED,
  BAR_KILLED,
  BAR_NO_START,
  BAR_RESUBMITTED,
  BAR_SPECULATIVE,
  BAR_UNFINISHED,
  PHASE_COUNT,
  RELEASE_SLACK_MS,
  buildTimeline,
  type TimelineLayout,
} from '../../../src/layout/index.ts';
import type { TaskEndReason, Trace } from '../../../src/model/index.ts';
import { handTrace, info, realLog, wordCount } from './traces.ts';

const has = (t: TimelineLayout, b: number, flag: number): boolean => (t.bars.flags[b]! & flag) !== 0;
const bars = (t: TimelineLayout): number[] => Array.from({ length: t.bars.count }, (_, b) => b);
const starts = (trace: Trace): number => trace.events.filter((e) => e.kind === 'taskStart').length;

/**
 * Every lane's bars are sorted by start and overlap the previous bar by at most its release slack
 * (the CPU is freed before the finish is recorded); every bar lies in its executor's lanes.
 */
function expectWellFormed(t: TimelineLayout): void {
  const { bars: b, laneOrder, laneOffsets } = t;
  expect(laneOffsets[t.laneCount]).toBe(b.count);
  for (let lane = 0; lane < t.laneCount; lane++)
    for (let p = laneOffsets[lane]! + 1; p < laneOffsets[lane + 1]!; p++) {
      const prev = laneOrder[p - 1]!;
      const slack = RELEASE_SLACK_MS + b.phases[prev * PHASE_COUNT + PHASE_COUNT - 1]!;
      expect(b.start[laneOrder[p]!]!).toBeGreaterThanOrEqual(b.start[prev]!);
      expect(b.start[laneOrder[p]!]!).toBeGreaterThanOrEqual(b.end[prev]! - slack);
    }
  for (const i of bars(t)) {
    const x = t.executors[b.executor[i]!]!;
    expect(b.lane[i]).toBeGreaterThanOrEqual(x.firstLane);
    expect(b.lane[i]).toBeLessThan(x.firstLane + x.laneCount);
    expect(b.end[i]).toBeGreaterThanOrEqual(b.start[i]!);
    let sum = 0;
    for (let p = 0; p < PHASE_COUNT; p++) sum += b.phases[i * PHASE_COUNT + p]!;
    expect(sum).toBeLessThanOrEqual(b.end[i]! - b.start[i]! + 1e-3);
  }
}

describe('buildTimeline on simulated word count', () => {
  it('puts every task attempt on a core lane of its executor, at most totalCores lanes each', () => {
    const trace = wordCount({ executorCount: 4, cores: 2 });
    const t = buildTimeline(trace);
    expect(t.bars.count).toBe(starts(trace));
    expect(t.executors.map((e) => [e.executorId, e.laneCount])).toEqual([
      ['0', 2],
      ['1', 2],
      ['2', 2],
      ['3', 2],
    ]);
    expectWellFormed(t);
    for (const ev of trace.events)
      if (ev.kind === 'taskStart') {
        const b = bars(t).find((i) => t.bars.taskId[i] === ev.task.taskId)!;
        expect(t.executors[t.bars.executor[b]!]!.executorId).toBe(ev.task.executorId);
        expect(t.bars.start[b]).toBe(ev.task.launchTime);
        expect(t.bars.stageId[b]).toBe(ev.stageId);
      }
  });

  it('splits each finished attempt into phases that fill its bar, from its metrics', () => {
    const t = buildTimeline(wordCount({ executorCount: 4, cores: 2 }));
    for (const i of bars(t)) {
      const p = t.bars.phases.subarray(i * PHASE_COUNT, (i + 1) * PHASE_COUNT);
      const sum = p.reduce((a, v) => a + v, 0);
      expect(sum).toBeCloseTo(t.bars.end[i]! - t.bars.start[i]!, 2);
      expect(p[1]).toBeGreaterThan(0); // deserialization
      expect(p[3]).toBeGreaterThan(0); // compute
    }
  });

  it('has one job span and one span per submitted stage attempt, in start order', () => {
    const trace = wordCount({ executorCount: 4, cores: 2 });
    const t = buildTimeline(trace);
    expect(t.jobs.map((j) => [j.id, j.failed, j.unfinished])).toEqual([[0, false, false]]);
    expect(t.stages.map((s) => `${s.id}.${s.attempt}`)).toEqual(['0.0', '1.0']);
    expect(t.stageRows).toBe(1);
    expect(t.startTime).toBeLessThanOrEqual(t.jobs[0]!.start);
    expect(t.endTime).toBeGreaterThanOrEqual(t.jobs[0]!.end);
  });

  it('marks failed attempts and their retries (fail-task, R-11.1)', () => {
    const t = buildTimeline(wordCount({ executorCount: 2, cores: 2 }, ['fail-task:0.1x2']));
    const idx1 = bars(t).filter((i) => t.bars.stageId[i] === 0 && t.bars.taskIndex[i] === 1);
    expect(idx1.map((i) => [t.bars.attempt[i], has(t, i, BAR_FAILED)])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expectWellFormed(t);
  });

  it('marks the speculative copy and the killed loser of a straggler race (R-10.7)', () => {
    const t = buildTimeline(
      wordCount({ executorCount: 4, cores: 2, speculation: { enabled: true } }, ['straggler:0.2*8']),
    );
    const idx2 = bars(t).filter((i) => t.bars.stageId[i] === 0 && t.bars.taskIndex[i] === 2);
    expect(idx2.map((i) => [has(t, i, BAR_SPECULATIVE), has(t, i, BAR_KILLED)])).toEqual([
      [false, true],
      [true, false],
    ]);
    const [a, b] = idx2 as [number, number];
    expect(t.bars.start[b]).toBeLessThan(t.bars.end[a]!);
    expect(t.bars.lane[a]).not.toBe(t.bars.lane[b]);
    expectWellFormed(t);
  });

  it('shows a lost executor with its removal time and a resubmitted map stage attempt (R-11.3, R-11.2)', () => {
    const t = buildTimeline(
      wordCount({ executorCount: 3, cores: 2 }, ['kill-executor:1@1.5', 'fetch-failure:1.0']),
    );
    const lost = t.executors.find((e) => e.executorId === '1')!;
    expect(lost.removeTime).not.toBeNull();
    for (const i of bars(t))
      if (t.executors[t.bars.executor[i]!] === lost)
        expect(t.bars.start[i]).toBeLessThanOrEqual(lost.removeTime!);
    expect(t.stages.some((s) => s.attempt > 0)).toBe(true);
    expect(t.stages.some((s) => s.failed)).toBe(true);
    expectWellFormed(t);
  });
});

describe('buildTimeline on real Spark logs', () => {
  it('word count (Spark 3.5, local mode): 8 attempts on the driver, within its cores', async () => {
    const trace = await realLog('spark-3.5/word-count');
    const t = buildTimeline(trace);
    expect(t.bars.count).toBe(starts(trace));
    expect(t.bars.count).toBe(8);
    const driver = t.executors.find((e) => e.executorId === 'driver')!;
    expect(driver.laneCount).toBe(Math.max(driver.totalCores, 1));
    expectWellFormed(t);
    expect(bars(t).every((i) => t.bars.phases[i * PHASE_COUNT + 3]! > 0)).toBe(true);
  });

  it('app-20161115172038-0000: 26 attempts on 4 executors of 4 cores, 10 failed', async () => {
    // Its log launches some attempts 3 ms before the attempt they replace on that core is recorded
    // as finished (the release slack); they still share the core's lane.
    const t = buildTimeline(await realLog('spark-tests/app-20161115172038-0000'));
    expect(t.bars.count).toBe(26);
    expect(bars(t).filter((i) => has(t, i, BAR_FAILED))).toHaveLength(10);
    for (const e of t.executors.filter((x) => x.executorId !== 'driver')) expect(e.laneCount).toBe(4);
    expectWellFormed(t);
  });

  it('application_1628109047826_1317105: task 4 is the speculative copy, killed; 6 executors removed', async () => {
    const t = buildTimeline(await realLog('spark-tests/application_1628109047826_1317105'));
    expect(t.bars.count).toBe(5);
    expect(
      bars(t)
        .filter((i) => has(t, i, BAR_SPECULATIVE))
        .map((i) => t.bars.taskId[i]),
    ).toEqual([4]);
    expect(
      bars(t)
        .filter((i) => has(t, i, BAR_KILLED))
        .map((i) => t.bars.taskId[i]),
    ).toEqual([4]);
    expect(t.executors.filter((e) => e.removeTime !== null)).toHaveLength(6);
    expectWellFormed(t);
  });
});

describe('buildTimeline on hand-written traces', () => {
  const start = (id: number, ex: string, at: number) =>
    ({ kind: 'taskStart', time: at, stageId: 0, stageAttemptId: 0, task: info(id, ex, at) }) as const;
  const end = (
    id: number,
    ex: string,
    at: number,
    finish: number,
    reason: TaskEndReason = { kind: 'success' },
  ) =>
    ({
      kind: 'taskEnd',
      time: finish,
      stageId: 0,
      stageAttemptId: 0,
      taskType: 'ShuffleMapTask',
      reason,
      task: info(id, ex, at, { finishTime: finish }),
      metrics: null,
    }) as const;

  it('grows the lanes when a log runs more attempts at once than the executor has cores', () => {
    const t = buildTimeline(
      handTrace({ '1': 1 }, [
        start(0, '1', 0),
        start(1, '1', 1),
        start(2, '1', 2),
        end(0, '1', 0, 10),
        end(1, '1', 1, 10),
        end(2, '1', 2, 10),
      ]),
    );
    expect(t.executors[0]!.laneCount).toBe(3);
    expect(new Set(t.bars.lane)).toEqual(new Set([0, 1, 2]));
    expectWellFormed(t);
  });

  it('keeps an attempt launched a few ms before the previous finish is recorded on the same core', () => {
    const t = buildTimeline(
      handTrace({ '1': 1 }, [start(0, '1', 0), start(1, '1', 9), end(0, '1', 0, 10), end(1, '1', 9, 20)]),
    );
    expect(t.executors[0]!.laneCount).toBe(1);
    expectWellFormed(t);
    const far = buildTimeline(
      handTrace({ '1': 1 }, [start(0, '1', 0), start(1, '1', 5), end(0, '1', 0, 50), end(1, '1', 5, 60)]),
    );
    expect(far.executors[0]!.laneCount).toBe(2);
  });

  it('reuses a lane for an attempt that starts when another ends', () => {
    const t = buildTimeline(
      handTrace({ '1': 1 }, [start(0, '1', 0), end(0, '1', 0, 5), start(1, '1', 5), end(1, '1', 5, 9)]),
    );
    expect(t.executors[0]!.laneCount).toBe(1);
  });

  it('runs an attempt with no TaskEnd to the end of the trace, and keeps one with no TaskStart', () => {
    const t = buildTimeline(
      handTrace({ '1': 2 }, [
        start(0, '1', 0),
        end(1, '1', 2, 7),
        { kind: 'applicationEnd', time: 20, exitCode: null },
      ]),
    );
    const open = bars(t).find((i) => t.bars.taskId[i] === 0)!;
    expect([t.bars.end[open], has(t, open, BAR_UNFINISHED)]).toEqual([20, true]);
    const cut = bars(t).find((i) => t.bars.taskId[i] === 1)!;
    expect([t.bars.start[cut], t.bars.end[cut], has(t, cut, BAR_NO_START)]).toEqual([2, 7, true]);
  });

  it('marks a Resubmitted second TaskEnd on the succeeded attempt without moving its end', () => {
    const t = buildTimeline(
      handTrace({ '1': 1 }, [
        start(0, '1', 0),
        end(0, '1', 0, 5),
        end(0, '1', 0, 30, { kind: 'resubmitted' }),
      ]),
    );
    expect([t.bars.count, t.bars.end[0], has(t, 0, BAR_RESUBMITTED), has(t, 0, BAR_FAILED)]).toEqual([
      1,
      5,
      true,
      false,
    ]);
  });

  it('gives an empty trace no bars and no lanes', () => {
    const t = buildTimeline(handTrace({}, []));
    expect([t.bars.count, t.laneCount, t.jobs.length, t.stages.length]).toEqual([0, 0, 0, 0]);
  });
});
