/**
 * Pass 3 of the layered layout, per block: long edges become chains of dummy items (one per
 * rank crossed, as in dagre's `normalize`), then the items of each rank are ordered to reduce
 * crossings with barycenter sweeps (dagre's `order`).
 *
 * Needs: ranks from ./rank.ts. Guarantees: every forward edge joins items of adjacent ranks
 * through its dummy chain; `layers[r]` lists the items of rank r in their final order; the
 * order depends only on the input (the initial order follows `initialKey`, the whole graph's
 * depth-first order from ./global-order.ts, so a tree is drawn without crossings before any sweep).
 */
import { maxOf } from '../extremes.ts';

export interface LayeredGraph {
  /** Item count including dummies; real items keep their indexes, dummies follow. */
  readonly count: number;
  readonly rank: readonly number[];
  readonly isDummy: readonly boolean[];
  /** Adjacent-rank edges after splitting long edges. */
  readonly up: readonly (readonly number[])[];
  readonly down: readonly (readonly number[])[];
  /** Per original edge index: the dummy items of its chain, in order (empty for short and back edges). */
  readonly chains: readonly (readonly number[])[];
  readonly layers: readonly (readonly number[])[];
}

/** At most this many barycenter sweeps, and at most STALE in a row that find no better order. */
const SWEEPS = 24;
const STALE = 6;

export function orderLayers(
  realCount: number,
  edges: readonly (readonly [number, number])[],
  rankOfReal: readonly number[],
  back: readonly boolean[],
  initialKey: readonly number[],
): LayeredGraph {
  const rank = [...rankOfReal];
  const key = [...initialKey];
  const isDummy = new Array<boolean>(realCount).fill(false);
  const up: number[][] = Array.from({ length: realCount }, () => []);
  const down: number[][] = Array.from({ length: realCount }, () => []);
  const chains: number[][] = edges.map(() => []);
  const link = (a: number, b: number): void => {
    down[a]!.push(b);
    up[b]!.push(a);
  };
  edges.forEach(([s, t], i) => {
    if (back[i]) return;
    let previous = s;
    for (let r = rank[s]! + 1; r < rank[t]!; r++) {
      const dummy = rank.length;
      rank.push(r);
      key.push(initialKey[t]!);
      isDummy.push(true);
      up.push([]);
      down.push([]);
      chains[i]!.push(dummy);
      link(previous, dummy);
      previous = dummy;
    }
    link(previous, t);
  });
  const count = rank.length;
  const layerCount = maxOf(rank, 0) + 1;

  // Initial order: by the global depth-first key, ties by index.
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  for (let i = 0; i < count; i++) layers[rank[i]!]!.push(i);
  for (const layer of layers) layer.sort((a, b) => key[a]! - key[b]! || a - b);

  const position = new Array<number>(count).fill(0);
  const index = (): void => layers.forEach((layer) => layer.forEach((item, k) => (position[item] = k)));
  index();
  let best = layers.map((l) => [...l]);
  let bestCrossings = totalCrossings(layers, down, position);
  // Sweeps alternate direction and, every second pair, which way equal barycenters lean (as
  // dagre's biasRight does). The best order seen is kept;
  // the search stops after STALE sweeps without improvement.
  let stale = 0;
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0 && stale < STALE; sweep++) {
    const downward = sweep % 2 === 0;
    const leanRight = sweep % 4 >= 2;
    const ranks = downward ? [...layers.keys()].slice(1) : [...layers.keys()].reverse().slice(1);
    for (const r of ranks) {
      const neighbours = downward ? up : down;
      const layer = layers[r]!;
      const keyed = layer.map((item, k) => {
        const around = neighbours[item]!;
        const bary =
          around.length === 0 ? k : around.reduce((sum, n) => sum + position[n]!, 0) / around.length;
        return { item, bary, k };
      });
      keyed.sort((a, b) => a.bary - b.bary || (leanRight ? b.k - a.k : a.k - b.k));
      layers[r] = keyed.map((e) => e.item);
      layers[r]!.forEach((item, k) => (position[item] = k));
    }
    const crossings = totalCrossings(layers, down, position);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((l) => [...l]);
      stale = 0;
    } else stale++;
  }
  best.forEach((layer, r) => (layers[r] = layer));
  index();
  return { count, rank, isDummy, up, down, chains, layers };
}

/**
 * Crossings between two adjacent layers' edges: pairs whose ends are in opposite order. Counted
 * as Barth, Jünger and Mutzel's bilayer cross count: edges sorted by (upper, lower) position,
 * then each lower end adds how many earlier edges end to its right, read from an accumulator
 * tree. O(e log e) where comparing every pair was O(e²), which dominated large layers.
 */
export function layerCrossings(
  upper: readonly number[],
  lowerSize: number,
  down: readonly (readonly number[])[],
  position: readonly number[],
): number {
  const lowerEnds: number[] = [];
  for (const item of upper) {
    const ends = down[item]!.map((t) => position[t]!);
    ends.sort((a, b) => a - b);
    for (const e of ends) lowerEnds.push(e);
  }
  if (lowerEnds.length < 2) return 0;
  let first = 1;
  while (first < lowerSize) first *= 2;
  const tree = new Array<number>(2 * first - 1).fill(0);
  first -= 1;
  let count = 0;
  for (const end of lowerEnds) {
    let index = end + first;
    tree[index]!++;
    while (index > 0) {
      if (index % 2 === 1) count += tree[index + 1]!;
      index = (index - 1) >> 1;
      tree[index]!++;
    }
  }
  return count;
}

function totalCrossings(
  layers: readonly (readonly number[])[],
  down: readonly (readonly number[])[],
  position: readonly number[],
): number {
  let count = 0;
  for (let r = 0; r + 1 < layers.length; r++)
    count += layerCrossings(layers[r]!, layers[r + 1]!.length, down, position);
  return count;
}
