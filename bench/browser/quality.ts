/**
 * Drawing quality of a `LayoutResult`, the same measure for both layouts so they compare:
 * - crossings: pairs of edge segments (the straight polylines the layout returns, from different
 *   edges) that properly intersect; touching at a shared end, as edges leaving one node do, is not
 *   a crossing. In a layered drawing that is the crossing count between adjacent layers, summed.
 * - overlaps: pairs of node boxes whose interiors intersect by more than half a pixel.
 * Both by a sweep over x, so each segment or box is compared only with those beside it.
 */
import type { LayoutResult } from '../../src/layout/index.ts';

interface Segment {
  readonly edge: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
};

function properlyCross(a: Segment, b: Segment): boolean {
  const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

export function countCrossings(layout: LayoutResult): number {
  const segments: Segment[] = [];
  let edge = 0;
  for (const points of layout.edges.values()) {
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1]!;
      const q = points[i]!;
      segments.push(
        p.x <= q.x
          ? { edge, x1: p.x, y1: p.y, x2: q.x, y2: q.y }
          : { edge, x1: q.x, y1: q.y, x2: p.x, y2: p.y },
      );
    }
    edge++;
  }
  segments.sort((a, b) => a.x1 - b.x1);
  let crossings = 0;
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((a) => a.x2 > s.x1);
    for (const a of active) if (a.edge !== s.edge && properlyCross(a, s)) crossings++;
    active.push(s);
  }
  return crossings;
}

export function countOverlaps(layout: LayoutResult): number {
  const boxes = [...layout.nodes.values()].sort((a, b) => a.x - b.x);
  const slack = 0.5;
  let overlaps = 0;
  let active: typeof boxes = [];
  for (const b of boxes) {
    active = active.filter((a) => a.x + a.width - slack > b.x);
    for (const a of active) if (a.y < b.y + b.height - slack && b.y < a.y + a.height - slack) overlaps++;
    active.push(b);
  }
  return overlaps;
}
