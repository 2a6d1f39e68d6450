import { describe, expect, it } from 'vitest';
import { estimateSizes, layoutLineage, type LayoutInput } from '../../src/layout/index.ts';

const node = (id: string) => ({ id, width: 196, height: 62 });

function graph(nodes: string[], edges: [string, string][]): LayoutInput {
  return {
    nodes: nodes.map(node),
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target })),
    clusters: [],
    direction: 'LR',
  };
}

describe('estimateSizes', () => {
  it('makes a long chain long along the flow in both directions', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `n${i}`);
    const size = estimateSizes(
      graph(
        ids,
        ids.slice(1).map((id, i) => [ids[i]!, id]),
      ),
    );
    expect(size.LR.width).toBeGreaterThan(10 * size.LR.height);
    expect(size.TB.height).toBeGreaterThan(10 * size.TB.width);
  });

  it('makes a wide fan broad across the flow', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => `l${i}`);
    const size = estimateSizes(
      graph(
        ['root', ...leaves],
        leaves.map((l) => ['root', l]),
      ),
    );
    expect(size.LR.height).toBeGreaterThan(size.LR.width);
    expect(size.TB.width).toBeGreaterThan(size.TB.height);
  });

  it('is close to the layered layout of a graph without clusters', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const input = graph(
      ids,
      ids.slice(1).map((id, i) => [ids[Math.floor(i / 2)]!, id]),
    );
    const estimate = estimateSizes(input).LR;
    const layout = layoutLineage(input);
    expect(estimate.width / layout.width).toBeGreaterThan(0.7);
    expect(estimate.width / layout.width).toBeLessThan(1.3);
    expect(estimate.height / layout.height).toBeGreaterThan(0.5);
    expect(estimate.height / layout.height).toBeLessThan(1.5);
  });
});
