/**
 * Rows per partition, where the plan depends on them (take's rounds, RangePartitioner's
 * imbalance check ). Counts follow from the program where Spark's code fixes them
 * (`ParallelCollectionRDD.slice`, `SparkContext.range`, one row per input row, which the planner
 * also assumes of filter and flatMap: ./expand-element-wise.ts); where the data decides (shuffles,
 * zipPartitions) a partition holding rows is assumed to hold "many", and an empty one stays empty.
 * Hints on a pipeline RDD override what follows from the program.
 */
import type { RddHints } from '../pipeline/types.ts';
import type { RowCount } from './types.ts';

/** `ParallelCollectionRDD.slice`: partition i holds positions [i·len/n, (i+1)·len/n). */
export function sliceRows(length: number, numSlices: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < numSlices; i++) {
    rows.push(Math.floor(((i + 1) * length) / numSlices) - Math.floor((i * length) / numSlices));
  }
  return rows;
}

/** `SparkContext.range`: numElements, then the same positional slicing. */
export function rangeRows(start: number, end: number, step: number, numSlices: number): number[] {
  const span = end - start;
  const wrongWay = span !== 0 && span > 0 !== step > 0;
  const count = wrongWay ? 0 : span % step === 0 ? span / step : Math.floor(span / step) + 1;
  return sliceRows(Math.max(0, count), numSlices);
}

export function manyRows(n: number): RowCount[] {
  return new Array<RowCount>(n).fill('many');
}

/** An operation whose output rows depend on the function (filter, flatMap …): empty stays empty. */
export function opaqueRows(rows: readonly RowCount[]): RowCount[] {
  return rows.map((r) => (r === 0 ? 0 : 'many'));
}

/** A shuffle's output: empty everywhere if its input is known to be empty, else rows everywhere. */
export function shuffledRows(inputs: readonly (readonly RowCount[])[], n: number): RowCount[] {
  const empty = inputs.every((rows) => rows.every((r) => r === 0));
  return new Array<RowCount>(n).fill(empty ? 0 : 'many');
}

export function totalRows(rows: readonly RowCount[]): number | 'many' {
  let sum = 0;
  for (const r of rows) {
    if (r === 'many') return 'many';
    sum += r;
  }
  return sum;
}

/** `hints.records` and `hints.emptyPartitions` of a pipeline RDD over the rows that follow from the program. */
export function applyRowHints(rows: readonly RowCount[], hints: RddHints | undefined): RowCount[] {
  const out = [...rows];
  if (hints === undefined) return out;
  const { records, emptyPartitions } = hints;
  if (typeof records === 'number') out.fill(records);
  else if (Array.isArray(records)) records.forEach((r, i) => i < out.length && (out[i] = r));
  for (const i of emptyPartitions ?? []) if (i < out.length) out[i] = 0;
  return out;
}
