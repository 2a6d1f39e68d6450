import { describe, expect, it } from 'vitest';
import type { Box, LayoutResult, Point } from '../../src/layout/index.ts';
import { countCrossings, countOverlaps } from '../../bench/browser/quality.ts';
import {
  GENERATED_LIMITS,
  lineagePipeline,
  randomPipeline,
  simulationPipeline,
} from '../../bench/generate/pipelines.ts';
import { parsePipeline } from '../../src/model/index.ts';

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

function layout(nodes: Box[], edges: Point[][]): LayoutResult {
  return {
    nodes: new Map(nodes.map((b, i) => [`n${i}`, b])),
    edges: new Map(edges.map((p, i) => [`e${i}`, p])),
    clusters: new Map(),
    width: 100,
    height: 100,
  };
}

describe('bench drawing quality', () => {
  it('counts two edges that cross as one crossing', () => {
    const x = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ],
      [
        { x: 0, y: 10 },
        { x: 10, y: 0 },
      ],
    ];
    expect(countCrossings(layout([], x))).toBe(1);
  });

  it('does not count edges that only share an end, as edges leaving one node do', () => {
    const fan = [
      [
        { x: 0, y: 5 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 5 },
        { x: 10, y: 10 },
      ],
    ];
    expect(countCrossings(layout([], fan))).toBe(0);
  });

  it('counts boxes whose interiors intersect, not boxes that touch', () => {
    expect(countOverlaps(layout([box(0, 0), box(5, 5), box(10, 0)], []))).toBe(2);
    expect(countOverlaps(layout([box(0, 0), box(10, 0), box(0, 10)], []))).toBe(0);
  });
});

describe('bench pipeline generators', () => {
  it('generate pipelines that parsePipeline accepts, the same for the same size', () => {
    for (const p of [randomPipeline(2000), simulationPipeline(1000)]) expect(parsePipeline(p).ok).toBe(true);
    expect(parsePipeline(lineagePipeline(800), GENERATED_LIMITS).ok).toBe(true);
    expect(JSON.stringify(lineagePipeline(300))).toBe(JSON.stringify(lineagePipeline(300)));
  });
});
