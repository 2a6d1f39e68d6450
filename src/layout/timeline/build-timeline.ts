/**
 * `buildTimeline(trace)`: the timeline's geometry as a short list of passes.
 * 1. the time range of the trace (events and task times);
 * 2. one bar per task attempt, with status, locality and phases (./collect-bars.ts);
 * 3. core lanes per executor (./assign-lanes.ts);
 * 4. the bars' task-id order, for selection by id;
 * 5. job and stage-attempt spans on rows (./collect-spans.ts).
 * Linear in the events apart from two sorts of the bars; no object per task survives the build.
 */
import type { Trace } from '../../model/index.ts';
import { assignLanes } from './assign-lanes.ts';
import { collectBars } from './collect-bars.ts';
import { collectSpans } from './collect-spans.ts';
import type { TimelineBars, TimelineLayout } from './timeline-layout.ts';

/** The trace's time range, and how many TaskStart and TaskEnd events it has (the bars' capacity). */
function timeRange(trace: Trace): { startTime: number; endTime: number; taskEvents: number } {
  let lo = Infinity;
  let hi = -Infinity;
  let taskEvents = 0;
  for (const ev of trace.events) {
    if (ev.time < lo) lo = ev.time;
    if (ev.time > hi) hi = ev.time;
    if (ev.kind === 'taskEnd') {
      taskEvents++;
      if (ev.task.finishTime > hi) hi = ev.task.finishTime;
    } else if (ev.kind === 'taskStart') taskEvents++;
  }
  if (lo === Infinity) lo = hi = trace.app.startTime ?? 0;
  return { startTime: lo, endTime: Math.max(lo, hi), taskEvents };
}

function taskIdOrder(bars: TimelineBars): Int32Array {
  const order = new Int32Array(bars.count);
  for (let b = 0; b < order.length; b++) order[b] = b;
  const id = bars.taskId;
  // Task ids grow with launch order, so the bars are usually in task-id order already.
  for (let b = 1; b < order.length; b++)
    if (id[b - 1]! > id[b]!) return order.sort((a, c) => id[a]! - id[c]! || a - c);
  return order;
}

export function buildTimeline(trace: Trace): TimelineLayout {
  const { startTime, endTime, taskEvents } = timeRange(trace);
  const { bars, executorIds } = collectBars(trace, endTime, taskEvents);
  const lanes = assignLanes(trace, bars, executorIds);
  const byTaskId = taskIdOrder(bars);
  const spans = collectSpans(trace, endTime);
  return { startTime, endTime, bars, ...lanes, byTaskId, ...spans };
}
