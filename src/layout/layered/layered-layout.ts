/**
 * The lineage layout: a layered (Sugiyama) layout that lays out each cluster on its own, inner
 * clusters first, and then places the laid-out clusters as single items in their parent, the
 * way a stage DAG nests operation scopes inside stages. Lineages are mostly trees of short
 * chains, so each block is small and the whole runs in near-linear time, where dagre's compound
 * layout works on one large graph with border nodes (./../lineage-layout.ts keeps it as the
 * reference).
 *
 *   buildHierarchy → for each block, innermost first: assignRanks → orderLayers → placeItems
 *   → absolute positions → routeEdges → clusterBoxes → shiftToOrigin
 *
 * Guarantees: as `LayoutResult` documents; the same input gives the same numbers.
 */
import {
  CLUSTER_LABEL_BAND,
  CLUSTER_PADDING,
  clusterBoxes,
  shiftToOrigin,
  type Box,
  type LayoutInput,
  type LayoutResult,
  type Point,
} from '../lineage-layout.ts';
import { ROOT, buildHierarchy, childKey, type Hierarchy } from './hierarchy.ts';
import { globalOrder } from './global-order.ts';
import { orderLayers } from './order.ts';
import { placeItems, type Spacing } from './position.ts';
import { assignRanks } from './rank.ts';
import { minOf } from '../extremes.ts';

const SPACING: Spacing = { rankGap: 54, itemGap: 26, dummyGap: 10 };

interface BlockLayout {
  /** Content size (without the cluster's padding and label band). */
  readonly width: number;
  readonly height: number;
  /** Top-left of each child relative to the content's origin, by `childKey`. */
  readonly child: ReadonlyMap<string, Point>;
  /** Bend points of each edge laid out in this block, relative to the content's origin. */
  readonly bends: ReadonlyMap<string, readonly Point[]>;
  readonly back: ReadonlySet<string>;
}

export function layoutLineage(input: LayoutInput): LayoutResult {
  const hierarchy = buildHierarchy(input);
  const nodeSize = new Map(input.nodes.map((n) => [n.id, n]));
  const minWidth = new Map(input.clusters.map((c) => [c.id, c.minWidth ?? 0]));
  const blocks = new Map<string, BlockLayout>();
  const nonEmpty = markNonEmpty(hierarchy);
  const order = globalOrder(input);
  layoutBlock(ROOT, { input, hierarchy, nodeSize, minWidth, nonEmpty, order, blocks, first: new Map() });
  const nodes = new Map<string, Box>();
  const origin = new Map<string, Point>();
  placeAbsolute(ROOT, { x: 0, y: 0 }, { hierarchy, blocks, nodeSize, minWidth, nonEmpty, nodes, origin });
  const edges = routeEdges(input, hierarchy, blocks, nodes, origin);
  return shiftToOrigin(nodes, edges, clusterBoxes(input, nodes));
}

/** Clusters with at least one node somewhere inside; empty ones take no room. */
function markNonEmpty(hierarchy: Hierarchy): Set<string> {
  const result = new Set<string>();
  const visit = (block: string): boolean => {
    let any = false;
    for (const c of hierarchy.children.get(block) ?? []) if (c.kind === 'node' || visit(c.id)) any = true;
    if (any) result.add(block);
    return any;
  };
  visit(ROOT);
  return result;
}

interface BlockContext {
  readonly input: LayoutInput;
  readonly hierarchy: Hierarchy;
  readonly nodeSize: ReadonlyMap<string, { width: number; height: number }>;
  readonly minWidth: ReadonlyMap<string, number>;
  readonly nonEmpty: ReadonlySet<string>;
  /** Global depth-first key of each node. */
  readonly order: ReadonlyMap<string, number>;
  readonly blocks: Map<string, BlockLayout>;
  /** Smallest global key inside each block laid out so far. */
  readonly first: Map<string, number>;
}

/** Pass 2–4 for one block, its child clusters first. */
function layoutBlock(block: string, context: BlockContext): BlockLayout {
  const { input, hierarchy, nodeSize, nonEmpty, order, blocks, first } = context;
  const items = (hierarchy.children.get(block) ?? []).filter((c) => c.kind === 'node' || nonEmpty.has(c.id));
  const sizes = items.map((c): { width: number; height: number } => {
    if (c.kind === 'node') return nodeSize.get(c.id)!;
    const inner = layoutBlock(c.id, context);
    return {
      width: outerWidth(inner, context.minWidth.get(c.id) ?? 0),
      height: inner.height + 2 * CLUSTER_PADDING + CLUSTER_LABEL_BAND,
    };
  });
  const lr = input.direction === 'LR';
  const rankSize = sizes.map((s) => (lr ? s.width : s.height));
  const orderSize = sizes.map((s) => (lr ? s.height : s.width));

  const indexOf = new Map(items.map((c, i) => [childKey(c), i]));
  const pairs: [number, number][] = [];
  const pairOf = new Map<string, number>();
  const edgePair = new Map<string, number>();
  for (const e of hierarchy.edges.get(block) ?? []) {
    const s = indexOf.get(childKey(e.from));
    const t = indexOf.get(childKey(e.to));
    if (s === undefined || t === undefined) continue;
    const key = `${s}>${t}`;
    if (!pairOf.has(key)) {
      pairOf.set(key, pairs.length);
      pairs.push([s, t]);
    }
    edgePair.set(e.id, pairOf.get(key)!);
  }

  const ranks = assignRanks(items.length, pairs);
  const keys = items.map((c) => (c.kind === 'node' ? (order.get(c.id) ?? 0) : (first.get(c.id) ?? 0)));
  first.set(block, minOf(keys));
  const graph = orderLayers(items.length, pairs, ranks.rank, ranks.back, keys);
  const fullRank = [...rankSize, ...new Array<number>(graph.count - items.length).fill(0)];
  const fullOrder = [...orderSize, ...new Array<number>(graph.count - items.length).fill(0)];
  const placed = placeItems(graph, fullRank, fullOrder, SPACING);
  const toPoint = (rankCoord: number, orderCoord: number): Point =>
    lr
      ? { x: rankCoord, y: orderCoord - placed.orderMin }
      : { x: orderCoord - placed.orderMin, y: rankCoord };

  const child = new Map<string, Point>();
  items.forEach((c, i) =>
    child.set(childKey(c), toPoint(placed.rankStart[i]!, placed.orderCentre[i]! - orderSize[i]! / 2)),
  );
  const bends = new Map<string, readonly Point[]>();
  const back = new Set<string>();
  for (const [edgeId, pair] of edgePair) {
    if (ranks.back[pair]) back.add(edgeId);
    bends.set(
      edgeId,
      graph.chains[pair]!.map((d) => toPoint(placed.rankStart[d]!, placed.orderCentre[d]!)),
    );
  }
  const extent = placed.orderMax - placed.orderMin;
  const layout = {
    width: lr ? placed.rankExtent : extent,
    height: lr ? extent : placed.rankExtent,
    child,
    bends,
    back,
  };
  blocks.set(block, layout);
  return layout;
}

/** A cluster block's width: its content and padding, or its label's minimum if wider. */
function outerWidth(inner: BlockLayout, minWidth: number): number {
  return Math.max(inner.width + 2 * CLUSTER_PADDING, minWidth);
}

interface PlaceContext {
  readonly hierarchy: Hierarchy;
  readonly blocks: ReadonlyMap<string, BlockLayout>;
  readonly nodeSize: ReadonlyMap<string, { width: number; height: number }>;
  readonly minWidth: ReadonlyMap<string, number>;
  readonly nonEmpty: ReadonlySet<string>;
  readonly nodes: Map<string, Box>;
  readonly origin: Map<string, Point>;
}

/** Top-down: each child's absolute position from its block's content origin; content is centred in a block widened for its label. */
function placeAbsolute(block: string, contentOrigin: Point, context: PlaceContext): void {
  const { hierarchy, blocks, nodeSize, nonEmpty, nodes, origin } = context;
  origin.set(block, contentOrigin);
  const layout = blocks.get(block);
  if (!layout) return;
  for (const c of hierarchy.children.get(block) ?? []) {
    const at = layout.child.get(childKey(c));
    if (!at) continue;
    const x = contentOrigin.x + at.x;
    const y = contentOrigin.y + at.y;
    if (c.kind === 'node') {
      const size = nodeSize.get(c.id)!;
      nodes.set(c.id, { x, y, width: size.width, height: size.height });
    } else if (nonEmpty.has(c.id)) {
      const inner = blocks.get(c.id)!;
      const shift =
        (outerWidth(inner, context.minWidth.get(c.id) ?? 0) - inner.width - 2 * CLUSTER_PADDING) / 2;
      placeAbsolute(
        c.id,
        { x: x + CLUSTER_PADDING + shift, y: y + CLUSTER_PADDING + CLUSTER_LABEL_BAND },
        context,
      );
    }
  }
}

/** Each edge leaves its source's far side, passes its dummy bends, and enters its target's near side. */
function routeEdges(
  input: LayoutInput,
  hierarchy: Hierarchy,
  blocks: ReadonlyMap<string, BlockLayout>,
  nodes: ReadonlyMap<string, Box>,
  origin: ReadonlyMap<string, Point>,
): Map<string, Point[]> {
  const lr = input.direction === 'LR';
  const blockOfEdge = new Map<string, string>();
  for (const [block, lifted] of hierarchy.edges) for (const e of lifted) blockOfEdge.set(e.id, block);
  const edges = new Map<string, Point[]>();
  for (const e of input.edges) {
    const from = nodes.get(e.source);
    const to = nodes.get(e.target);
    if (!from || !to) {
      edges.set(e.id, []);
      continue;
    }
    const out: Point = lr
      ? { x: from.x + from.width, y: from.y + from.height / 2 }
      : { x: from.x + from.width / 2, y: from.y + from.height };
    const into: Point = lr ? { x: to.x, y: to.y + to.height / 2 } : { x: to.x + to.width / 2, y: to.y };
    const block = blockOfEdge.get(e.id);
    const layout = block === undefined ? undefined : blocks.get(block);
    const base = block === undefined ? undefined : origin.get(block);
    const bends =
      layout && base && !layout.back.has(e.id)
        ? (layout.bends.get(e.id) ?? []).map((p) => ({ x: p.x + base.x, y: p.y + base.y }))
        : [];
    edges.set(e.id, [out, ...bends, into]);
  }
  return edges;
}
