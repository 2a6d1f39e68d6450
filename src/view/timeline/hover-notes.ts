/**
 * What the tooltip says when the pointer is over something other than a task bar: a job or stage
 * span (its id, attempt, name, duration and outcome) or an executor's label (host, cores, when it
 * was added and removed, and why). Lines of DOM text; nothing is drawn from them as HTML.
 */
import { msg, str } from '@lit/localize';
import type { TimelineLayout, TimelineSpan } from '../../layout/index.ts';
import {
  AXIS_HEIGHT,
  LABEL_WIDTH,
  SPAN_HEIGHT,
  executorOfLane,
  laneAtY,
  timeOf,
  type TimelineFrame,
} from './timeline-frame.ts';
import { formatDuration } from './timeline-text.ts';

function spanAt(
  spans: readonly TimelineSpan[],
  row: number,
  time: number,
  slack: number,
): TimelineSpan | null {
  return spans.find((s) => s.row === row && s.start - slack <= time && time <= s.end + slack) ?? null;
}

function spanNote(layout: TimelineLayout, s: TimelineSpan, kind: 'job' | 'stage'): string[] {
  const title =
    kind === 'job'
      ? msg(str`Job ${s.id}`)
      : s.attempt > 0
        ? msg(str`Stage ${s.id} (attempt ${s.attempt})`)
        : msg(str`Stage ${s.id}`);
  const outcome = s.unfinished ? msg('running') : s.failed ? msg('failed') : msg('succeeded');
  const when = msg(
    str`starts at ${formatDuration(s.start - layout.startTime)}, lasts ${formatDuration(s.end - s.start)}`,
  );
  return [s.name ? `${title}: ${s.name}` : title, `${when} · ${outcome}`];
}

/** The note for the point (x, y) of the plot, or null when there is nothing to say. */
export function noteAt(
  layout: TimelineLayout,
  f: TimelineFrame,
  x: number,
  y: number,
): readonly string[] | null {
  if (y >= AXIS_HEIGHT && y < f.lanesTop && x >= LABEL_WIDTH) {
    const row = Math.floor((y - AXIS_HEIGHT) / SPAN_HEIGHT);
    const time = timeOf(f, x);
    const slack = ((f.t1 - f.t0) / Math.max(1, f.width - LABEL_WIDTH)) * 2;
    const span =
      row < layout.jobRows
        ? spanAt(layout.jobs, row, time, slack)
        : spanAt(layout.stages, row - layout.jobRows, time, slack);
    return span ? spanNote(layout, span, row < layout.jobRows ? 'job' : 'stage') : null;
  }
  if (x < LABEL_WIDTH) {
    const lane = laneAtY(layout, f, y);
    if (lane < 0) return null;
    const e = layout.executors[executorOfLane(layout, lane)]!;
    const lines = [
      e.executorId === 'driver' ? msg('driver') : msg(str`Executor ${e.executorId}`),
      msg(str`${e.host} · ${e.totalCores} cores · ${e.laneCount} lanes`),
    ];
    if (e.addTime !== null) lines.push(msg(str`added at ${formatDuration(e.addTime - layout.startTime)}`));
    if (e.removeTime !== null)
      lines.push(
        msg(str`removed at ${formatDuration(e.removeTime - layout.startTime)}: ${e.removeReason ?? ''}`),
      );
    return lines;
  }
  return null;
}
