/**
 * The lineage geometry computed by `@dagrejs/dagre` on a compound graph (what Spark's UI uses):
 * the reference the layered layout (./layered/layered-layout.ts) is measured against for speed
 * and crossings, in tests and in the benchmark. Not used by the app, and in a file of its own so
 * dagre stays out of the app's bundle. Pure: dagre works on a private graph built here and only
 * coordinates are copied out.
 */
import dagre, { type graphlib } from '@dagrejs/dagre';
import {
  clusterBoxes,
  shiftToOrigin,
  type Box,
  type LayoutInput,
  type LayoutResult,
  type Point,
} from './lineage-layout.ts';

export function layoutLineageDagre(input: LayoutInput): LayoutResult {
  const graph = buildDagreGraph(input);
  dagre.layout(graph);
  const nodes = readNodeBoxes(input, graph);
  const clusters = clusterBoxes(input, nodes);
  const edges = readEdgePoints(input, graph);
  return shiftToOrigin(nodes, edges, clusters);
}

/** Pass 1: a private dagre graph; clusters become compound parents, so their members stay together. */
function buildDagreGraph(input: LayoutInput): graphlib.Graph {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  graph.setGraph({ rankdir: input.direction, nodesep: 26, ranksep: 54, edgesep: 12, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const cluster of input.clusters) graph.setNode(clusterKey(cluster.id), {});
  for (const cluster of input.clusters) {
    if (cluster.parent !== undefined) graph.setParent(clusterKey(cluster.id), clusterKey(cluster.parent));
  }
  for (const node of input.nodes) {
    graph.setNode(nodeKey(node.id), { width: node.width, height: node.height });
    if (node.cluster !== undefined) graph.setParent(nodeKey(node.id), clusterKey(node.cluster));
  }
  for (const edge of input.edges) graph.setEdge(nodeKey(edge.source), nodeKey(edge.target), {}, edge.id);
  return graph;
}

/** Pass 2: dagre's node centres, turned into top-left boxes. */
function readNodeBoxes(input: LayoutInput, graph: graphlib.Graph): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const node of input.nodes) {
    const placed = graph.node(nodeKey(node.id)) as { x: number; y: number };
    boxes.set(node.id, {
      x: placed.x - node.width / 2,
      y: placed.y - node.height / 2,
      width: node.width,
      height: node.height,
    });
  }
  return boxes;
}

/** Pass 4: dagre's edge polylines, keyed by the caller's edge ids. */
function readEdgePoints(input: LayoutInput, graph: graphlib.Graph): Map<string, Point[]> {
  const edges = new Map<string, Point[]>();
  for (const edge of input.edges) {
    const label = graph.edge({ v: nodeKey(edge.source), w: nodeKey(edge.target), name: edge.id }) as
      { points?: Point[] } | undefined;
    edges.set(
      edge.id,
      (label?.points ?? []).map((p) => ({ x: p.x, y: p.y })),
    );
  }
  return edges;
}

const nodeKey = (id: string): string => `n:${id}`;
const clusterKey = (id: string): string => `c:${id}`;
