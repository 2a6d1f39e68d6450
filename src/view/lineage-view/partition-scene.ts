/**
 * The partition-level drawing: each RDD as a column of partition cells, each dependency as the
 * lines Spark's `Dependency.getParents` implies: `OneToOneDependency` joins partition i to i,
 * `RangeDependency` (UnionRDD) joins parent partition i to child partition offset + i, and a
 * `ShuffleDependency` or any other narrow dependency may read every parent partition, so it is
 * drawn all-to-all. Only for small plans: past the limits the view says so instead.
 */
import type { Plan } from '../../model/index.ts';
import type { LineageScene } from './lineage-scene.ts';

export const MAX_PARTITIONS_PER_RDD = 32;
export const MAX_PARTITIONS_TOTAL = 480;
const CELL_W = 18;
const CELL_H = 12;
const CELL_GAP = 3;
const COLUMN_GAP = 150;
const BLOCK_GAP = 34;
const HEADER = 30;
const MARGIN = 16;

export interface PartitionBlock {
  readonly rddId: number;
  readonly title: string;
  readonly operation: string;
  readonly color: string | null;
  readonly x: number;
  readonly y: number;
  readonly cells: readonly { readonly x: number; readonly y: number }[];
}

export interface PartitionLink {
  readonly rddId: number;
  readonly index: number;
  readonly type: 'narrow' | 'shuffle';
  readonly pattern: 'one-to-one' | 'range' | 'all-to-all';
  readonly reason: string;
  readonly lines: readonly {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  }[];
}

export interface PartitionScene {
  readonly tooLarge: boolean;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly PartitionBlock[];
  readonly links: readonly PartitionLink[];
}

export function partitionScene(plan: Plan, scene: LineageScene): PartitionScene {
  const total = plan.rdds.reduce((sum, r) => sum + r.numPartitions, 0);
  if (total > MAX_PARTITIONS_TOTAL || plan.rdds.some((r) => r.numPartitions > MAX_PARTITIONS_PER_RDD)) {
    return { tooLarge: true, width: 520, height: 80, blocks: [], links: [] };
  }
  // Columns: an RDD sits one column right of its deepest parent.
  const depth = new Map<number, number>();
  for (const rdd of plan.rdds)
    depth.set(rdd.rddId, Math.max(-1, ...rdd.deps.map((d) => depth.get(d.rddId) ?? 0)) + 1);
  const columnY = new Map<number, number>();
  const nodeById = new Map(scene.nodes.map((n) => [n.rddId, n]));
  const blocks = new Map<number, PartitionBlock>();
  for (const rdd of plan.rdds) {
    const column = depth.get(rdd.rddId) ?? 0;
    const x = MARGIN + column * (CELL_W + COLUMN_GAP);
    const y = columnY.get(column) ?? MARGIN;
    const cells = Array.from({ length: rdd.numPartitions }, (_, i) => ({
      x,
      y: y + HEADER + i * (CELL_H + CELL_GAP),
    }));
    columnY.set(column, y + HEADER + rdd.numPartitions * (CELL_H + CELL_GAP) + BLOCK_GAP);
    const node = nodeById.get(rdd.rddId);
    blocks.set(rdd.rddId, {
      rddId: rdd.rddId,
      title: node?.title ?? String(rdd.rddId),
      operation: node?.operation ?? '',
      color: node?.color ?? null,
      x,
      y,
      cells,
    });
  }
  const reasons = new Map(scene.edges.map((e) => [`${e.rddId}/${e.index}`, e.reason]));
  const links: PartitionLink[] = plan.rdds.flatMap((rdd) => {
    const child = blocks.get(rdd.rddId);
    let rangeOffset = 0;
    return rdd.deps.map((dep, index) => {
      const parent = blocks.get(dep.rddId);
      const pattern = dep.type === 'OneToOne' ? 'one-to-one' : dep.type === 'Range' ? 'range' : 'all-to-all';
      const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
      const join = (from: number, to: number): void => {
        const a = parent?.cells[from];
        const b = child?.cells[to];
        if (a && b) lines.push({ x1: a.x + CELL_W, y1: a.y + CELL_H / 2, x2: b.x, y2: b.y + CELL_H / 2 });
      };
      const parentCount = parent?.cells.length ?? 0;
      if (pattern === 'one-to-one') for (let i = 0; i < parentCount; i++) join(i, i);
      else if (pattern === 'range') {
        for (let i = 0; i < parentCount; i++) join(i, rangeOffset + i);
        rangeOffset += parentCount;
      } else
        for (let i = 0; i < parentCount; i++) for (let j = 0; j < (child?.cells.length ?? 0); j++) join(i, j);
      return {
        rddId: rdd.rddId,
        index,
        type: dep.type === 'Shuffle' ? 'shuffle' : 'narrow',
        pattern,
        reason: reasons.get(`${rdd.rddId}/${index}`) ?? '',
        lines,
      };
    });
  });
  const columns = Math.max(0, ...depth.values()) + 1;
  const height = Math.max(MARGIN, ...columnY.values()) - BLOCK_GAP + MARGIN;
  return {
    tooLarge: false,
    width: 2 * MARGIN + columns * (CELL_W + COLUMN_GAP) - COLUMN_GAP + 140,
    height,
    blocks: [...blocks.values()],
    links,
  };
}

export const PARTITION_CELL = { width: CELL_W, height: CELL_H };
