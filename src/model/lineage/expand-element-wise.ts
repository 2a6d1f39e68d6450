/** Expansion of the narrow one-parent operations (spark-rules.md §2.2, R-3.2, R-5.2). */
import type { RddSpec } from '../pipeline/types.ts';
import { allPartitions } from './context.ts';
import type { ExpandContext } from './context.ts';
import { evaluatePartitions } from './evaluation.ts';
import { reason } from './reasons.ts';
import { narrowChild } from './steps.ts';
import type { LineageRdd, RowCount } from './types.ts';

/**
 * How many rows an operation leaves in each partition. Function bodies are opaque, so the planner
 * assumes what shared/spec/pipeline.md and the conformance harness assume of them: `filter` and
 * `sample` keep every row, `flatMap` (and `flatMapValues`, `mapPartitions*`, `pipe`) emit one row
 * per input row; `hints.records` says otherwise where the data differs. Row counts matter only
 * where Spark's plan depends on data: take's rounds and RangePartitioner sampling.
 */
type RowRule = 'same' | 'one';

interface Shape {
  readonly className?: string;
  readonly role: string;
  readonly keeps: boolean | 'flag';
  readonly rows: RowRule;
}

const SHAPES: Readonly<Record<string, Shape>> = {
  map: { role: 'map(f)', keeps: false, rows: 'same' },
  flatMap: { role: 'flatMap(f)', keeps: false, rows: 'same' },
  filter: { role: 'filter(f)', keeps: true, rows: 'same' },
  mapPartitions: { role: 'mapPartitions(f)', keeps: 'flag', rows: 'same' },
  mapPartitionsWithIndex: { role: 'mapPartitionsWithIndex(f)', keeps: 'flag', rows: 'same' },
  glom: { role: 'glom', keeps: false, rows: 'one' },
  keyBy: { role: 'keyBy(f): map(x => (f(x), x))', keeps: false, rows: 'same' },
  keys: { role: 'keys: map(_._1)', keeps: false, rows: 'same' },
  values: { role: 'values: map(_._2)', keeps: false, rows: 'same' },
  mapValues: { role: 'mapValues(f)', keeps: true, rows: 'same' },
  flatMapValues: { role: 'flatMapValues(f)', keeps: true, rows: 'same' },
  sample: { className: 'PartitionwiseSampledRDD', role: 'sample', keeps: true, rows: 'same' },
  pipe: { className: 'PipedRDD', role: 'pipe', keeps: false, rows: 'same' },
  zipWithUniqueId: { role: 'zipWithUniqueId: mapPartitionsWithIndex', keeps: false, rows: 'same' },
};

function rowsBy(rule: RowRule, rows: readonly RowCount[]): readonly RowCount[] {
  if (rule === 'same') return rows;
  return rows.map(() => 1);
}

export function isElementWise(op: string): boolean {
  return op in SHAPES || op === 'zipWithIndex';
}

export function expandElementWise(ctx: ExpandContext, spec: RddSpec, parent: LineageRdd): LineageRdd {
  if (spec.op === 'zipWithIndex') return zipWithIndex(ctx, parent);
  // RDD.zipWithUniqueId reads `this.partitions.length` (the id stride) when it is called.
  if (spec.op === 'zipWithUniqueId') evaluatePartitions(ctx.lineage, parent);
  const shape = SHAPES[spec.op] as Shape;
  const keeps = shape.keeps === 'flag' ? spec.args.preservesPartitioning === true : shape.keeps;
  return narrowChild(ctx, parent, {
    ...(shape.className === undefined ? {} : { className: shape.className }),
    role: shape.role,
    keepsPartitioner: keeps,
    rows: rowsBy(shape.rows, parent.rows),
  });
}

/**
 * `new ZippedWithIndexRDD(prev)`: the RDD takes its id in the base constructor, then
 * `startIndices` runs `runJob(prev, getIteratorSize, 0 until n - 1)` when n ≥ 2.
 */
function zipWithIndex(ctx: ExpandContext, parent: LineageRdd): LineageRdd {
  const zipped = narrowChild(ctx, parent, {
    className: 'ZippedWithIndexRDD',
    role: 'zipWithIndex: (element, index)',
    keepsPartitioner: false,
    rows: parent.rows,
  });
  evaluatePartitions(ctx.lineage, parent);
  const n = parent.numPartitions;
  if (n >= 2) {
    ctx.runJob({
      finalRddId: parent.rddId,
      partitions: allPartitions(n - 1),
      action: 'zipWithIndex',
      rdd: ctx.scope.rdd ?? '',
      trigger: {
        kind: 'operation',
        rdd: ctx.scope.rdd ?? '',
        reason: reason('job.zipWithIndex', { tasks: n - 1 }),
      },
    });
  }
  return zipped;
}
