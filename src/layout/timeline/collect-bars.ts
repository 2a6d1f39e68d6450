/**
 * Pass: one bar per task attempt, from the trace's TaskStart and TaskEnd events (the TaskEnd's Task
 * Info carries the getting-result time; AppStatusListener.onTaskStart/onTaskEnd build the History
 * Server's task rows the same way).
 * Needs: events in posting order. Guarantees: bars in TaskStart order (then TaskEnd order for
 * attempts whose start is missing), start ≤ end, lanes not yet assigned (−1).
 * - An attempt with no TaskEnd runs to `traceEnd` and is marked unfinished.
 * - A `Resubmitted` TaskEnd is a second end of an attempt that had succeeded (eventlog-format.md §3):
 *   it marks that bar; it never moves its end.
 * - A TaskEnd with no TaskStart (a log cut at its start) still gets a bar from its launch time.
 */
import { taskOutcome, type Locality, type Trace, type TaskEnd } from '../../model/index.ts';
import { writePhases } from './task-phases.ts';
import {
  BAR_FAILED,
  BAR_KILLED,
  BAR_NO_START,
  BAR_RESUBMITTED,
  BAR_SPECULATIVE,
  BAR_UNFINISHED,
  PHASE_COUNT,
  type TimelineBars,
} from './timeline-layout.ts';

/** Bars plus the executor ids they name (bars' `executor` indexes `executorIds`). */
export interface CollectedBars {
  readonly bars: TimelineBars;
  readonly executorIds: readonly string[];
}

/** The index of a locality in LOCALITIES (./timeline-layout.ts). */
function localityCode(l: Locality): number {
  switch (l) {
    case 'PROCESS_LOCAL':
      return 0;
    case 'NODE_LOCAL':
      return 1;
    case 'NO_PREF':
      return 2;
    case 'RACK_LOCAL':
      return 3;
    default:
      return 4;
  }
}

function slice<T extends Float64Array | Int32Array | Uint8Array | Float32Array>(a: T, n: number): T {
  return a.slice(0, n) as T;
}

/** `capacity`: the trace's TaskStart and TaskEnd events, at least as many as the bars. */
export function collectBars(trace: Trace, traceEnd: number, capacity: number): CollectedBars {
  const events = trace.events;
  const taskId = new Float64Array(capacity);
  const start = new Float64Array(capacity);
  const end = new Float64Array(capacity).fill(NaN);
  const stageId = new Int32Array(capacity);
  const stageAttempt = new Int32Array(capacity);
  const taskIndex = new Int32Array(capacity);
  const attempt = new Int32Array(capacity);
  const executor = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  const locality = new Uint8Array(capacity);
  const phases = new Float32Array(capacity * PHASE_COUNT);
  const startEvent = new Int32Array(capacity).fill(-1);
  const endEvent = new Int32Array(capacity).fill(-1);
  // Task id → bar: a dense table for the usual small integer ids, a map for any others.
  const dense = new Int32Array(capacity * 2).fill(-1);
  const sparse = new Map<number, number>();
  const barOf = (id: number): number | undefined => {
    if (Number.isInteger(id) && id >= 0 && id < dense.length) {
      const b = dense[id]!;
      return b < 0 ? undefined : b;
    }
    return sparse.get(id);
  };
  const remember = (id: number, b: number): void => {
    if (Number.isInteger(id) && id >= 0 && id < dense.length) dense[id] = b;
    else sparse.set(id, b);
  };
  const executorOf = new Map<string, number>();
  const executorIds: string[] = [];
  let count = 0;

  const executorNumber = (id: string): number => {
    let n = executorOf.get(id);
    if (n === undefined) {
      n = executorIds.length;
      executorOf.set(id, n);
      executorIds.push(id);
    }
    return n;
  };
  const open = (
    i: number,
    ev: { stageId: number; stageAttemptId: number; task: TaskEnd['task'] },
    at: number,
  ): number => {
    const b = count++;
    const t = ev.task;
    taskId[b] = t.taskId;
    start[b] = at;
    stageId[b] = ev.stageId;
    stageAttempt[b] = ev.stageAttemptId;
    taskIndex[b] = t.index;
    attempt[b] = t.attempt;
    executor[b] = executorNumber(t.executorId);
    locality[b] = localityCode(t.locality);
    if (t.speculative) flags[b]! |= BAR_SPECULATIVE;
    startEvent[b] = i;
    remember(t.taskId, b);
    return b;
  };

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.kind === 'taskStart') {
      open(i, ev, ev.task.launchTime > 0 ? ev.task.launchTime : ev.time);
    } else if (ev.kind === 'taskEnd') {
      let b = barOf(ev.task.taskId);
      if (b !== undefined && !Number.isNaN(end[b]!)) {
        if (ev.reason.kind === 'resubmitted') flags[b]! |= BAR_RESUBMITTED;
        continue;
      }
      if (b === undefined) {
        b = open(i, ev, ev.task.launchTime > 0 ? ev.task.launchTime : ev.time);
        startEvent[b] = -1;
        flags[b]! |= BAR_NO_START;
      }
      const finish = ev.task.finishTime > 0 ? ev.task.finishTime : ev.time;
      const e = Math.max(start[b]!, finish);
      end[b] = e;
      endEvent[b] = i;
      const outcome = taskOutcome(ev.reason);
      if (outcome === 'FAILED') flags[b]! |= BAR_FAILED;
      else if (outcome === 'KILLED') flags[b]! |= BAR_KILLED;
      writePhases(phases, b, ev.task, ev.metrics, start[b]!, e);
    }
  }
  for (let b = 0; b < count; b++)
    if (Number.isNaN(end[b]!)) {
      end[b] = Math.max(start[b]!, traceEnd);
      flags[b]! |= BAR_UNFINISHED;
    }
  const bars: TimelineBars = {
    count,
    taskId: slice(taskId, count),
    start: slice(start, count),
    end: slice(end, count),
    stageId: slice(stageId, count),
    stageAttempt: slice(stageAttempt, count),
    taskIndex: slice(taskIndex, count),
    attempt: slice(attempt, count),
    executor: slice(executor, count),
    lane: new Int32Array(count).fill(-1),
    flags: slice(flags, count),
    locality: slice(locality, count),
    phases: slice(phases, count * PHASE_COUNT),
    startEvent: slice(startEvent, count),
    endEvent: slice(endEvent, count),
  };
  return { bars, executorIds };
}
