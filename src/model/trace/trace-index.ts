/**
 * Indexes over a trace that a view needs often and cheaply: the timestamp order for an animated
 * timeline, and where each task's start and end events are. Typed arrays and maps of numbers only,
 * so a trace of a million tasks indexes in a few megabytes.
 */
import type { Trace } from './trace.ts';

export interface TraceIndex {
  /** Event positions sorted by `time`, ties kept in posting order (a stable sort). */
  readonly byTime: Uint32Array;
  /** The earliest and latest event time; null for an empty trace. */
  readonly startTime: number | null;
  readonly endTime: number | null;
  /** Task id → position of its TaskStart / its last TaskEnd in `trace.events`. */
  readonly taskStart: ReadonlyMap<number, number>;
  readonly taskEnd: ReadonlyMap<number, number>;
}

export function indexTrace(trace: Trace): TraceIndex {
  const events = trace.events;
  const byTime = new Uint32Array(events.length);
  for (let i = 0; i < byTime.length; i++) byTime[i] = i;
  // Array.prototype.sort is stable (ES2019); Uint32Array.prototype.sort is not required to be.
  const order = Array.from(byTime).sort((a, b) => events[a]!.time - events[b]!.time || a - b);
  byTime.set(order);
  const taskStart = new Map<number, number>();
  const taskEnd = new Map<number, number>();
  let startTime: number | null = null;
  let endTime: number | null = null;
  events.forEach((event, i) => {
    if (startTime === null || event.time < startTime) startTime = event.time;
    if (endTime === null || event.time > endTime) endTime = event.time;
    if (event.kind === 'taskStart') taskStart.set(event.task.taskId, i);
    else if (event.kind === 'taskEnd') taskEnd.set(event.task.taskId, i);
  });
  return { byTime, startTime, endTime, taskStart, taskEnd };
}
