/**
 * Where things are on the timeline's canvas, in CSS pixels: the time window shown, the axis band,
 * the job and stage rows, and the core lanes grouped by executor, scrolled by `scrollY`. A frame is
 * a plain value: the element makes a new one when the size, the window or the scroll changes, and
 * the painters and the pointer handlers only read it.
 */
import type { TimelineLayout } from '../../layout/index.ts';

export const LABEL_WIDTH = 96;
export const AXIS_HEIGHT = 24;
export const SPAN_HEIGHT = 14;
const MAX_LANE = 22;
const MIN_LANE = 3;

export interface TimelineFrame {
  /** Canvas size. */
  readonly width: number;
  readonly height: number;
  /** The time window [t0, t1] across the plot (x from LABEL_WIDTH to width). */
  readonly t0: number;
  readonly t1: number;
  /** Top of the lanes' region (below the axis and the span rows). */
  readonly lanesTop: number;
  readonly laneHeight: number;
  /** Gap between two executors' groups of lanes. */
  readonly groupGap: number;
  /** How far the lanes are scrolled up, 0 … maxScroll. */
  readonly scrollY: number;
  readonly maxScroll: number;
}

/** Lane height that fits the lanes in the space left, between MIN_LANE and MAX_LANE. */
export function frameFor(
  layout: TimelineLayout,
  width: number,
  height: number,
  t0: number,
  t1: number,
  scrollY: number,
): TimelineFrame {
  const lanesTop = AXIS_HEIGHT + (layout.jobRows + layout.stageRows) * SPAN_HEIGHT + 6;
  const groups = layout.executors.length;
  const room = Math.max(1, height - lanesTop - 4);
  const fit = Math.floor((room - groups * 4) / Math.max(1, layout.laneCount));
  const laneHeight = Math.max(MIN_LANE, Math.min(MAX_LANE, fit));
  const groupGap = laneHeight >= 8 ? 6 : 2;
  const content = layout.laneCount * laneHeight + groups * groupGap;
  const maxScroll = Math.max(0, content - room);
  return {
    width,
    height,
    t0,
    t1: t1 > t0 ? t1 : t0 + 1,
    lanesTop,
    laneHeight,
    groupGap,
    scrollY: Math.max(0, Math.min(maxScroll, scrollY)),
    maxScroll,
  };
}

export function xOf(f: TimelineFrame, time: number): number {
  return LABEL_WIDTH + ((time - f.t0) / (f.t1 - f.t0)) * (f.width - LABEL_WIDTH);
}

export function timeOf(f: TimelineFrame, x: number): number {
  return f.t0 + ((x - LABEL_WIDTH) / Math.max(1, f.width - LABEL_WIDTH)) * (f.t1 - f.t0);
}

/** Milliseconds per CSS pixel. */
export function msPerPixel(f: TimelineFrame): number {
  return (f.t1 - f.t0) / Math.max(1, f.width - LABEL_WIDTH);
}

/** Top of a lane; `executor` is the index of the lane's executor in `layout.executors`. */
export function laneY(f: TimelineFrame, lane: number, executor: number): number {
  return f.lanesTop - f.scrollY + lane * f.laneHeight + executor * f.groupGap;
}

/** The executor index owning a lane (binary search over their first lanes). */
export function executorOfLane(layout: TimelineLayout, lane: number): number {
  const ex = layout.executors;
  let lo = 0;
  let hi = ex.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ex[mid]!.firstLane <= lane) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The lane under a y coordinate, or −1 (above the lanes, in a gap, or below the last lane). */
export function laneAtY(layout: TimelineLayout, f: TimelineFrame, y: number): number {
  if (y < f.lanesTop) return -1;
  const ex = layout.executors;
  const inner = y - f.lanesTop + f.scrollY;
  let lo = 0;
  let hi = ex.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ex[mid]!.firstLane * f.laneHeight + mid * f.groupGap <= inner) lo = mid;
    else hi = mid - 1;
  }
  const e = ex[lo];
  if (!e) return -1;
  const within = Math.floor((inner - e.firstLane * f.laneHeight - lo * f.groupGap) / f.laneHeight);
  return within >= 0 && within < e.laneCount ? e.firstLane + within : -1;
}

/** The first and last lane (inclusive) with any pixel inside the canvas. */
export function visibleLanes(layout: TimelineLayout, f: TimelineFrame): readonly [number, number] {
  if (layout.laneCount === 0) return [0, -1];
  const first = Math.max(0, Math.floor((f.scrollY - layout.executors.length * f.groupGap) / f.laneHeight));
  const last = Math.min(layout.laneCount - 1, Math.ceil((f.scrollY + f.height - f.lanesTop) / f.laneHeight));
  return [first, last];
}
