/**
 * The static layer: everything that changes only when the trace, the size, the zoom or the scroll
 * changes (axis, job and stage spans, executor labels and marks, task bars). It is drawn on its own
 * canvas and kept, so playing and scrubbing repaint only the overlay (./paint-overlay.ts).
 *
 * Cost: per visible lane, a binary search for the bars in the time window, then one pass over
 * them; bars narrower than a pixel fall into one-pixel buckets (the first bar of a pixel column
 * colours it), so a zoomed-out lane costs at most one rectangle per pixel column.
 */
import { msg, str } from '@lit/localize';
import { scaleLinear } from 'd3';
import {
  BAR_FAILED,
  BAR_KILLED,
  BAR_SPECULATIVE,
  PHASES,
  PHASE_COUNT,
  barsInWindow,
  type Phase,
  type TimelineLayout,
  type TimelineSpan,
} from '../../layout/index.ts';
import { stageColor } from '../shared/stage-colors.ts';
import {
  AXIS_HEIGHT,
  LABEL_WIDTH,
  SPAN_HEIGHT,
  laneY,
  visibleLanes,
  xOf,
  executorOfLane,
  type TimelineFrame,
} from './timeline-frame.ts';
import type { TimelinePalette } from './timeline-palette.ts';
import { formatAxisTime } from './timeline-text.ts';

/**
 * Shades over the stage colour per phase: light for waiting on the driver, lighter-medium for
 * (de)serialization, dark for shuffle I/O; computing is the stage colour itself.
 */
export const PHASE_SHADES: Readonly<Record<Phase, string | null>> = {
  schedulerDelay: 'rgba(255,255,255,0.62)',
  deserialization: 'rgba(255,255,255,0.35)',
  shuffleRead: 'rgba(0,0,0,0.28)',
  compute: null,
  shuffleWrite: 'rgba(0,0,0,0.28)',
  resultSerialization: 'rgba(255,255,255,0.35)',
  gettingResult: 'rgba(255,255,255,0.62)',
};
const PHASE_SHADE = PHASES.map((p) => PHASE_SHADES[p]);
const LOCALITY_LETTER = ['P', 'N', '–', 'R', 'A'];

/** The tile of the killed attempts' stripes: one diagonal stroke, repeated every HATCH_SIZE px. */
export const HATCH_SIZE = 6;
export function strokeHatch(t: CanvasRenderingContext2D): void {
  t.strokeStyle = 'rgba(0,0,0,0.45)';
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, HATCH_SIZE);
  t.lineTo(HATCH_SIZE, 0);
  t.stroke();
}

let hatch: CanvasPattern | null = null;
/** Diagonal stripes marking killed attempts, as a canvas pattern (made once, any 2D context takes it). */
function killedPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (hatch) return hatch;
  const tile = document.createElement('canvas');
  tile.width = tile.height = HATCH_SIZE;
  const t = tile.getContext('2d');
  if (!t) return null;
  strokeHatch(t);
  hatch = ctx.createPattern(tile, 'repeat');
  return hatch;
}

/**
 * Paints the static layer. `killed` is the pattern over killed attempts: by default the canvas
 * one; a context that draws something else than pixels (the SVG export) passes its own.
 */
export function paintStatic(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  palette: TimelinePalette,
  killed: CanvasPattern | null = killedPattern(ctx),
): void {
  ctx.clearRect(0, 0, f.width, f.height);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  paintGrid(ctx, layout, f, palette);
  paintSpans(ctx, layout, f, palette);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, f.lanesTop, f.width, f.height - f.lanesTop);
  ctx.clip();
  paintExecutors(ctx, layout, f, palette);
  // The bars' narrower clip in a state of its own: the same pixels on a canvas, and in the SVG
  // export (svgcanvas clips the group of the current state) the executors' labels stay unclipped.
  ctx.save();
  ctx.beginPath();
  ctx.rect(LABEL_WIDTH, f.lanesTop, f.width - LABEL_WIDTH, f.height - f.lanesTop);
  ctx.clip();
  paintBars(ctx, layout, f, palette, killed);
  ctx.restore();
  ctx.restore();
}

function paintGrid(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  p: TimelinePalette,
): void {
  const scale = scaleLinear()
    .domain([f.t0 - layout.startTime, f.t1 - layout.startTime])
    .range([LABEL_WIDTH, f.width]);
  const ticks = scale.ticks(Math.max(2, Math.floor((f.width - LABEL_WIDTH) / 90)));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const extent = Math.max(...ticks.map(Math.abs), 0);
  ctx.fillStyle = p.muted;
  ctx.strokeStyle = p.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'center';
  for (const t of ticks) {
    const x = Math.round(scale(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT - 6);
    ctx.lineTo(x, f.height);
    ctx.stroke();
    ctx.fillText(formatAxisTime(t, step, extent), x, AXIS_HEIGHT / 2 - 2);
  }
  ctx.beginPath();
  ctx.moveTo(LABEL_WIDTH, AXIS_HEIGHT - 0.5);
  ctx.lineTo(f.width, AXIS_HEIGHT - 0.5);
  ctx.strokeStyle = p.muted;
  ctx.stroke();
}

function paintSpanRow(
  ctx: CanvasRenderingContext2D,
  spans: readonly TimelineSpan[],
  top: number,
  f: TimelineFrame,
  p: TimelinePalette,
  kind: 'job' | 'stage',
): void {
  for (const s of spans) {
    if (s.end < f.t0 || s.start > f.t1) continue;
    const x0 = Math.max(LABEL_WIDTH, xOf(f, s.start));
    const x1 = Math.min(f.width, Math.max(x0 + 1, xOf(f, s.end)));
    const y = top + s.row * SPAN_HEIGHT + 1;
    const h = SPAN_HEIGHT - 2;
    const color = kind === 'job' ? p.muted : stageColor(s.id);
    ctx.globalAlpha = kind === 'job' ? 0.22 : 0.3;
    ctx.fillStyle = color;
    ctx.fillRect(x0, y, x1 - x0, h);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = s.failed ? p.failed : color;
    ctx.setLineDash(s.failed || s.unfinished ? [3, 2] : []);
    ctx.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, h - 1);
    ctx.setLineDash([]);
    const label =
      kind === 'job'
        ? msg(str`Job ${s.id}`)
        : s.attempt > 0
          ? msg(str`Stage ${s.id} (attempt ${s.attempt})`)
          : msg(str`Stage ${s.id}`);
    if (x1 - x0 > ctx.measureText(label).width + 8) {
      ctx.fillStyle = s.failed ? p.failed : p.fg;
      ctx.textAlign = 'left';
      ctx.fillText(label, x0 + 4, y + h / 2 + 0.5);
    }
  }
}

function paintSpans(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  p: TimelinePalette,
): void {
  const stagesTop = AXIS_HEIGHT + layout.jobRows * SPAN_HEIGHT;
  ctx.fillStyle = p.muted;
  ctx.textAlign = 'left';
  if (layout.jobRows > 0) ctx.fillText(msg('Jobs'), 6, AXIS_HEIGHT + SPAN_HEIGHT / 2);
  if (layout.stageRows > 0) ctx.fillText(msg('Stages'), 6, stagesTop + SPAN_HEIGHT / 2);
  ctx.save();
  ctx.beginPath();
  ctx.rect(LABEL_WIDTH, AXIS_HEIGHT, f.width - LABEL_WIDTH, f.lanesTop - AXIS_HEIGHT);
  ctx.clip();
  paintSpanRow(ctx, layout.jobs, AXIS_HEIGHT, f, p, 'job');
  paintSpanRow(ctx, layout.stages, stagesTop, f, p, 'stage');
  ctx.restore();
}

function paintExecutors(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  p: TimelinePalette,
): void {
  const [first, last] = visibleLanes(layout, f);
  if (last < first) return;
  for (let x = executorOfLane(layout, first); x < layout.executors.length; x++) {
    const e = layout.executors[x]!;
    if (e.firstLane > last) break;
    const top = laneY(f, e.firstLane, x);
    const h = e.laneCount * f.laneHeight;
    ctx.fillStyle = x % 2 === 0 ? 'rgba(127,127,127,0.07)' : 'rgba(127,127,127,0.02)';
    ctx.fillRect(0, top, f.width, h);
    if (h >= 9) {
      ctx.fillStyle = p.fg;
      ctx.textAlign = 'left';
      const name = e.executorId === 'driver' ? msg('driver') : msg(str`Executor ${e.executorId}`);
      ctx.fillText(name, 6, top + Math.min(h / 2, 8), LABEL_WIDTH - 10);
      if (h >= 24) {
        ctx.fillStyle = p.muted;
        ctx.fillText(msg(str`${e.totalCores} cores`), 6, top + 20, LABEL_WIDTH - 10);
      }
    }
    if (e.addTime !== null && e.addTime >= f.t0 && e.addTime <= f.t1) {
      const ax = xOf(f, e.addTime);
      ctx.fillStyle = p.added;
      ctx.beginPath();
      ctx.moveTo(ax, top);
      ctx.lineTo(ax + 5, top);
      ctx.lineTo(ax, top + Math.min(h, 7));
      ctx.fill();
    }
    if (e.removeTime !== null && e.removeTime <= f.t1) {
      const rx = Math.max(LABEL_WIDTH, xOf(f, e.removeTime));
      ctx.fillStyle = 'rgba(127,127,127,0.28)';
      ctx.fillRect(rx, top, f.width - rx, h);
      if (e.removeTime >= f.t0) {
        ctx.fillStyle = p.failed;
        ctx.fillRect(rx - 1, top, 2, h);
      }
    }
  }
}

function paintBars(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  f: TimelineFrame,
  p: TimelinePalette,
  killed: CanvasPattern | null,
): void {
  const [first, last] = visibleLanes(layout, f);
  const { bars, laneOrder } = layout;
  const h = f.laneHeight >= 4 ? f.laneHeight - 1 : f.laneHeight;
  let executor = first <= last ? executorOfLane(layout, first) : 0;
  for (let lane = first; lane <= last; lane++) {
    while (executor + 1 < layout.executors.length && layout.executors[executor + 1]!.firstLane <= lane)
      executor++;
    const y = laneY(f, lane, executor);
    if (y + h < f.lanesTop || y > f.height) continue;
    const [from, to] = barsInWindow(layout, lane, f.t0, f.t1);
    let lastColumn = -Infinity;
    for (let k = from; k < to; k++) {
      const b = laneOrder[k]!;
      const x0 = xOf(f, bars.start[b]!);
      const x1 = xOf(f, bars.end[b]!);
      const flags = bars.flags[b]!;
      if (x1 - x0 < 1.5) {
        const column = Math.floor(x0);
        if (column <= lastColumn) continue;
        lastColumn = column;
        ctx.fillStyle = flags & BAR_FAILED ? p.failed : stageColor(bars.stageId[b]!);
        ctx.fillRect(column, y, 1, h);
        continue;
      }
      lastColumn = Math.floor(x1);
      paintBar(ctx, layout, b, x0, x1, y, h, p, killed);
    }
  }
}

function paintBar(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  b: number,
  x0: number,
  x1: number,
  y: number,
  h: number,
  p: TimelinePalette,
  killed: CanvasPattern | null,
): void {
  const { bars } = layout;
  const w = x1 - x0;
  const flags = bars.flags[b]!;
  ctx.fillStyle = stageColor(bars.stageId[b]!);
  ctx.fillRect(x0, y, w, h);
  if (w >= 6) {
    const duration = bars.end[b]! - bars.start[b]!;
    let at = x0;
    for (let ph = 0; ph < PHASE_COUNT; ph++) {
      const pw = duration > 0 ? (bars.phases[b * PHASE_COUNT + ph]! / duration) * w : 0;
      const shade = PHASE_SHADE[ph];
      if (shade && pw >= 0.5) {
        ctx.fillStyle = shade;
        ctx.fillRect(at, y, pw, h);
      }
      at += pw;
    }
  }
  if (flags & BAR_KILLED && killed) {
    ctx.fillStyle = killed;
    ctx.fillRect(x0, y, w, h);
  }
  if (flags & BAR_FAILED) {
    ctx.fillStyle = p.failed;
    ctx.fillRect(x1 - Math.min(4, w), y, Math.min(4, w), h);
    if (w >= 4 && h >= 4) {
      ctx.strokeStyle = p.failed;
      ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, y + 0.5, w - 1, h - 1);
    }
  }
  if (flags & BAR_SPECULATIVE && w >= 5 && h >= 5) {
    ctx.fillStyle = p.fg;
    ctx.beginPath();
    ctx.moveTo(x0, y);
    ctx.lineTo(x0 + Math.min(8, w), y);
    ctx.lineTo(x0, y + Math.min(8, h));
    ctx.fill();
  }
  if (h >= 10 && w >= 30) {
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'left';
    const attempt = bars.attempt[b]!;
    const text = attempt > 0 ? `#${attempt}` : '';
    if (text) ctx.fillText(text, x0 + (flags & BAR_SPECULATIVE ? 9 : 3), y + h / 2 + 0.5);
    if (w >= 56) {
      ctx.textAlign = 'right';
      ctx.fillText(
        LOCALITY_LETTER[bars.locality[b]!] ?? '',
        x1 - (flags & BAR_FAILED ? 7 : 3),
        y + h / 2 + 0.5,
      );
    }
  }
}
