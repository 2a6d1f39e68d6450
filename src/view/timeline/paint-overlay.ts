/**
 * The overlay layer, repainted on every change of the playback time, hover or selection: the
 * playback cursor, the task attempts running at that time (at most one per lane: one binary search
 * per visible lane) and the running stage spans, the hovered and the selected bar. Its cost does
 * not depend on how many tasks the trace has, only on how many lanes are visible.
 */
import { runningBar, type TimelineLayout } from '../../layout/index.ts';
import {
  AXIS_HEIGHT,
  LABEL_WIDTH,
  SPAN_HEIGHT,
  executorOfLane,
  laneY,
  visibleLanes,
  xOf,
  type TimelineFrame,
} from './timeline-frame.ts';
import type { TimelinePalette } from './timeline-palette.ts';

export interface OverlayState {
  readonly time: number;
  readonly hovered: number;
  readonly selected: number;
}

function barBox(layout: TimelineLayout, f: TimelineFrame, b: number): [number, number, number, number] {
  const lane = layout.bars.lane[b]!;
  const y = laneY(f, lane, layout.bars.executor[b]!);
  const x0 = xOf(f, layout.bars.start[b]!);
  const x1 = Math.max(x0 + 2, xOf(f, layout.bars.end[b]!));
  return [x0, y, x1 - x0, f.laneHeight >= 4 ? f.laneHeight - 1 : f.laneHeight];
}

export function paintOverlay(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  p: TimelinePalette,
  s: OverlayState,
): void {
  ctx.clearRect(0, 0, f.width, f.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(LABEL_WIDTH, AXIS_HEIGHT, f.width - LABEL_WIDTH, f.height - AXIS_HEIGHT);
  ctx.clip();
  // Running stages: a bold outline on their spans.
  const stagesTop = AXIS_HEIGHT + layout.jobRows * SPAN_HEIGHT;
  ctx.strokeStyle = p.fg;
  ctx.lineWidth = 2;
  for (const st of layout.stages)
    if (st.start <= s.time && s.time < st.end) {
      const x0 = Math.max(LABEL_WIDTH, xOf(f, st.start));
      ctx.strokeRect(x0 + 1, stagesTop + st.row * SPAN_HEIGHT + 2, xOf(f, st.end) - x0 - 2, SPAN_HEIGHT - 4);
    }
  ctx.beginPath();
  ctx.rect(LABEL_WIDTH, f.lanesTop, f.width - LABEL_WIDTH, f.height - f.lanesTop);
  ctx.clip();
  // Running attempts: outlined, so the busy cores at the cursor stand out.
  const [first, last] = visibleLanes(layout, f);
  if (s.time >= f.t0 && s.time <= f.t1 && last >= first) {
    ctx.strokeStyle = p.fg;
    ctx.lineWidth = f.laneHeight >= 6 ? 2 : 1;
    let executor = executorOfLane(layout, first);
    for (let lane = first; lane <= last; lane++) {
      while (executor + 1 < layout.executors.length && layout.executors[executor + 1]!.firstLane <= lane)
        executor++;
      const b = runningBar(layout, lane, s.time);
      if (b < 0) continue;
      const [x, y, w, h] = barBox(layout, f, b);
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    }
  }
  if (s.hovered >= 0) {
    const [x, y, w, h] = barBox(layout, f, s.hovered);
    ctx.strokeStyle = p.cursor;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x - 1, y - 1, w + 2, h + 2);
  }
  if (s.selected >= 0) {
    const [x, y, w, h] = barBox(layout, f, s.selected);
    ctx.strokeStyle = p.selected;
    ctx.lineWidth = 2.5;
    ctx.strokeRect(x - 2, y - 2, w + 4, h + 4);
    ctx.strokeStyle = p.bg;
    ctx.lineWidth = 1;
    ctx.strokeRect(x - 0.5, y - 0.5, w + 1, h + 1);
  }
  ctx.restore();
  // The playback cursor, with a handle in the axis band.
  if (s.time >= f.t0 && s.time <= f.t1) {
    const x = Math.round(xOf(f, s.time)) + 0.5;
    ctx.strokeStyle = p.cursor;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT - 8);
    ctx.lineTo(x, f.height);
    ctx.stroke();
    ctx.fillStyle = p.cursor;
    ctx.beginPath();
    ctx.moveTo(x - 5, AXIS_HEIGHT - 10);
    ctx.lineTo(x + 5, AXIS_HEIGHT - 10);
    ctx.lineTo(x, AXIS_HEIGHT - 3);
    ctx.fill();
  }
}
