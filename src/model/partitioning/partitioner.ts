/**
 * Partitioners as the planner tracks them, with Spark's equality: `HashPartitioner.equals`
 * compares only `numPartitions`; `RangePartitioner.equals` compares the sampled bounds and
 * `ascending`. The planner knows the bounds are equal only when they follow from the data
 * alone (`boundsKey`: no bounds at all, or every partition of the same input sampled in full);
 * otherwise a range partitioner equals only itself (its construction's `instance`).
 * Spark: `Partitioner.scala : HashPartitioner.equals`, `RangePartitioner.equals`.
 */
import type { PartitionerSpec } from '../pipeline/types.ts';

export interface Partitioner {
  readonly type: 'hash' | 'range';
  readonly numPartitions: number;
  /** Which construction made it; decides equality for range partitioners only. */
  readonly instance: number;
  /** Range partitioners whose bounds the planner knows to be equal share this key. */
  readonly boundsKey?: string;
}

/** Spark's `a == Some(b)` on `Option[Partitioner]`: a missing partitioner equals nothing. */
export function samePartitioner(a: Partitioner | null, b: Partitioner | null): boolean {
  if (a === null || b === null || a.type !== b.type) return false;
  if (a.type === 'hash') return a.numPartitions === b.numPartitions;
  return a.instance === b.instance || (a.boundsKey !== undefined && a.boundsKey === b.boundsKey);
}

/** `HashPartitioner(4)`, `RangePartitioner(4)`. */
export function partitionerName(p: Partitioner): string {
  return `${p.type === 'hash' ? 'HashPartitioner' : 'RangePartitioner'}(${p.numPartitions})`;
}

export function partitionerSpec(p: Partitioner | null): PartitionerSpec | null {
  return p === null ? null : { type: p.type, numPartitions: p.numPartitions };
}
