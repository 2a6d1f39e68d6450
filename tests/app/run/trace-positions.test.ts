import { describe, expect, it } from 'vitest';
import { tracePositions } from '../../../src/app/run/trace-positions.ts';
import { wordCountTrace } from './word-count-trace.ts';

const events = wordCountTrace.events;
const p = tracePositions(wordCountTrace);

describe('tracePositions', () => {
  it('gives each position the time of its current event, the first event’s time at 0', () => {
    expect(p.timeAt(0)).toBe(events[0]!.time);
    expect(p.timeAt(1)).toBe(events[0]!.time);
    expect(p.timeAt(events.length)).toBe(events.at(-1)!.time);
  });

  it('finds the largest position whose time is at most a time', () => {
    for (const i of [0, 1, 10, 40, events.length]) {
      const found = p.indexAtTime(p.timeAt(i));
      expect(p.timeAt(found)).toBe(p.timeAt(i));
      expect(found).toBeGreaterThanOrEqual(i);
      if (found < events.length) expect(events[found]!.time).toBeGreaterThan(p.timeAt(i));
    }
  });

  it('names the running stages and tasks after a number of events, and the job started last', () => {
    const submitted = events.findIndex((e) => e.kind === 'stageSubmitted');
    const firstTask = events.findIndex((e) => e.kind === 'taskStart');
    expect(p.activeAt(submitted).runningStageIds.size).toBe(0);
    expect([...p.activeAt(submitted + 1).runningStageIds]).toEqual([0]);
    expect(p.activeAt(submitted + 1).jobId).toBe(0);
    const first = events[firstTask]!;
    expect([...p.activeAt(firstTask + 1).runningTaskIds]).toEqual([
      first.kind === 'taskStart' && first.task.taskId,
    ]);
    const end = p.activeAt(events.length);
    expect([end.runningStageIds.size, end.runningTaskIds.size]).toEqual([0, 0]);
  });

  it('is the same at a position however it was reached (going backwards is exact)', () => {
    const forward = Array.from({ length: events.length + 1 }, (_, i) => p.activeAt(i));
    for (let i = events.length; i >= 0; i--) {
      const again = p.activeAt(i);
      expect([...again.runningStageIds]).toEqual([...forward[i]!.runningStageIds]);
      expect([...again.runningTaskIds]).toEqual([...forward[i]!.runningTaskIds]);
    }
  });
});
