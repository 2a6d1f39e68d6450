/**
 * Pointer and wheel input on the timeline's plot: hover hit-testing (bars, and notes on spans and
 * executor labels from ./hover-notes.ts), click to select, drag to pan (both axes), press or drag
 * on the axis to seek, wheel or pinch (a trackpad's ctrl+wheel, or two fingers on a touch screen)
 * to zoom around the pointer, shift+wheel or a horizontal wheel to pan. The element hands in what it owns as
 * callbacks; this class keeps only the drag in progress.
 */
import { barAt, type TimelineLayout } from '../../layout/index.ts';
import { noteAt } from './hover-notes.ts';
import {
  AXIS_HEIGHT,
  LABEL_WIDTH,
  laneAtY,
  msPerPixel,
  timeOf,
  type TimelineFrame,
} from './timeline-frame.ts';

export interface PointerHost {
  readonly plot: () => HTMLElement;
  readonly layout: () => TimelineLayout | null;
  readonly frame: () => TimelineFrame | null;
  /** The window and scroll now, and setters that clamp and redraw. */
  readonly view: () => { t0: number; t1: number; scrollY: number };
  readonly pan: (t0: number, span: number, scrollY: number) => void;
  readonly zoom: (factor: number, time: number) => void;
  /** The bar under the pointer (or −1), where the pointer is, and a note when it is over no bar. */
  readonly hover: (bar: number, at: { x: number; y: number } | null, note: readonly string[] | null) => void;
  readonly select: (bar: number) => void;
  readonly seek: (time: number) => void;
}

interface Drag {
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  readonly t0: number;
  readonly t1: number;
  readonly scrollY: number;
  readonly onAxis: boolean;
  moved: boolean;
}

export class PlotPointer {
  private drag: Drag | null = null;
  /** Touch pointers down, for a two-finger pinch: their last x positions. */
  private readonly touches = new Map<number, number>();
  private pinchDistance = 0;

  constructor(private readonly host: PointerHost) {}

  private local(e: PointerEvent | WheelEvent): { x: number; y: number } {
    const box = this.host.plot().getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  /** The bar under a point, with 3 pixels of slack so thin bars can be hit; −1 for none. */
  barUnder(x: number, y: number): number {
    const f = this.host.frame();
    const l = this.host.layout();
    if (!f || !l || x < LABEL_WIDTH) return -1;
    const lane = laneAtY(l, f, y);
    return lane < 0 ? -1 : barAt(l, lane, timeOf(f, x), 3 * msPerPixel(f));
  }

  private seekAt(x: number): void {
    const f = this.host.frame();
    const l = this.host.layout();
    if (!f || !l) return;
    this.host.seek(Math.min(l.endTime, Math.max(l.startTime, timeOf(f, Math.max(LABEL_WIDTH, x)))));
  }

  down = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    const { x, y } = this.local(e);
    if (e.pointerType === 'touch') {
      this.touches.set(e.pointerId, x);
      if (this.touches.size === 2) {
        // A second finger: the drag becomes a pinch.
        this.drag = null;
        const [a, b] = [...this.touches.values()] as [number, number];
        this.pinchDistance = Math.abs(a - b);
        return;
      }
    }
    const onAxis = y < AXIS_HEIGHT && x >= LABEL_WIDTH;
    const v = this.host.view();
    this.drag = {
      pointerId: e.pointerId,
      x,
      y,
      t0: v.t0,
      t1: v.t1,
      scrollY: v.scrollY,
      onAxis,
      moved: false,
    };
    try {
      this.host.plot().setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic event) cannot be captured; dragging still works inside.
    }
    if (onAxis) this.seekAt(x);
  };

  move = (e: PointerEvent): void => {
    const { x, y } = this.local(e);
    if (this.touches.has(e.pointerId) && this.touches.size === 2) {
      this.touches.set(e.pointerId, x);
      this.pinch();
      return;
    }
    const d = this.drag;
    if (d && d.pointerId === e.pointerId) {
      if (d.onAxis) {
        this.seekAt(x);
        return;
      }
      if (!d.moved && Math.hypot(x - d.x, y - d.y) < 4) return;
      d.moved = true;
      this.host.plot().classList.add('dragging');
      const f = this.host.frame();
      if (!f) return;
      const shift = ((x - d.x) / Math.max(1, f.width - LABEL_WIDTH)) * (d.t1 - d.t0);
      this.host.pan(d.t0 - shift, d.t1 - d.t0, d.scrollY - (y - d.y));
      this.host.hover(-1, null, null);
      return;
    }
    const bar = this.barUnder(x, y);
    const f = this.host.frame();
    const l = this.host.layout();
    const note = bar < 0 && f && l ? noteAt(l, f, x, y) : null;
    this.host.hover(bar, bar >= 0 || note ? { x, y } : null, note);
  };

  up = (e: PointerEvent): void => {
    this.touches.delete(e.pointerId);
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId) return;
    this.drag = null;
    this.host.plot().classList.remove('dragging');
    if (d.onAxis || d.moved) return;
    const { x, y } = this.local(e);
    this.host.select(this.barUnder(x, y));
  };

  /** Two fingers moved apart or together: zoom by the change of their distance, around their middle. */
  private pinch(): void {
    const f = this.host.frame();
    const [a, b] = [...this.touches.values()] as [number, number];
    const distance = Math.abs(a - b);
    if (!f || this.pinchDistance < 8 || distance < 8) {
      this.pinchDistance = distance;
      return;
    }
    this.host.zoom(distance / this.pinchDistance, timeOf(f, Math.max(LABEL_WIDTH, (a + b) / 2)));
    this.pinchDistance = distance;
  }

  leave = (): void => {
    if (!this.drag) this.host.hover(-1, null, null);
  };

  wheel = (e: WheelEvent): void => {
    const f = this.host.frame();
    if (!f || !this.host.layout()) return;
    e.preventDefault();
    const { x } = this.local(e);
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? f.height : 1;
    const v = this.host.view();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const px = (e.shiftKey ? e.deltaY || e.deltaX : e.deltaX) * scale;
      this.host.pan(v.t0 + px * msPerPixel(f), v.t1 - v.t0, v.scrollY);
    } else {
      const factor = Math.exp(-e.deltaY * scale * (e.ctrlKey ? 0.01 : 0.002));
      this.host.zoom(factor, timeOf(f, Math.max(LABEL_WIDTH, x)));
    }
  };
}
