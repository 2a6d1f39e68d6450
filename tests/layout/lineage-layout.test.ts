import { describe, expect, it } from 'vitest';
import {
  layoutLineage,
  lineageGraph,
  rddNodeId,
  stageClusterId,
  type Box,
  type LayoutInput,
} from '../../src/layout/index.ts';
import { wordCountPlan } from '../support/plans.ts';

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (outer: Box, inner: Box): boolean =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

/** A wide random DAG in clusters: a tree of chains with a few merges, as lineages are. */
function randomInput(seed: number, size: number): LayoutInput {
  let state = seed;
  const next = (): number => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const nodes = [];
  const edges = [];
  for (let i = 0; i < size; i++) {
    nodes.push({ id: `n${i}`, width: 120, height: 40, cluster: `c${Math.floor(i / 5)}` });
    if (i > 0) edges.push({ id: `e${i}`, source: `n${Math.floor(next() * i)}`, target: `n${i}` });
    if (i > 3 && next() < 0.2)
      edges.push({ id: `m${i}`, source: `n${Math.floor(next() * i)}`, target: `n${i}` });
  }
  const clusters = Array.from({ length: Math.ceil(size / 5) }, (_, i) => ({ id: `c${i}` }));
  return { nodes, edges, clusters, direction: 'LR' };
}

describe('layoutLineage', () => {
  it('places no two nodes on top of each other', () => {
    for (const direction of ['LR', 'TB'] as const) {
      const result = layoutLineage({ ...randomInput(7, 60), direction });
      const boxes = [...result.nodes.values()];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('draws every cluster around all of its nodes, extra members included', () => {
    const graph = lineageGraph(wordCountPlan, wordCountPlan.jobs[0], 'LR');
    const result = layoutLineage(graph.input);
    for (const stage of wordCountPlan.jobs[0]!.stages) {
      const box = result.clusters.get(stageClusterId(stage.stageId))!;
      for (const rddId of stage.rddIds) expect(contains(box, result.nodes.get(rddNodeId(rddId))!)).toBe(true);
    }
    const input = randomInput(3, 40);
    const random = layoutLineage(input);
    for (const node of input.nodes)
      expect(contains(random.clusters.get(node.cluster!)!, random.nodes.get(node.id)!)).toBe(true);
  });

  it('keeps the stages of word count apart, map side left of the result side', () => {
    const result = layoutLineage(lineageGraph(wordCountPlan, wordCountPlan.jobs[0], 'LR').input);
    const map = result.clusters.get(stageClusterId(0))!;
    const reduce = result.clusters.get(stageClusterId(1))!;
    expect(overlaps(map, reduce)).toBe(false);
    expect(map.x + map.width).toBeLessThanOrEqual(reduce.x);
  });

  it('gives the same numbers for the same input', () => {
    const input = randomInput(11, 50);
    const a = layoutLineage(input);
    const b = layoutLineage(input);
    expect([...a.nodes]).toEqual([...b.nodes]);
    expect([...a.edges]).toEqual([...b.edges]);
    expect([...a.clusters]).toEqual([...b.clusters]);
  });

  it('routes every dependency as an edge with at least two points', () => {
    const result = layoutLineage(lineageGraph(wordCountPlan, wordCountPlan.jobs[1], 'TB').input);
    expect(result.edges.size).toBe(4);
    for (const points of result.edges.values()) expect(points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('lineageGraph', () => {
  it('groups the two RDDs textFile creates into one operation scope inside stage 0', () => {
    const graph = lineageGraph(wordCountPlan, wordCountPlan.jobs[0], 'LR');
    expect([...graph.scopes.values()]).toEqual([[0, 1]]);
    const scope = graph.input.clusters.find((c) => c.id === [...graph.scopes.keys()][0]);
    expect(scope?.parent).toBe(stageClusterId(0));
  });

  it('has no stage clusters without a job', () => {
    const graph = lineageGraph(wordCountPlan, undefined, 'LR');
    expect(graph.input.clusters.filter((c) => c.id.startsWith('stage-'))).toEqual([]);
  });
});
