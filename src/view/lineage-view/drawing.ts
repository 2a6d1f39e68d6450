/** The lineage view's drawing helpers: how far `fit()` zooms, edge curves and arrows, badge widths. */
import { curveBasis, line } from 'd3';
import { svg } from 'lit';
import { textUnits } from '../shared/labels.ts';

/** The smallest zoom `fit()` picks: below it the 11 px labels cannot be read. */
export const MIN_FIT = 0.5;

/** The zoom at which `size` exactly fits the view (toolbar band excluded). */
export function rawFit(size: { width: number; height: number }, width: number, height: number): number {
  return Math.min((width - 16) / size.width, (height - 48) / size.height);
}

export const edgePath = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBasis);

/** A badge's width: about 6 px a Latin character (CJK counted wider), plus its padding. */
export function badgeWidth(text: string): number {
  return textUnits(text) * 6 + 12;
}

/** The arrowheads of narrow and shuffle edges (`url(#arrow-narrow)`, `url(#arrow-shuffle)`). */
export const arrowMarkers = svg`<defs>
  <marker
    id="arrow-narrow"
    viewBox="0 0 10 10"
    refX="9"
    refY="5"
    markerWidth="7"
    markerHeight="7"
    orient="auto-start-reverse"
  >
    <path d="M0,0 L10,5 L0,10 z" fill="var(--sc-narrow, #7b8794)"></path>
  </marker>
  <marker
    id="arrow-shuffle"
    viewBox="0 0 10 10"
    refX="9"
    refY="5"
    markerWidth="6"
    markerHeight="6"
    orient="auto-start-reverse"
  >
    <path d="M0,0 L10,5 L0,10 z" fill="var(--sc-shuffle, #d1495b)"></path>
  </marker>
</defs>`;
