/**
 * Positions of a trace for the controller, and what is running at a position, read straight from
 * the trace's listener events: the stand-in for the model's `createPlayback` (src/model/playback)
 * until it is part of the model. Times follow the contract: the time at position i is the time of
 * event i-1, the first event's time at 0.
 */
import type { Trace } from '../../model/index.ts';
import type { Positions } from './playback-controller.ts';

export interface ActiveAt {
  readonly runningStageIds: ReadonlySet<number>;
  readonly runningTaskIds: ReadonlySet<number>;
  /** The job started last, or null before the first job. */
  readonly jobId: number | null;
}

export interface TracePositions extends Positions {
  readonly stageBoundaries: readonly number[];
  /** Stage ids submitted and not completed, and task ids started and not ended, after `index` events. */
  activeAt(index: number): ActiveAt;
}

/** Largest i with sorted[i] < x, or -1 (binary search). */
function lastBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function tracePositions(trace: Trace): TracePositions {
  const events = trace.events;
  const length = events.length;
  const boundaries: number[] = [];
  // Running maximum of the times, so "the largest position whose time <= t" is a binary search
  // even where posting order is not time order.
  const maxTime: number[] = [];
  let max = -Infinity;
  for (const [i, e] of events.entries()) {
    if (e.kind === 'stageSubmitted' || e.kind === 'stageCompleted') boundaries.push(i + 1);
    max = Math.max(max, e.time);
    maxTime.push(max);
  }
  const timeAt = (index: number): number => {
    const i = Math.max(0, Math.min(length, index));
    return i === 0 ? (events[0]?.time ?? 0) : (events[i - 1]?.time ?? 0);
  };
  return {
    length,
    stageBoundaries: boundaries,
    timeAt,
    indexAtTime(time) {
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((maxTime[mid] as number) <= time) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    nextBoundary(index) {
      const i = lastBelow(boundaries, index + 1) + 1;
      return boundaries[i] ?? length;
    },
    prevBoundary(index) {
      return boundaries[lastBelow(boundaries, index)] ?? 0;
    },
    activeAt(index) {
      const runningStageIds = new Set<number>();
      const runningTaskIds = new Set<number>();
      let jobId: number | null = null;
      const end = Math.max(0, Math.min(length, index));
      for (let i = 0; i < end; i++) {
        const e = events[i];
        if (e?.kind === 'jobStart') jobId = e.jobId;
        else if (e?.kind === 'stageSubmitted') runningStageIds.add(e.stage.stageId);
        else if (e?.kind === 'stageCompleted') runningStageIds.delete(e.stage.stageId);
        else if (e?.kind === 'taskStart') runningTaskIds.add(e.task.taskId);
        else if (e?.kind === 'taskEnd') runningTaskIds.delete(e.task.taskId);
      }
      return { runningStageIds, runningTaskIds, jobId };
    },
  };
}
