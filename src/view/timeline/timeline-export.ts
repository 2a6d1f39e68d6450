/**
 * The timeline as a picture for slides: what the element draws at the moment (axis, job and stage
 * spans, executors, lanes and bars, the running attempts, the selected one and the playback
 * cursor), by the same painters as the screen (./paint-static.ts, ./paint-overlay.ts), at the
 * plot's size in CSS pixels. The DOM legend, the toolbar and the hover tooltip are left out.
 *
 * - PNG: painted on canvases at a device pixel ratio of at least 2, so the image stays sharp on
 *   a projector; the canvas size is the plot's size × that ratio.
 * - SVG: real vector output. The painters draw into svgcanvas (a Context2D that builds SVG
 *   elements: a rect per fillRect, text per fillText, clip paths per clip), loaded with import()
 *   only when a timeline is exported. The killed attempts' stripes become a vector pattern.
 *
 * The layers are painted apart and stacked, as on screen: each painter starts by clearing its
 * whole layer.
 */
import type { TimelineLayout } from '../../layout/index.ts';
import { OverlayPainter } from './paint-overlay.ts';
import { HATCH_SIZE, paintStatic, strokeHatch } from './paint-static.ts';
import { AXIS_HEIGHT, LABEL_WIDTH, xOf, type TimelineFrame } from './timeline-frame.ts';
import type { TimelinePalette } from './timeline-palette.ts';
import type { Context as SvgContext } from 'svgcanvas';

/** What one picture shows: the element's state when it was taken (TimelineView.picture()). */
export interface TimelinePicture {
  readonly layout: TimelineLayout;
  readonly frame: TimelineFrame;
  readonly palette: TimelinePalette;
  /** The playback time (epoch ms) the cursor and the running attempts are drawn at. */
  readonly time: number;
  /** The selected bar, or −1. */
  readonly selected: number;
}

/** Where the cursor starts below the top (the element's `.cursor` has `top: 14px`). */
const CURSOR_TOP = 14;

/** The playback cursor the element draws as a DOM line (./timeline.styles.ts `.cursor`): a line and a notch. */
function paintCursor(ctx: CanvasRenderingContext2D, { frame: f, palette, time }: TimelinePicture): void {
  const x = xOf(f, time);
  if (x < LABEL_WIDTH || x > f.width) return;
  ctx.strokeStyle = palette.cursor;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, CURSOR_TOP);
  ctx.lineTo(x, f.height);
  ctx.stroke();
  ctx.fillStyle = palette.cursor;
  ctx.beginPath();
  ctx.moveTo(x - 5, CURSOR_TOP);
  ctx.lineTo(x + 5, CURSOR_TOP);
  ctx.lineTo(x, Math.min(AXIS_HEIGHT, CURSOR_TOP + 7));
  ctx.closePath();
  ctx.fill();
}

function paintLayers(
  p: TimelinePicture,
  base: CanvasRenderingContext2D,
  staticLayer: CanvasRenderingContext2D,
  overlayLayer: CanvasRenderingContext2D,
  killed?: CanvasPattern | null,
): void {
  paintStatic(staticLayer, p.layout, p.frame, p.palette, killed);
  new OverlayPainter().paint(overlayLayer, p.layout, p.frame, p.palette, {
    time: p.time,
    hovered: -1,
    selected: p.selected,
  });
  base.fillStyle = p.palette.bg;
  base.fillRect(0, 0, p.frame.width, p.frame.height);
}

/** The device pixel ratio of an exported PNG: the screen's, and at least 2. */
export function exportRatio(): number {
  return Math.max(2, globalThis.devicePixelRatio || 1);
}

/** The picture as a PNG, `ratio` image pixels per CSS pixel. */
export async function timelinePng(p: TimelinePicture, ratio = exportRatio()): Promise<Blob> {
  const { width, height } = p.frame;
  const layer = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context for the timeline picture');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { canvas, ctx };
  };
  const [base, below, above] = [layer(), layer(), layer()];
  paintLayers(p, base.ctx, below.ctx, above.ctx);
  base.ctx.drawImage(below.canvas, 0, 0, width, height);
  base.ctx.drawImage(above.canvas, 0, 0, width, height);
  paintCursor(base.ctx, p);
  return await new Promise<Blob>((resolve, reject) =>
    base.canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the timeline canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/** The picture as a standalone SVG document (vector: rects, paths and text). */
export async function timelineSvg(p: TimelinePicture): Promise<string> {
  const { Context } = await import('svgcanvas');
  const { width, height } = p.frame;
  // svgcanvas implements the Context2D calls the painters make; its type is its own.
  const as2d = (c: SvgContext) => c as unknown as CanvasRenderingContext2D;
  const layer = () => new Context({ width, height });
  const [base, below, above] = [layer(), layer(), layer()];
  const tile = new Context({ width: HATCH_SIZE, height: HATCH_SIZE });
  strokeHatch(as2d(tile));
  const killed = below.createPattern(tile, 'repeat') as unknown as CanvasPattern;
  paintLayers(p, as2d(base), as2d(below), as2d(above), killed);
  base.drawImage(below, 0, 0);
  base.drawImage(above, 0, 0);
  paintCursor(as2d(base), p);
  const root = base.getSvg();
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(root);
}
