/**
 * Pass 1 of the layered layout: the cluster tree and the edges each cluster must lay out.
 *
 * Needs: layout input whose clusters' `parent`s and nodes' `cluster`s name known clusters (unknown
 * ones are treated as the root). Guarantees: every node and cluster is a child of exactly one
 * block (`ROOT` or a cluster); every edge between two different nodes is lifted to the lowest
 * block containing both ends, between the two children of that block that contain its ends, as
 * dagre's nesting graph does for compound graphs, here without the extra border nodes.
 */
import type { LayoutInput } from '../lineage-layout.ts';

export const ROOT = '';

export interface BlockChild {
  readonly kind: 'node' | 'cluster';
  readonly id: string;
}

export interface LiftedEdge {
  readonly id: string;
  /** The children of the block that contain the edge's source and target. */
  readonly from: BlockChild;
  readonly to: BlockChild;
}

export interface Hierarchy {
  /** Children of each block in input order: clusters first (as declared), then nodes. */
  readonly children: ReadonlyMap<string, readonly BlockChild[]>;
  /** Edges to lay out inside each block. */
  readonly edges: ReadonlyMap<string, readonly LiftedEdge[]>;
  /** The chain of blocks from a node up to the root, innermost first (the root last). */
  readonly pathOf: (nodeId: string) => readonly string[];
}

export function buildHierarchy(input: LayoutInput): Hierarchy {
  const clusterIds = new Set(input.clusters.map((c) => c.id));
  const parentOfCluster = new Map<string, string>();
  for (const c of input.clusters)
    parentOfCluster.set(c.id, c.parent !== undefined && clusterIds.has(c.parent) ? c.parent : ROOT);
  const blockOfNode = new Map<string, string>();
  for (const n of input.nodes)
    blockOfNode.set(n.id, n.cluster !== undefined && clusterIds.has(n.cluster) ? n.cluster : ROOT);

  const children = new Map<string, BlockChild[]>([[ROOT, []]]);
  for (const c of input.clusters) children.set(c.id, []);
  for (const c of input.clusters)
    children.get(parentOfCluster.get(c.id) ?? ROOT)!.push({ kind: 'cluster', id: c.id });
  for (const n of input.nodes) children.get(blockOfNode.get(n.id) ?? ROOT)!.push({ kind: 'node', id: n.id });

  const chains = new Map<string, string[]>();
  const pathOf = (nodeId: string): string[] => {
    const known = chains.get(nodeId);
    if (known) return known;
    const chain: string[] = [];
    let block = blockOfNode.get(nodeId) ?? ROOT;
    const seen = new Set<string>();
    while (block !== ROOT && !seen.has(block)) {
      seen.add(block);
      chain.push(block);
      block = parentOfCluster.get(block) ?? ROOT;
    }
    chain.push(ROOT);
    chains.set(nodeId, chain);
    return chain;
  };

  const edges = new Map<string, LiftedEdge[]>();
  for (const e of input.edges) {
    if (e.source === e.target || !blockOfNode.has(e.source) || !blockOfNode.has(e.target)) continue;
    const up = pathOf(e.source);
    const down = pathOf(e.target);
    const downSet = new Set(down);
    const lca = up.find((b) => downSet.has(b)) ?? ROOT;
    const childToward = (nodeId: string, path: readonly string[]): BlockChild => {
      const index = path.indexOf(lca);
      return index <= 0 ? { kind: 'node', id: nodeId } : { kind: 'cluster', id: path[index - 1]! };
    };
    const lifted = { id: e.id, from: childToward(e.source, up), to: childToward(e.target, down) };
    if (lifted.from.kind === lifted.to.kind && lifted.from.id === lifted.to.id) continue;
    const list = edges.get(lca) ?? [];
    list.push(lifted);
    edges.set(lca, list);
  }
  return { children, edges, pathOf };
}

export const childKey = (c: BlockChild): string => `${c.kind === 'node' ? 'n' : 'c'}:${c.id}`;
