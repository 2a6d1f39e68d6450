/**
 * `<sc-timeline .trace .time .selectedTaskId>`: every task attempt of a trace as a bar on its
 * executor's core lane over time (geometry from src/layout/timeline), job and stage spans above,
 * the playback cursor at `time` and the attempts running then highlighted.
 *
 * Drawing is on two stacked canvases, sized for the device pixel ratio: the static layer (bars,
 * spans, axis; ./paint-static.ts) is repainted only when the trace, size, zoom or scroll change;
 * the overlay (cursor, running, hover, selection; ./paint-overlay.ts) on every change of those.
 * Both wait for one requestAnimationFrame, so many changes in a frame paint once.
 *
 * Input: wheel or pinch zooms around the pointer, shift+wheel and dragging pan, the buttons zoom
 * and fit. Clicking a bar selects it; clicking or dragging on the axis seeks. With the plot
 * focused, arrow keys move the selection between bars, Enter seeks to the selected bar's start,
 * Escape clears the selection, +/−/0 zoom, Page Up/Down scroll the lanes. The element keeps its own
 * `selectedTaskId` in step with what the user picked and emits `sc-select-task`; `sc-seek` carries
 * `{ time }`. The canvas is invisible to the DOM, so the hovered and the selected attempt are also
 * described in DOM text carrying `data-task-id`, and the host carries `data-event-index`,
 * `data-event-count`, `data-task-count` and `data-running-count`.
 */
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LABEL_WIDTH, frameFor, laneY, visibleLanes, xOf, type TimelineFrame } from './timeline-frame.ts';
import {
  barAt,
  barOfTask,
  buildTimeline,
  runningBar,
  stepBar,
  type BarStep,
  type TimelineLayout,
} from '../../layout/index.ts';
import type { Trace } from '../../model/index.ts';
import { emit } from '../events.ts';
import { OverlayPainter } from './paint-overlay.ts';
import { paintStatic } from './paint-static.ts';
import { PlotPointer } from './plot-pointer.ts';
import { TimeWindow, positionAt } from './time-window.ts';
import type { TimelinePicture } from './timeline-export.ts';
import { renderLegend, renderReadout, renderTooltip } from './timeline-templates.ts';
import { taskWords, type TaskWords } from './task-readout.ts';
import { timelineStyles } from './timeline.styles.ts';
import { readPalette, type TimelinePalette } from './timeline-palette.ts';

const ZOOM_STEP = 1.6;

export class TimelineView extends LitElement {
  static override styles = timelineStyles;

  @property({ attribute: false }) accessor trace: Trace | null = null;
  /** The playback time, epoch ms as the trace's events carry it. */
  @property({ type: Number }) accessor time = 0;
  @property({ attribute: false }) accessor selectedTaskId: number | null = null;
  /** The playback position, when the host knows it; otherwise derived from `time`. */
  @property({ attribute: false }) accessor index: number | null = null;
  @state() private accessor hovered = -1;
  @state() private accessor tooltipAt: { x: number; y: number } | null = null;
  /** What the tooltip says over a span or an executor label (not a bar). */
  @state() private accessor note: readonly string[] | null = null;
  @state() private accessor layout: TimelineLayout | null = null;
  @query('.plot') private accessor plot!: HTMLDivElement;
  @query('canvas.static') private accessor staticCanvas!: HTMLCanvasElement;
  @query('canvas.overlay') private accessor overlayCanvas!: HTMLCanvasElement;
  @query('.cursor') private accessor cursor!: HTMLDivElement;

  private clock = new Float64Array(0);
  private selectedBar = -1;
  private readonly window = new TimeWindow();
  private scrollY = 0;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private palette: TimelinePalette | null = null;
  private frameRequest = 0;
  private staticDirty = true;
  private readonly overlay = new OverlayPainter();
  private readonly pointer = new PlotPointer({
    plot: () => this.plot,
    layout: () => this.layout,
    frame: () => this.frame(),
    view: () => ({ t0: this.window.t0, t1: this.window.t1, scrollY: this.scrollY }),
    pan: (t0, span, scrollY) => {
      this.scrollY = scrollY;
      this.setWindow(t0, span);
    },
    zoom: (factor, time) => this.zoom(factor, time),
    hover: (bar, at, note) => {
      this.hovered = bar;
      this.tooltipAt = at;
      this.note = note;
    },
    select: (bar) => this.select(bar),
    seek: (time) => emit(this, 'sc-seek', { time }),
  });
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.observeSize();
      this.requestDraw(true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
  }

  /** Shows the whole trace. */
  fit(): void {
    if (!this.layout) return;
    this.window.fit(this.layout);
    this.requestDraw(true);
  }

  /** Zooms by `factor` (> 1 zooms in) around `time`, by default the middle of the window. */
  zoom(factor: number, time = (this.window.t0 + this.window.t1) / 2): void {
    if (!this.layout) return;
    this.window.zoom(this.layout, factor, time);
    this.requestDraw(true);
  }

  /** Where a task's bar is drawn, in CSS pixels relative to the plot; null when it is not on screen. */
  taskBox(taskId: number): { x: number; y: number; width: number; height: number } | null {
    const l = this.layout;
    const f = this.frame();
    const b = l ? barOfTask(l, taskId) : -1;
    if (!l || !f || b < 0) return null;
    const x0 = Math.max(LABEL_WIDTH, xOf(f, l.bars.start[b]!));
    const x1 = Math.min(f.width, xOf(f, l.bars.end[b]!));
    const y = laneY(f, l.bars.lane[b]!, l.bars.executor[b]!);
    if (x1 < x0 || y + f.laneHeight < f.lanesTop || y > f.height) return null;
    return { x: x0, y, width: Math.max(1, x1 - x0), height: f.laneHeight };
  }

  /** The plot's x coordinate (CSS pixels) of a time; for tests and hosts that place things over the axis. */
  xOfTime(time: number): number | null {
    const f = this.frame();
    return f ? xOf(f, time) : null;
  }

  /** What is drawn now, for ./timeline-export.ts (timelinePng, timelineSvg); null before a layout. */
  picture(): TimelinePicture | null {
    const [layout, frame] = [this.layout, this.frame()];
    if (!layout || !frame) return null;
    return { layout, frame, palette: readPalette(this), time: this.time, selected: this.selectedBar };
  }

  private setWindow(t0: number, span: number): void {
    if (!this.layout) return;
    this.window.set(this.layout, t0, span);
    this.requestDraw(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('trace')) {
      this.layout = this.trace ? buildTimeline(this.trace) : null;
      const events = this.trace?.events ?? [];
      this.clock = new Float64Array(events.length);
      let max = -Infinity;
      events.forEach((e, i) => (this.clock[i] = max = Math.max(max, e.time)));
      this.scrollY = 0;
      this.hovered = -1;
      this.fit();
    }
    if ((changed.has('trace') || changed.has('selectedTaskId')) && this.layout)
      this.selectedBar = this.selectedTaskId === null ? -1 : barOfTask(this.layout, this.selectedTaskId);
    if (changed.has('time') && this.layout && this.window.follow(this.layout, this.time))
      this.requestDraw(true);
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  private observeSize(): void {
    if (this.resizeObserver || !this.plot) return;
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this.plot);
    this.measure();
  }

  private measure(): void {
    const box = this.plot?.getBoundingClientRect();
    if (!box) return;
    const w = Math.floor(this.plot.clientWidth);
    const h = Math.floor(this.plot.clientHeight);
    if (w === this.width && h === this.height && devicePixelRatio === this.dpr) return;
    this.width = w;
    this.height = h;
    this.dpr = devicePixelRatio || 1;
    for (const c of [this.staticCanvas, this.overlayCanvas]) {
      c.width = Math.max(1, Math.round(w * this.dpr));
      c.height = Math.max(1, Math.round(h * this.dpr));
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    this.requestDraw(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const onlyOverlay = [...changed.keys()].every((k) =>
      ['time', 'selectedTaskId', 'index', 'hovered', 'tooltipAt'].includes(String(k)),
    );
    this.requestDraw(changed.size === 0 || !onlyOverlay);
    this.reflectTestHooks();
  }

  private reflectTestHooks(): void {
    const count = this.trace?.events.length ?? 0;
    this.dataset['eventCount'] = String(count);
    this.dataset['eventIndex'] = String(this.index ?? positionAt(this.clock, this.time));
    const l = this.layout;
    this.dataset['taskCount'] = String(l?.bars.count ?? 0);
    let running = 0;
    if (l) for (let lane = 0; lane < l.laneCount; lane++) if (runningBar(l, lane, this.time) >= 0) running++;
    this.dataset['runningCount'] = String(running);
  }

  private requestDraw(staticToo: boolean): void {
    if (staticToo) this.staticDirty = true;
    if (!this.frameRequest) this.frameRequest = requestAnimationFrame(() => this.draw());
  }

  private frame(): TimelineFrame | null {
    if (!this.layout || this.width === 0 || this.height === 0) return null;
    const f = frameFor(this.layout, this.width, this.height, this.window.t0, this.window.t1, this.scrollY);
    this.scrollY = f.scrollY;
    return f;
  }

  private draw(): void {
    this.frameRequest = 0;
    const f = this.frame();
    const layout = this.layout;
    if (!f || !layout) return;
    const staticCtx = this.staticCanvas.getContext('2d');
    const overlayCtx = this.overlayCanvas.getContext('2d');
    if (!staticCtx || !overlayCtx) return;
    if (this.staticDirty) {
      this.staticDirty = false;
      this.palette = readPalette(this);
      staticCtx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      paintStatic(staticCtx, layout, f, this.palette);
      this.overlay.invalidate();
    }
    overlayCtx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.overlay.paint(overlayCtx, layout, f, this.palette ?? readPalette(this), {
      time: this.time,
      hovered: this.hovered,
      selected: this.selectedBar,
    });
    const x = xOf(f, this.time);
    const shown = x >= LABEL_WIDTH && x <= f.width;
    this.cursor.style.display = shown ? '' : 'none';
    if (shown) this.cursor.style.transform = `translateX(${x.toFixed(1)}px)`;
  }

  private select(bar: number): void {
    this.selectedBar = bar;
    const taskId = bar >= 0 && this.layout ? this.layout.bars.taskId[bar]! : null;
    this.selectedTaskId = taskId;
    emit(this, 'sc-select-task', { taskId });
  }

  /** Pans and scrolls so that a bar is in view. */
  private reveal(bar: number): void {
    const l = this.layout;
    const f = this.frame();
    if (!l || !f || bar < 0) return;
    const start = l.bars.start[bar]!;
    const end = l.bars.end[bar]!;
    const span = this.window.t1 - this.window.t0;
    if (end < this.window.t0 || start > this.window.t1) this.setWindow((start + end) / 2 - span / 2, span);
    const y = laneY(f, l.bars.lane[bar]!, l.bars.executor[bar]!);
    if (y < f.lanesTop) this.scrollY -= f.lanesTop - y + f.laneHeight;
    else if (y + f.laneHeight > f.height) this.scrollY += y + f.laneHeight - f.height + f.laneHeight;
    this.requestDraw(true);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const l = this.layout;
    if (!l) return;
    const steps: Record<string, BarStep> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    const step = steps[e.key];
    let handled = true;
    if (step) {
      const from = this.selectedBar >= 0 ? this.selectedBar : this.hovered;
      const next = from < 0 ? this.firstVisibleBar() : stepBar(l, from, step);
      if (next >= 0) {
        this.select(next);
        this.reveal(next);
      }
    } else if (e.key === 'Escape') this.select(-1);
    else if (e.key === 'Enter' && this.selectedBar >= 0)
      emit(this, 'sc-seek', { time: l.bars.start[this.selectedBar]! });
    else if (e.key === '+' || e.key === '=') this.zoom(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.zoom(1 / ZOOM_STEP);
    else if (e.key === '0') this.fit();
    else if (e.key === 'PageDown' || e.key === 'PageUp') {
      this.scrollY += (e.key === 'PageDown' ? 1 : -1) * Math.max(20, this.height - 60);
      this.requestDraw(true);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  private firstVisibleBar(): number {
    const l = this.layout;
    const f = this.frame();
    if (!l || !f) return -1;
    const [first, last] = visibleLanes(l, f);
    for (let lane = first; lane <= last; lane++) {
      const b = barAt(l, lane, (this.window.t0 + this.window.t1) / 2, this.window.t1 - this.window.t0);
      if (b >= 0) return b;
    }
    return stepBar(l, -1, 'right');
  }

  private readout() {
    const bar = this.selectedBar >= 0 ? this.selectedBar : this.hovered;
    return renderReadout(
      this.words(bar),
      bar >= 0 && bar === this.selectedBar,
      (this.layout?.bars.count ?? 0) > 0,
    );
  }

  private words(bar: number): TaskWords | null {
    return bar >= 0 && this.trace && this.layout ? taskWords(this.trace, this.layout, bar) : null;
  }

  override render() {
    return html`<div class="toolbar">
        <button
          type="button"
          @click=${() => this.zoom(ZOOM_STEP)}
          aria-label=${msg('Zoom in')}
          title=${msg('Zoom in')}
        >
          +
        </button>
        <button
          type="button"
          @click=${() => this.zoom(1 / ZOOM_STEP)}
          aria-label=${msg('Zoom out')}
          title=${msg('Zoom out')}
        >
          −
        </button>
        <button type="button" @click=${() => this.fit()}>${msg('Fit')}</button>
        ${renderLegend()}
      </div>
      <div
        class="plot"
        tabindex="0"
        role="application"
        aria-label=${msg('Task timeline')}
        aria-describedby="readout"
        @pointerdown=${this.pointer.down}
        @pointermove=${this.pointer.move}
        @pointerup=${this.pointer.up}
        @pointercancel=${this.pointer.up}
        @pointerleave=${this.pointer.leave}
        @wheel=${this.pointer.wheel}
        @keydown=${this.onKeyDown}
      >
        <canvas class="static" aria-hidden="true"></canvas>
        <canvas class="overlay" aria-hidden="true"></canvas>
        <div class="cursor" aria-hidden="true" style="display: none"></div>
        ${renderTooltip(
          this.tooltipAt ? this.words(this.hovered) : null,
          this.note,
          this.tooltipAt,
          this.width,
          this.height,
        )}
      </div>
      ${this.readout()}`;
  }
}
