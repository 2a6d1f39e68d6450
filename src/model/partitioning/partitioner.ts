/**
 * Partitioners as the planner tracks them, with Spark's equality: `HashPartitioner.equals`
 * compares only `numPartitions`; a `RangePartitioner` is equal only to itself here, because its
 * `equals` compares sampled bounds the planner cannot see (each construction gets an instance
 * number). Spark: `Partitioner.scala : HashPartitioner.equals`, `RangePartitioner.equals`.
 */
import type { PartitionerSpec } from '../pipeline/types.ts';

export interface Partitioner {
  readonly type: 'hash' | 'range';
  readonly numPartitions: number;
  /** Which construction made it; decides equality for range partitioners only. */
  readonly instance: number;
}

/** Spark's `a == Some(b)` on `Option[Partitioner]`: a missing partitioner equals nothing. */
export function samePartitioner(a: Partitioner | null, b: Partitioner | null): boolean {
  if (a === null || b === null || a.type !== b.type) return false;
  return a.type === 'hash' ? a.numPartitions === b.numPartitions : a.instance === b.instance;
}

/** `HashPartitioner(4)`, `RangePartitioner(4)`. */
export function partitionerName(p: Partitioner): string {
  return `${p.type === 'hash' ? 'HashPartitioner' : 'RangePartitioner'}(${p.numPartitions})`;
}

export function partitionerSpec(p: Partitioner | null): PartitionerSpec | null {
  return p === null ? null : { type: p.type, numPartitions: p.numPartitions };
}
