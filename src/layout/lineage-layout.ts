/**
 * Positions for a layered graph with nested clusters: the geometry of the lineage view.
 *
 * Needs: node sizes, edges between known nodes, clusters (each node is placed in at most one
 * `home` cluster; a cluster may also list extra members it merely covers, as when one RDD belongs
 * to two stages of a job). Guarantees: nodes do not overlap, every cluster box contains all of its
 * members' boxes and its child clusters, the result depends only on the input (same input, same
 * numbers). The types and the cluster boxes shared by the layered layout (./layered/) and its
 * reference, dagre (./dagre-layout.ts, not exported by ./index.ts, to keep it out of the app's bundle).
 */
export type LayoutDirection = 'LR' | 'TB';

export interface LayoutNodeInput {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** The innermost cluster the node is laid out in. */
  readonly cluster?: string;
}

export interface LayoutEdgeInput {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface LayoutClusterInput {
  readonly id: string;
  /** The enclosing cluster, if any. */
  readonly parent?: string;
  /** Nodes the cluster must cover besides those placed in it. */
  readonly extraMembers?: readonly string[];
  /** The box is at least this wide (room for its label), widened evenly on both sides. */
  readonly minWidth?: number;
}

export interface LayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
  readonly clusters: readonly LayoutClusterInput[];
  readonly direction: LayoutDirection;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutResult {
  /** Top-left boxes, by node id. */
  readonly nodes: ReadonlyMap<string, Box>;
  /** Polyline points from source border to target border, by edge id. */
  readonly edges: ReadonlyMap<string, readonly Point[]>;
  /** Cluster boxes, by cluster id; the label band is the top `CLUSTER_LABEL_BAND` pixels. */
  readonly clusters: ReadonlyMap<string, Box>;
  readonly width: number;
  readonly height: number;
}

/** Room inside a cluster box, around its members. */
export const CLUSTER_PADDING = 10;
/** Room at the top of a cluster box for its label. */
export const CLUSTER_LABEL_BAND = 20;
const MARGIN = 16;

/**
 * Pass 3: each cluster's box is the union of its members' boxes and its children's boxes, with
 * padding and a label band. Computed innermost first, so a parent always covers its children.
 */
export function clusterBoxes(input: LayoutInput, nodes: ReadonlyMap<string, Box>): Map<string, Box> {
  const members = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const cluster of input.clusters) {
    members.set(cluster.id, [...(cluster.extraMembers ?? [])]);
    children.set(cluster.id, []);
  }
  for (const cluster of input.clusters)
    if (cluster.parent !== undefined) children.get(cluster.parent)?.push(cluster.id);
  for (const node of input.nodes) if (node.cluster !== undefined) members.get(node.cluster)?.push(node.id);
  const minWidth = new Map(input.clusters.map((c) => [c.id, c.minWidth ?? 0]));
  const boxes = new Map<string, Box>();
  const visit = (id: string): Box | undefined => {
    const done = boxes.get(id);
    if (done) return done;
    const parts: Box[] = [];
    for (const child of children.get(id) ?? []) {
      const box = visit(child);
      if (box) parts.push(box);
    }
    for (const member of members.get(id) ?? []) {
      const box = nodes.get(member);
      if (box) parts.push(box);
    }
    if (parts.length === 0) return undefined;
    const union = unionBox(parts);
    const widen = Math.max(0, (minWidth.get(id) ?? 0) - union.width - 2 * CLUSTER_PADDING) / 2;
    const box = {
      x: union.x - CLUSTER_PADDING - widen,
      y: union.y - CLUSTER_PADDING - CLUSTER_LABEL_BAND,
      width: union.width + 2 * CLUSTER_PADDING + 2 * widen,
      height: union.height + 2 * CLUSTER_PADDING + CLUSTER_LABEL_BAND,
    };
    boxes.set(id, box);
    return box;
  };
  for (const cluster of input.clusters) visit(cluster.id);
  return boxes;
}

/** Pass 5: translate everything so the drawing starts at (MARGIN, MARGIN); round to 0.1 px. */
export function shiftToOrigin(
  nodes: Map<string, Box>,
  edges: Map<string, Point[]>,
  clusters: Map<string, Box>,
): LayoutResult {
  const all = [...nodes.values(), ...clusters.values()];
  const extent = all.length > 0 ? unionBox(all) : { x: 0, y: 0, width: 0, height: 0 };
  const dx = MARGIN - extent.x;
  const dy = MARGIN - extent.y;
  const round = (v: number): number => Math.round(v * 10) / 10;
  const moveBox = (b: Box): Box => ({
    x: round(b.x + dx),
    y: round(b.y + dy),
    width: round(b.width),
    height: round(b.height),
  });
  return {
    nodes: new Map([...nodes].map(([id, b]) => [id, moveBox(b)])),
    clusters: new Map([...clusters].map(([id, b]) => [id, moveBox(b)])),
    edges: new Map(
      [...edges].map(([id, points]) => [id, points.map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) }))]),
    ),
    width: round(extent.width + 2 * MARGIN),
    height: round(extent.height + 2 * MARGIN),
  };
}

export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
