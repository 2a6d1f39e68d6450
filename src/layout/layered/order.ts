/**
 * Pass 3 of the layered layout, per block: long edges become chains of dummy items (one per
 * rank crossed, as in dagre's `normalize`), then the items of each rank are ordered to reduce
 * crossings with barycenter sweeps (dagre's `order`, without its transposition heuristics).
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

const SWEEPS = 8;

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
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    const downward = sweep % 2 === 0;
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
      keyed.sort((a, b) => a.bary - b.bary || a.k - b.k);
      layers[r] = keyed.map((e) => e.item);
      layers[r]!.forEach((item, k) => (position[item] = k));
    }
    const crossings = totalCrossings(layers, down, position);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((l) => [...l]);
    }
  }
  best.forEach((layer, r) => (layers[r] = layer));
  index();
  return { count, rank, isDummy, up, down, chains, layers };
}

/** Crossings between two adjacent layers' edges: pairs whose ends are in opposite order. */
function layerCrossings(
  upper: readonly number[],
  down: readonly (readonly number[])[],
  position: readonly number[],
): number {
  const ends: [number, number][] = [];
  upper.forEach((item, k) => {
    for (const target of down[item]!) ends.push([k, position[target]!]);
  });
  let count = 0;
  for (let i = 0; i < ends.length; i++)
    for (let j = i + 1; j < ends.length; j++) {
      const [a, b] = ends[i]!;
      const [c, d] = ends[j]!;
      if ((a < c && b > d) || (a > c && b < d)) count++;
    }
  return count;
}

function totalCrossings(
  layers: readonly (readonly number[])[],
  down: readonly (readonly number[])[],
  position: readonly number[],
): number {
  let count = 0;
  for (let r = 0; r + 1 < layers.length; r++) count += layerCrossings(layers[r]!, down, position);
  return count;
}
