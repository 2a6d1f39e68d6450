/**
 * Pass 4 of the layered layout, per block: coordinates. Along the rank axis each rank is a
 * column (or row) as wide as its widest item, items centred in it. Along the order axis each
 * item is placed as near as possible to the mean of its neighbours' centres (parents on the way
 * down, children on the way up) without overlapping the items next to it: per rank, an isotonic
 * regression with minimum separations (pool adjacent violators), exact and linear in the rank.
 *
 * Needs: ordered layers from ./order.ts and each item's sizes. Guarantees: items of one rank do
 * not overlap and keep their order; a chain is drawn straight when nothing is in its way.
 */
import type { LayeredGraph } from './order.ts';
import { maxOf } from '../extremes.ts';

export interface Spacing {
  readonly rankGap: number;
  readonly itemGap: number;
  readonly dummyGap: number;
}

export interface Placement {
  /** Rank-axis start and order-axis centre of each item. */
  readonly rankStart: readonly number[];
  readonly orderCentre: readonly number[];
  readonly rankExtent: number;
  readonly orderMin: number;
  readonly orderMax: number;
}

const ROUNDS = 3;

export function placeItems(
  graph: LayeredGraph,
  rankSize: readonly number[],
  orderSize: readonly number[],
  spacing: Spacing,
): Placement {
  const { layers } = graph;
  const columnWidth = layers.map((layer) =>
    maxOf(
      layer.map((i) => rankSize[i]!),
      0,
    ),
  );
  const columnStart: number[] = [];
  let cursor = 0;
  for (const width of columnWidth) {
    columnStart.push(cursor);
    cursor += width + spacing.rankGap;
  }
  const rankStart = new Array<number>(graph.count).fill(0);
  layers.forEach((layer, r) =>
    layer.forEach((i) => (rankStart[i] = columnStart[r]! + (columnWidth[r]! - rankSize[i]!) / 2)),
  );

  const centre = new Array<number>(graph.count).fill(0);
  const gapBetween = (a: number, b: number): number =>
    (orderSize[a]! + orderSize[b]!) / 2 +
    (graph.isDummy[a] || graph.isDummy[b] ? spacing.dummyGap : spacing.itemGap);
  // Start: each rank stacked from 0.
  for (const layer of layers) {
    let c = 0;
    layer.forEach((item, k) => {
      if (k > 0) c += gapBetween(layer[k - 1]!, item);
      centre[item] = c;
    });
  }
  const mean = (items: readonly number[]): number => items.reduce((s, i) => s + centre[i]!, 0) / items.length;
  for (let round = 0; round < ROUNDS; round++) {
    for (let r = 1; r < layers.length; r++)
      settle(layers[r]!, (i) => (graph.up[i]!.length > 0 ? mean(graph.up[i]!) : centre[i]!));
    for (let r = layers.length - 2; r >= 0; r--) {
      settle(layers[r]!, (i) =>
        graph.down[i]!.length > 0
          ? (mean(graph.down[i]!) + (graph.up[i]!.length > 0 ? mean(graph.up[i]!) : mean(graph.down[i]!))) / 2
          : centre[i]!,
      );
    }
  }

  /** Isotonic regression of the layer's centres towards `want`, keeping order and separations. */
  function settle(layer: readonly number[], want: (item: number) => number): void {
    const offset: number[] = [];
    let acc = 0;
    layer.forEach((item, k) => {
      if (k > 0) acc += gapBetween(layer[k - 1]!, item);
      offset.push(acc);
    });
    // Pool adjacent violators on z_k = centre_k - offset_k, which must be non-decreasing.
    const blocks: { sum: number; count: number; start: number }[] = [];
    layer.forEach((item, k) => {
      blocks.push({ sum: want(item) - offset[k]!, count: 1, start: k });
      while (blocks.length > 1) {
        const last = blocks[blocks.length - 1]!;
        const prev = blocks[blocks.length - 2]!;
        if (prev.sum / prev.count <= last.sum / last.count) break;
        blocks.pop();
        prev.sum += last.sum;
        prev.count += last.count;
      }
    });
    for (const block of blocks) {
      const z = block.sum / block.count;
      for (let k = block.start; k < block.start + block.count; k++) centre[layer[k]!] = z + offset[k]!;
    }
  }

  let orderMin = Infinity;
  let orderMax = -Infinity;
  for (let i = 0; i < graph.count; i++) {
    orderMin = Math.min(orderMin, centre[i]! - orderSize[i]! / 2);
    orderMax = Math.max(orderMax, centre[i]! + orderSize[i]! / 2);
  }
  if (graph.count === 0) orderMin = orderMax = 0;
  return {
    rankStart,
    orderCentre: centre,
    rankExtent: Math.max(0, cursor - spacing.rankGap),
    orderMin,
    orderMax,
  };
}
