/**
 * The timeline's time window: which span of the trace is across the plot, kept inside the trace
 * (plus a 1 % margin) and no narrower than MIN_SPAN_MS. `fit` shows the trace's activity (task
 * attempts, job and stage spans, executors coming and going), not the idle start and end a real
 * application log often has; zooming out reaches the whole trace. Zoom keeps the time under the
 * pointer in place; `follow` pages the window when the playback time leaves it during activity.
 */
import type { TimelineLayout } from '../../layout/index.ts';

/** The narrowest window: 2 ms across the plot. */
const MIN_SPAN_MS = 2;

/** The first and last time anything is drawn: bars, spans, executors added or removed. */
function activity(l: TimelineLayout): readonly [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const { start, end, count } = l.bars;
  for (let b = 0; b < count; b++) {
    if (start[b]! < lo) lo = start[b]!;
    if (end[b]! > hi) hi = end[b]!;
  }
  for (const s of [...l.jobs, ...l.stages]) {
    lo = Math.min(lo, s.start);
    hi = Math.max(hi, s.end);
  }
  for (const e of l.executors)
    for (const t of [e.addTime, e.removeTime])
      if (t !== null) {
        lo = Math.min(lo, t);
        hi = Math.max(hi, t);
      }
  return lo <= hi ? [lo, hi] : [l.startTime, l.endTime];
}

export class TimeWindow {
  t0 = 0;
  t1 = 1;

  /** Shows the trace's activity, with a 2 % margin; the whole trace when it has none. */
  fit(l: TimelineLayout): void {
    const [lo, hi] = activity(l);
    const span = Math.max(1, hi - lo);
    this.set(l, lo - span * 0.02, span * 1.04);
  }

  /** Zooms by `factor` (> 1 zooms in) around `time`. */
  zoom(l: TimelineLayout, factor: number, time: number): void {
    const full = Math.max(1, l.endTime - l.startTime) * 1.02;
    const span = Math.min(full, Math.max(MIN_SPAN_MS, (this.t1 - this.t0) / factor));
    const at = (time - this.t0) / (this.t1 - this.t0);
    this.set(l, time - at * span, span);
  }

  set(l: TimelineLayout, t0: number, span: number): void {
    const pad = Math.max(1, l.endTime - l.startTime) * 0.01;
    const lo = l.startTime - pad;
    const hi = Math.max(lo + span, l.endTime + pad);
    this.t0 = Math.min(hi - span, Math.max(lo, t0));
    this.t1 = this.t0 + span;
  }

  /**
   * When the time is outside the window but inside the activity, moves the window so the time sits
   * at 10 % from the left; true if it moved.
   */
  follow(l: TimelineLayout, time: number): boolean {
    if (time >= this.t0 && time <= this.t1) return false;
    const [lo, hi] = activity(l);
    if (time < lo || time > hi) return false;
    const span = this.t1 - this.t0;
    this.set(l, time - span * 0.1, span);
    return true;
  }
}

/**
 * The playback position at a time: the largest position whose events all have time ≤ t, by binary
 * search over the prefix maxima of the events' times (`clock`, sorted by construction).
 */
export function positionAt(clock: Float64Array, t: number): number {
  let lo = 0;
  let hi = clock.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (clock[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
