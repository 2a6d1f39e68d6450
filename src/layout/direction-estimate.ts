/**
 * The drawing's size in each direction, estimated from the graph's shape before any layout: a
 * layered drawing is about as long as its longest path (ranks × the node's extent along the
 * flow, plus the gap between ranks) and as broad as its widest rank. Clusters' padding is left
 * out, so the numbers are low for nested drawings, but both directions are low alike, which is
 * all choosing a direction needs. Linear in nodes + edges, where laying out both directions to
 * compare them costs two layouts (seconds at 5,000 RDDs).
 *
 * Needs: a layout input (its direction is ignored). Guarantees: positive sizes for a non-empty
 * graph; the same input gives the same numbers.
 */
import { assignRanks } from './layered/rank.ts';
import type { LayoutInput } from './lineage-layout.ts';

export interface SizeEstimate {
  readonly width: number;
  readonly height: number;
}

/** The gaps of the layered layout (./layered/layered-layout.ts SPACING). */
const RANK_GAP = 54;
const ITEM_GAP = 26;

export function estimateSizes(input: Pick<LayoutInput, 'nodes' | 'edges'>): {
  readonly LR: SizeEstimate;
  readonly TB: SizeEstimate;
} {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  const pairs: [number, number][] = [];
  for (const e of input.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  }
  const { rank } = assignRanks(input.nodes.length, pairs);
  const perRank = new Map<number, number>();
  let ranks = 0;
  let breadth = 0;
  for (const r of rank) {
    const n = (perRank.get(r) ?? 0) + 1;
    perRank.set(r, n);
    if (n > breadth) breadth = n;
    if (r + 1 > ranks) ranks = r + 1;
  }
  let width = 0;
  let height = 0;
  for (const n of input.nodes) {
    if (n.width > width) width = n.width;
    if (n.height > height) height = n.height;
  }
  return {
    LR: { width: ranks * (width + RANK_GAP), height: breadth * (height + ITEM_GAP) },
    TB: { width: breadth * (width + ITEM_GAP), height: ranks * (height + RANK_GAP) },
  };
}
