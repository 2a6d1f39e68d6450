/** Positions, times and stage boundaries of the playback contract. */
import { describe, expect, it } from 'vitest';
import { createPlayback } from '../../../src/model/playback/playback.ts';
import { EMPTY_TRACE, type Trace } from '../../../src/model/trace/trace.ts';
import { wordCount } from './support.ts';

describe('positions', () => {
  const trace = wordCount(['fetch-failure:1.0']);
  const playback = createPlayback(trace);

  it('times a position by its last applied event, position 0 by the first event', () => {
    expect(playback.length).toBe(trace.events.length);
    expect(playback.timeAt(0)).toBe(trace.events[0]?.time);
    expect(playback.timeAt(5)).toBe(trace.events[4]?.time);
    expect(playback.timeAt(playback.length)).toBe(trace.events.at(-1)?.time);
  });

  it('finds the largest position whose time is at most the given time', () => {
    for (let i = 0; i <= playback.length; i++) {
      const found = playback.indexAtTime(playback.timeAt(i));
      expect(found).toBeGreaterThanOrEqual(i);
      expect(playback.timeAt(found)).toBe(playback.timeAt(i));
      if (found < playback.length) expect(playback.timeAt(found + 1)).toBeGreaterThan(playback.timeAt(i));
    }
    expect(playback.indexAtTime(playback.timeAt(0) - 1)).toBe(0);
    expect(playback.indexAtTime(Number.POSITIVE_INFINITY)).toBe(playback.length);
  });

  it('puts a boundary just after every StageSubmitted and StageCompleted', () => {
    const expected = trace.events.flatMap((ev, i) =>
      ev.kind === 'stageSubmitted' || ev.kind === 'stageCompleted' ? [i + 1] : [],
    );
    expect(playback.stageBoundaries).toEqual(expected);
    expect(playback.nextBoundary(0)).toBe(expected[0]);
    expect(playback.nextBoundary(expected[0] as number)).toBe(expected[1]);
    expect(playback.prevBoundary(expected[1] as number)).toBe(expected[0]);
    expect(playback.prevBoundary(expected[0] as number)).toBe(0);
    expect(playback.nextBoundary(playback.length)).toBe(playback.length);
  });

  it('never moves backwards in time when a log posts an event with an earlier time', () => {
    const events = [...trace.events];
    const [a, b] = [events[30], events[31]];
    if (!a || !b) throw new Error('trace too short');
    events[31] = { ...b, time: a.time - 500 };
    const shuffled: Trace = { ...trace, events };
    const p = createPlayback(shuffled);
    expect(p.indexAtTime(a.time - 250)).toBeLessThan(31);
  });
});

describe('an empty trace', () => {
  it('has one position, 0, with an empty scene', () => {
    const playback = createPlayback(EMPTY_TRACE);
    expect(playback.length).toBe(0);
    expect(playback.stageBoundaries).toEqual([]);
    expect(playback.nextBoundary(0)).toBe(0);
    expect(playback.indexAtTime(123)).toBe(0);
    const scene = playback.sceneAt(0);
    expect(scene).toMatchObject({ index: 0, time: 0, hasSteps: false, jobs: [], executors: [], tokens: [] });
    expect(scene.deploy).toEqual({ master: null, mode: 'client' });
  });
});
