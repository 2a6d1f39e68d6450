/**
 * Queries over a built timeline, by binary search: bars in one lane are sorted by start, and the
 * running maximum of their ends (`laneEndMax`) is sorted too. A bar overlaps the one before it by
 * at most a release slack (./assign-lanes.ts), so past the binary search only a bar or two more are
 * looked at. Each query costs O(log n) per lane.
 */
import type { TimelineLayout } from './timeline-layout.ts';

/**
 * The first position in the lane's slice of `laneOrder` from which some bar ends after `time` (or
 * at `time` when `inclusive`): every bar before it ends earlier.
 */
function firstEndingAfter(layout: TimelineLayout, lane: number, time: number, inclusive: boolean): number {
  const { laneEndMax, laneOffsets } = layout;
  let lo = laneOffsets[lane]!;
  let hi = laneOffsets[lane + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = laneEndMax[mid]!;
    if (inclusive ? e < time : e <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position past the bars of the lane that start at or before `time`. */
function firstStartingAfter(layout: TimelineLayout, lane: number, time: number): number {
  const { laneOrder, laneOffsets } = layout;
  const start = layout.bars.start;
  let lo = laneOffsets[lane]!;
  let hi = laneOffsets[lane + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[laneOrder[mid]!]! <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions `[from, to)` of `laneOrder` holding every bar of the lane that touches the time window
 * `[t0, t1]` (and at most a few overlapped neighbours that end just before it).
 */
export function barsInWindow(
  layout: TimelineLayout,
  lane: number,
  t0: number,
  t1: number,
): readonly [number, number] {
  if (lane < 0 || lane >= layout.laneCount) return [0, 0];
  const from = firstEndingAfter(layout, lane, t0, true);
  return [from, Math.max(from, firstStartingAfter(layout, lane, t1))];
}

/**
 * The bar of `lane` under `time`, or −1. `slack` (ms) widens every bar on both sides, so a bar
 * drawn narrower than a pixel can still be hit; the nearest bar wins.
 */
export function barAt(layout: TimelineLayout, lane: number, time: number, slack = 0): number {
  if (lane < 0 || lane >= layout.laneCount) return -1;
  const { start, end } = layout.bars;
  const k = firstStartingAfter(layout, lane, time) - 1;
  let best = -1;
  let bestDistance = Infinity;
  // The bar starting last at or before `time`, the one before it (which may overlap it) and the next.
  for (const p of [k, k - 1, k + 1]) {
    if (p < layout.laneOffsets[lane]! || p >= layout.laneOffsets[lane + 1]!) continue;
    const b = layout.laneOrder[p]!;
    const distance = time < start[b]! ? start[b]! - time : time > end[b]! ? time - end[b]! : 0;
    if (distance <= slack && distance < bestDistance) {
      best = b;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The bar running in `lane` at `time` (start ≤ time < end), or −1. Where two overlap (the release
 * slack), the later-started one: the attempt the core was handed to.
 */
export function runningBar(layout: TimelineLayout, lane: number, time: number): number {
  if (lane < 0 || lane >= layout.laneCount) return -1;
  const { start, end } = layout.bars;
  const to = layout.laneOffsets[lane + 1]!;
  let found = -1;
  for (let p = firstEndingAfter(layout, lane, time, false); p < to; p++) {
    const b = layout.laneOrder[p]!;
    if (start[b]! > time) break;
    if (end[b]! > time) found = b;
  }
  return found;
}

/** The bar of a task id, or −1. */
export function barOfTask(layout: TimelineLayout, taskId: number): number {
  const { byTaskId } = layout;
  const id = layout.bars.taskId;
  let lo = 0;
  let hi = byTaskId.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (id[byTaskId[mid]!]! < taskId) lo = mid + 1;
    else hi = mid;
  }
  return lo < byTaskId.length && id[byTaskId[lo]!] === taskId ? byTaskId[lo]! : -1;
}

export type BarStep = 'left' | 'right' | 'up' | 'down';

/**
 * Keyboard navigation: the previous/next bar in the same lane, or in the nearest lane above/below
 * that has bars, the one closest in time to the bar's middle. −1 when there is none; from no bar
 * (−1), the first bar of the first lane that has one.
 */
export function stepBar(layout: TimelineLayout, bar: number, step: BarStep): number {
  const { laneOrder, laneOffsets, bars } = layout;
  if (bar < 0) {
    for (let l = 0; l < layout.laneCount; l++)
      if (laneOffsets[l + 1]! > laneOffsets[l]!) return laneOrder[laneOffsets[l]!]!;
    return -1;
  }
  const lane = bars.lane[bar]!;
  if (step === 'left' || step === 'right') {
    const from = laneOffsets[lane]!;
    const to = laneOffsets[lane + 1]!;
    let p = from;
    while (p < to && laneOrder[p] !== bar) p++;
    const q = step === 'left' ? p - 1 : p + 1;
    return q >= from && q < to ? laneOrder[q]! : -1;
  }
  const mid = (bars.start[bar]! + bars.end[bar]!) / 2;
  for (
    let l = step === 'up' ? lane - 1 : lane + 1;
    l >= 0 && l < layout.laneCount;
    l += step === 'up' ? -1 : 1
  ) {
    const from = laneOffsets[l]!;
    const to = laneOffsets[l + 1]!;
    if (from === to) continue;
    const p = Math.min(to - 1, firstEndingAfter(layout, l, mid, true));
    let best = laneOrder[p]!;
    if (p > from) {
      const prev = laneOrder[p - 1]!;
      const d = (b: number): number => Math.abs((bars.start[b]! + bars.end[b]!) / 2 - mid);
      if (d(prev) < d(best)) best = prev;
    }
    return best;
  }
  return -1;
}
