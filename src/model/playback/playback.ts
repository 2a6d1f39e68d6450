/**
 * `createPlayback(trace)`: positions, times, stage boundaries and the scene at any position
 * (playback contract, issue 7). Scenes are exact: the state at a position is the snapshot at or
 * below it (one every SNAPSHOT_EVERY events) replayed to the position, and equals the
 * from-scratch fold (foldTo). Snapshots are taken lazily by a frontier fold that only moves
 * forward, so opening a playback costs one cheap pass (times and boundaries) and a first seek to
 * the end costs one fold. A cursor remembers the last state asked for, so playing forward
 * replays only the events since.
 */
import type { Trace, TraceEvent } from '../trace/trace.ts';
import { applyEvent, foldTo, initialState, stepDetailOf } from './fold.ts';
import { cloneState, type FoldState } from './fold-state.ts';
import { freeze } from './freeze.ts';
import type { Scene } from './scene.ts';

/**
 * Fewest events between snapshots. A scene at a random position replays at most one interval of
 * events on a copy of the snapshot below it. Measured on a 100,000-task trace (1,097,259 events:
 * 50 stages on 200 executors × 8 cores, all steps; Node 20 on 2 cores shared with other work,
 * tests/model/playback/measure-scenes.ts): with a snapshot every 2,744 events (MAX_SNAPSHOTS) a
 * random sceneAt has a median of 2.8 ms (p95 23 ms, garbage collection), one step back 2.7 ms,
 * one step forward 0.8 ms (the cursor); the snapshots take ≈ 155 MB and the first seek to the end
 * folds the whole trace in 1.7 s. Every 1,024 events gives 2.6 ms at ≈ 355 MB. A scene's cost is
 * a snapshot copy (≈ 1 ms), the replay (0.4–1 µs an event) and freezing (≈ 2.5 ms with 1,600 tasks
 * running).
 */
export const SNAPSHOT_EVERY = 1024;

/**
 * At most this many snapshots: a snapshot of a large run holds its running tasks and executors
 * (≈ 330 kB with 1,600 tasks on 200 executors), so longer traces space them further apart.
 */
export const MAX_SNAPSHOTS = 400;

/** Events between snapshots for a trace of `length` events. */
export function snapshotInterval(length: number): number {
  return Math.max(SNAPSHOT_EVERY, Math.ceil(length / MAX_SNAPSHOTS));
}

export interface Playback {
  readonly trace: Trace;
  readonly length: number;
  timeAt(index: number): number;
  indexAtTime(time: number): number;
  sceneAt(index: number): Scene;
  readonly stageBoundaries: readonly number[];
  nextBoundary(index: number): number;
  prevBoundary(index: number): number;
}

/** The first index in the sorted `xs` whose value is greater than `x`. */
function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clamp(index: number, length: number): number {
  if (!Number.isFinite(index)) throw new Error(`playback index ${index}: not a finite number`);
  return Math.max(0, Math.min(length, Math.floor(index)));
}

export function createPlayback(
  trace: Trace,
  snapshotEvery = snapshotInterval(trace.events.length),
): Playback {
  const events = trace.events;
  const length = events.length;
  const steps = stepDetailOf(trace);
  const first = events[0]?.time ?? trace.app.startTime ?? 0;
  // Running maximum of the position times: times can go back in posting order (eventlog-format.md
  // §2), and a scrub by time must land on one position.
  const maxTime = new Float64Array(length + 1);
  maxTime[0] = first;
  for (let i = 0; i < length; i++)
    maxTime[i + 1] = Math.max(maxTime[i] as number, (events[i] as TraceEvent).time);
  const boundaries: number[] = [];
  for (let i = 0; i < length; i++) {
    const kind = (events[i] as TraceEvent).kind;
    if (kind === 'stageSubmitted' || kind === 'stageCompleted') boundaries.push(i + 1);
  }
  // snapshots[k] is the state at position k × snapshotEvery, for every such position ≤ frontier.
  const frontier = initialState(trace, steps);
  const snapshots: FoldState[] = [cloneState(frontier)];
  const advanceFrontier = (target: number): void => {
    while (frontier.index < target) {
      applyEvent(frontier, events[frontier.index] as TraceEvent);
      if (frontier.index % snapshotEvery === 0) snapshots.push(cloneState(frontier));
    }
  };
  let cursor: FoldState | null = null;

  const timeAt = (index: number): number => {
    const i = clamp(index, length);
    return i === 0 ? first : (events[i - 1] as TraceEvent).time;
  };

  const stateAt = (index: number): FoldState => {
    const target = clamp(index, length);
    const base = Math.floor(target / snapshotEvery);
    advanceFrontier(base * snapshotEvery);
    let st: FoldState;
    if (cursor !== null && cursor.index <= target && target - cursor.index < target - base * snapshotEvery)
      st = cursor;
    else st = cloneState(snapshots[base] as FoldState);
    while (st.index < target) applyEvent(st, events[st.index] as TraceEvent);
    cursor = st;
    return st;
  };

  return {
    trace,
    length,
    timeAt,
    indexAtTime: (time) => Math.max(0, upperBound(maxTime, time) - 1),
    sceneAt: (index) => {
      const st = stateAt(index);
      return freeze(st, timeAt(st.index));
    },
    stageBoundaries: boundaries,
    nextBoundary: (index) => boundaries[upperBound(boundaries, index)] ?? length,
    prevBoundary: (index) => {
      let lo = 0;
      let hi = boundaries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((boundaries[mid] as number) < index) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 ? 0 : (boundaries[lo - 1] as number);
    },
  };
}

/** The scene after `index` events, folded from the start: the reference the snapshots must equal. */
export function sceneFromScratch(trace: Trace, index: number): Scene {
  const st = foldTo(trace, index);
  const last = st.index === 0 ? trace.events[0] : trace.events[st.index - 1];
  return freeze(st, last?.time ?? trace.app.startTime ?? 0);
}
