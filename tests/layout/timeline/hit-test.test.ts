import { describe, expect, it } from 'vitest';
import {
  barAt,
  barOfTask,
  barsInWindow,
  buildTimeline,
  runningBar,
  stepBar,
  type TimelineLayout,
} from '../../../src/layout/index.ts';
import { realLog, wordCount } from './traces.ts';

const layout = buildTimeline(
  wordCount({ executorCount: 4, cores: 2, speculation: { enabled: true } }, [
    'straggler:0.2*8',
    'fail-task:0.1x2',
  ]),
);
const all = (t: TimelineLayout): number[] => Array.from({ length: t.bars.count }, (_, b) => b);
const { start, end, lane } = layout.bars;

/** Deterministic sample times across a trace, including every bar's start and end. */
const sampleTimes = (t: TimelineLayout): number[] => [
  ...all(t).flatMap((b) => [t.bars.start[b]!, t.bars.end[b]!, (t.bars.start[b]! + t.bars.end[b]!) / 2]),
  ...Array.from({ length: 50 }, (_, i) => t.startTime + ((t.endTime - t.startTime) * i) / 49),
];
const times = sampleTimes(layout);
/** A real log whose attempts overlap on a core by the release slack. */
const realLayout = buildTimeline(await realLog('spark-tests/app-20161115172038-0000'));

describe('timeline queries', () => {
  it('barAt finds the bar under a time in its lane, and nothing in a gap', () => {
    for (const b of all(layout)) expect(barAt(layout, lane[b]!, (start[b]! + end[b]!) / 2)).toBe(b);
    for (let l = 0; l < layout.laneCount; l++)
      for (const t of times) {
        const hit = barAt(layout, l, t);
        const brute = all(layout).filter((b) => lane[b] === l && start[b]! <= t && t <= end[b]!);
        if (brute.length === 0) expect(hit).toBe(-1);
        else expect(brute).toContain(hit);
      }
  });

  it('barAt with slack reaches the nearest bar within the slack', () => {
    const b = 0;
    expect(barAt(layout, lane[b]!, start[b]! - 3, 5)).toBe(b);
    expect(barAt(layout, lane[b]!, start[b]! - 3, 0)).not.toBe(b);
  });

  it('runningBar agrees with a scan of every bar (start ≤ t < end; the later-started of two)', () => {
    for (const t0 of [layout, realLayout])
      for (let l = 0; l < t0.laneCount; l++)
        for (const t of sampleTimes(t0)) {
          const brute = all(t0)
            .filter((b) => t0.bars.lane[b] === l && t0.bars.start[b]! <= t && t < t0.bars.end[b]!)
            .sort((a, b) => t0.bars.start[a]! - t0.bars.start[b]!);
          expect(runningBar(t0, l, t)).toBe(brute.at(-1) ?? -1);
        }
  });

  it('barsInWindow returns the bars of the lane that touch the window (and no bar after it)', () => {
    for (let l = 0; l < layout.laneCount; l++)
      for (const [t0, t1] of [
        [layout.startTime, layout.endTime],
        [times[3]!, times[7]!],
        [layout.endTime + 1, layout.endTime + 2],
      ] as const) {
        const [from, to] = barsInWindow(layout, l, t0, t1);
        const got = Array.from(layout.laneOrder.subarray(from, to));
        const brute = all(layout).filter((b) => lane[b] === l && end[b]! >= t0 && start[b]! <= t1);
        for (const b of brute) expect(got).toContain(b);
        for (const b of got) expect([lane[b], start[b]! <= t1]).toEqual([l, true]);
      }
  });

  it('barOfTask finds every task id and answers −1 for an unknown one', () => {
    for (const b of all(layout)) expect(barOfTask(layout, layout.bars.taskId[b]!)).toBe(b);
    expect(barOfTask(layout, 1e9)).toBe(-1);
  });

  it('stepBar walks a lane left and right and moves to the nearest bar of the next lane', () => {
    const first = stepBar(layout, -1, 'right');
    expect(lane[first]).toBe(0);
    const next = stepBar(layout, first, 'right');
    if (next >= 0) {
      expect(lane[next]).toBe(0);
      expect(stepBar(layout, next, 'left')).toBe(first);
    }
    expect(stepBar(layout, first, 'left')).toBe(-1);
    expect(stepBar(layout, first, 'up')).toBe(-1);
    const down = stepBar(layout, first, 'down');
    expect(lane[down]).toBeGreaterThan(0);
  });
});
