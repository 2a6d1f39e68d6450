/**
 * Level of detail for large lineages: the part of a scene inside a window of the drawing. At
 * thousands of RDDs the SVG holds tens of thousands of elements, and the browser's style, layout
 * and paint of them, not the layout algorithm, is most of the time to first paint; the view can
 * be zoomed no further out than its readable minimum, so only a small part is ever on screen.
 * The view draws the window around what is visible (a screen's margin on every side) and draws
 * again when panning or zooming leaves it.
 *
 * Needs: a scene and a window in the scene's coordinates. Guarantees: every stage, scope, node
 * and edge whose bounding box meets the window is kept, in the scene's order; nothing else is.
 */
import type { Box, Point } from '../../layout/index.ts';
import type { LineageScene } from './lineage-scene.ts';

export interface Window {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Scenes with more RDDs than this are drawn by window (and their automatic direction estimated);
 * smaller ones whole. At 1,000 RDDs a whole drawing is some 13,000 SVG elements.
 */
export const WINDOWED_ABOVE = 500;

const meetsBox = (b: Box, w: Window): boolean =>
  b.x <= w.x1 && b.x + b.width >= w.x0 && b.y <= w.y1 && b.y + b.height >= w.y0;

function meetsPoints(points: readonly Point[], w: Window): boolean {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return x0 <= w.x1 && x1 >= w.x0 && y0 <= w.y1 && y1 >= w.y0;
}

export function visibleScene(scene: LineageScene, w: Window): LineageScene {
  return {
    width: scene.width,
    height: scene.height,
    stages: scene.stages.filter((s) => meetsBox(s.box, w)),
    scopes: scene.scopes.filter((s) => meetsBox(s.box, w)),
    nodes: scene.nodes.filter((n) => meetsBox(n.box, w)),
    edges: scene.edges.filter((e) => meetsPoints(e.points, w)),
  };
}

/** What a view of `width` × `height` shows under the zoom transform (x, y, k), widened by one view on every side. */
export function windowAround(
  transform: { readonly x: number; readonly y: number; readonly k: number },
  width: number,
  height: number,
): Window {
  const { x, y, k } = transform;
  const w = width / k;
  const h = height / k;
  const left = -x / k;
  const top = -y / k;
  return { x0: left - w, y0: top - h, x1: left + 2 * w, y1: top + 2 * h };
}

/** True when the view's visible part (no margin) lies inside the drawn window. */
export function covers(
  drawn: Window,
  transform: { readonly x: number; readonly y: number; readonly k: number },
  width: number,
  height: number,
): boolean {
  const { x, y, k } = transform;
  const left = -x / k;
  const top = -y / k;
  return left >= drawn.x0 && top >= drawn.y0 && left + width / k <= drawn.x1 && top + height / k <= drawn.y1;
}
