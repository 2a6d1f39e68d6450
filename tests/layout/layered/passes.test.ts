import { describe, expect, it } from 'vitest';
import { assignRanks } from '../../../src/layout/layered/rank.ts';
import { layerCrossings, orderLayers } from '../../../src/layout/layered/order.ts';
import { placeItems } from '../../../src/layout/layered/position.ts';
import { buildHierarchy, ROOT } from '../../../src/layout/layered/hierarchy.ts';

describe('assignRanks', () => {
  it('puts every target after its sources (longest path)', () => {
    const { rank, back } = assignRanks(4, [
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
    ]);
    expect(rank).toEqual([0, 1, 2, 3]);
    expect(back).toEqual([false, false, false, false]);
  });

  it('breaks a cycle instead of looping, marking the edge that points back', () => {
    const { rank, back } = assignRanks(3, [
      [0, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(rank[0]).toBe(0);
    expect(back.filter(Boolean)).toHaveLength(1);
  });
});

describe('orderLayers', () => {
  it('counts the crossings between two layers as comparing every pair of edges does', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const upper = Array.from({ length: 1 + next(8) }, (_, i) => i);
      const lowerSize = 1 + next(8);
      const position = [...upper.map((_, k) => k), ...Array.from({ length: lowerSize }, (_, k) => k)];
      const down = upper.map(() =>
        Array.from({ length: next(4) }, () => upper.length + next(lowerSize)).filter(
          (t, i, all) => all.indexOf(t) === i,
        ),
      );
      const ends = upper.flatMap((u, k) => down[u]!.map((t) => [k, position[t]!] as const));
      let brute = 0;
      for (let i = 0; i < ends.length; i++)
        for (let j = i + 1; j < ends.length; j++) {
          const [a, b] = ends[i]!;
          const [c, d] = ends[j]!;
          if ((a < c && b > d) || (a > c && b < d)) brute++;
        }
      expect(layerCrossings(upper, lowerSize, down, position)).toBe(brute);
    }
  });

  it('untangles two edges that cross in the initial order', () => {
    const graph = orderLayers(
      4,
      [
        [0, 3],
        [1, 2],
      ],
      [0, 0, 1, 1],
      [false, false],
      [0, 1, 2, 3],
    );
    const [top, bottom] = graph.layers;
    expect(top!.indexOf(0) < top!.indexOf(1)).toBe(bottom!.indexOf(3) < bottom!.indexOf(2));
  });

  it('splits a long edge into one dummy per rank crossed', () => {
    const graph = orderLayers(
      3,
      [
        [0, 1],
        [1, 2],
        [0, 2],
      ],
      [0, 1, 2],
      [false, false, false],
      [0, 1, 2],
    );
    expect(graph.chains[2]).toHaveLength(1);
    expect(graph.layers.map((l) => l.length)).toEqual([1, 2, 1]);
  });

  it('starts each layer in the given key order, so a tree needs no crossing', () => {
    const graph = orderLayers(
      3,
      [
        [0, 1],
        [0, 2],
      ],
      [0, 1, 1],
      [false, false],
      [0, 2, 1],
    );
    expect(graph.layers[1]).toEqual([2, 1]);
  });
});

describe('placeItems', () => {
  it('keeps items of a rank apart and a chain straight', () => {
    const graph = orderLayers(
      4,
      [
        [0, 2],
        [1, 3],
      ],
      [0, 0, 1, 1],
      [false, false],
      [0, 1, 2, 3],
    );
    const placed = placeItems(graph, [100, 100, 100, 100], [40, 40, 40, 40], {
      rankGap: 50,
      itemGap: 20,
      dummyGap: 10,
    });
    const [a, b, c, d] = placed.orderCentre;
    expect(Math.abs(b! - a!)).toBeGreaterThanOrEqual(60);
    expect(c).toBeCloseTo(a!);
    expect(d).toBeCloseTo(b!);
    expect(placed.rankStart[2]).toBe(150);
  });
});

describe('buildHierarchy', () => {
  it('lifts an edge between clusters to the block that holds both', () => {
    const h = buildHierarchy({
      direction: 'LR',
      nodes: [
        { id: 'a', width: 1, height: 1, cluster: 's0' },
        { id: 'b', width: 1, height: 1, cluster: 'scope' },
      ],
      clusters: [{ id: 's0' }, { id: 's1' }, { id: 'scope', parent: 's1' }],
      edges: [{ id: 'e', source: 'a', target: 'b' }],
    });
    expect(h.edges.get(ROOT)).toEqual([
      { id: 'e', from: { kind: 'cluster', id: 's0' }, to: { kind: 'cluster', id: 's1' } },
    ]);
    expect(h.pathOf('b')).toEqual(['scope', 's1', ROOT]);
  });
});
