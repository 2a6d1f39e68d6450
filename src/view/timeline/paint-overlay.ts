/**
 * The overlay layer: the attempts running at the playback time (at most one per lane, one binary
 * search per visible lane), the running stage spans, the hovered and the selected bar. The
 * playback cursor itself is a DOM element moved by a CSS transform (./timeline.ts), so a frame in
 * which only the time moves costs the compositor nothing here.
 *
 * Repainting is incremental: the painter remembers which bar it outlined in each lane, and when
 * only the time moved it clears and redraws just the lanes whose running bar changed (a few rows
 * per frame while playing), so the canvas area the browser must re-raster stays small. Anything
 * else (a new frame geometry, hover, selection, the running stages) repaints the whole layer.
 * Cost: O(visible lanes × log n) per frame, whatever the number of tasks.
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

export class OverlayPainter {
  /** Per lane, the bar outlined as running, or −1. */
  private shown = new Int32Array(0);
  private stagesKey = '';
  private hovered = -1;
  private selected = -1;
  private valid = false;

  /** The next paint repaints everything (the frame geometry or the palette changed). */
  invalidate(): void {
    this.valid = false;
  }

  paint(
    ctx: CanvasRenderingContext2D,
    layout: TimelineLayout,
    f: TimelineFrame,
    p: TimelinePalette,
    s: OverlayState,
  ): void {
    const stagesKey = layout.stages
      .filter((st) => st.start <= s.time && s.time < st.end)
      .map((st) => `${st.id}.${st.attempt}`)
      .join(',');
    const full =
      !this.valid ||
      this.shown.length !== layout.laneCount ||
      stagesKey !== this.stagesKey ||
      s.hovered !== this.hovered ||
      s.selected !== this.selected;
    if (full) {
      ctx.clearRect(0, 0, f.width, f.height);
      this.shown = new Int32Array(layout.laneCount).fill(-1);
      this.paintStages(ctx, layout, f, p, s.time);
    }
    this.valid = true;
    this.stagesKey = stagesKey;
    this.hovered = s.hovered;
    this.selected = s.selected;
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_WIDTH, f.lanesTop, f.width - LABEL_WIDTH, f.height - f.lanesTop);
    ctx.clip();
    const changed = this.paintRunning(ctx, layout, f, p, s.time);
    if (full || changed) this.paintPicks(ctx, layout, f, p);
    ctx.restore();
  }

  private paintStages(
    ctx: CanvasRenderingContext2D,
    layout: TimelineLayout,
    f: TimelineFrame,
    p: TimelinePalette,
    time: number,
  ): void {
    const stagesTop = AXIS_HEIGHT + layout.jobRows * SPAN_HEIGHT;
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_WIDTH, AXIS_HEIGHT, f.width - LABEL_WIDTH, f.lanesTop - AXIS_HEIGHT);
    ctx.clip();
    ctx.strokeStyle = p.fg;
    ctx.lineWidth = 2;
    for (const st of layout.stages)
      if (st.start <= time && time < st.end) {
        const x0 = Math.max(LABEL_WIDTH, xOf(f, st.start));
        ctx.strokeRect(
          x0 + 1,
          stagesTop + st.row * SPAN_HEIGHT + 2,
          xOf(f, st.end) - x0 - 2,
          SPAN_HEIGHT - 4,
        );
      }
    ctx.restore();
  }

  /** Outlines the running bar of every visible lane whose running bar changed; true if any did. */
  private paintRunning(
    ctx: CanvasRenderingContext2D,
    layout: TimelineLayout,
    f: TimelineFrame,
    p: TimelinePalette,
    time: number,
  ): boolean {
    const [first, last] = visibleLanes(layout, f);
    if (last < first) return false;
    const inWindow = time >= f.t0 && time <= f.t1;
    const line = f.laneHeight >= 6 ? 2 : 1;
    ctx.strokeStyle = p.fg;
    ctx.lineWidth = line;
    let changed = false;
    let executor = executorOfLane(layout, first);
    for (let lane = first; lane <= last; lane++) {
      while (executor + 1 < layout.executors.length && layout.executors[executor + 1]!.firstLane <= lane)
        executor++;
      const b = inWindow ? runningBar(layout, lane, time) : -1;
      if (b === this.shown[lane]) continue;
      changed = true;
      if (this.shown[lane] !== -1)
        ctx.clearRect(LABEL_WIDTH, laneY(f, lane, executor), f.width, f.laneHeight);
      this.shown[lane] = b;
      if (b < 0) continue;
      const [x, y, w, h] = barBox(layout, f, b);
      ctx.strokeRect(x + line / 2, y + line / 2, Math.max(0, w - line), Math.max(0, h - line));
    }
    return changed;
  }

  /** The hovered and the selected bar, drawn on top (again after lanes under them were cleared). */
  private paintPicks(
    ctx: CanvasRenderingContext2D,
    layout: TimelineLayout,
    f: TimelineFrame,
    p: TimelinePalette,
  ): void {
    if (this.hovered >= 0) {
      const [x, y, w, h] = barBox(layout, f, this.hovered);
      ctx.strokeStyle = p.cursor;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x - 1, y - 1, w + 2, h + 2);
    }
    if (this.selected >= 0) {
      const [x, y, w, h] = barBox(layout, f, this.selected);
      ctx.strokeStyle = p.selected;
      ctx.lineWidth = 2.5;
      ctx.strokeRect(x - 2, y - 2, w + 4, h + 4);
      ctx.strokeStyle = p.bg;
      ctx.lineWidth = 1;
      ctx.strokeRect(x - 0.5, y - 0.5, w + 1, h + 1);
    }
  }
}
