/**
 * Partitioners as the planner tracks them, with Spark's equality: `HashPartitioner.equals`
 * compares only `numPartitions`; `RangePartitioner.equals` compares the sampled bounds and
 * `ascending`. The planner knows the bounds are equal only when they follow from the data
 * alone (`boundsKey`: no bounds at all, or every partition of the same input sampled in full);
 * otherwise a range partitioner equals only itself (its construction's `instance`).
 * Spark: `Partitioner.scala : HashPartitioner.equals`, `RangePartitioner.equals`.
 */
import type { PlanPartitioner } from '../plan/types.ts';

export interface Partitioner {
  /** `custom`: a Partitioner of neither class, equal only to itself (see PlanPartitioner). */
  readonly type: 'hash' | 'range' | 'custom';
  readonly numPartitions: number;
  /** Which construction made it; decides equality for range and custom partitioners. */
  readonly instance: number;
  /** Range partitioners whose bounds the planner knows to be equal share this key. */
  readonly boundsKey?: string;
}

/** Spark's `a == Some(b)` on `Option[Partitioner]`: a missing partitioner equals nothing. */
export function samePartitioner(a: Partitioner | null, b: Partitioner | null): boolean {
  if (a === null || b === null || a.type !== b.type) return false;
  if (a.type === 'hash') return a.numPartitions === b.numPartitions;
  if (a.type === 'custom') return a.instance === b.instance;
  return a.instance === b.instance || (a.boundsKey !== undefined && a.boundsKey === b.boundsKey);
}

const CLASS_NAMES = {
  hash: 'HashPartitioner',
  range: 'RangePartitioner',
  custom: 'custom Partitioner',
} as const;

/** `HashPartitioner(4)`, `RangePartitioner(4)`, `custom Partitioner(4)`; for plan-output values too. */
export function partitionerName(p: Pick<Partitioner, 'type' | 'numPartitions'>): string {
  return `${CLASS_NAMES[p.type]}(${p.numPartitions})`;
}

export function partitionerSpec(p: Partitioner | null): PlanPartitioner | null {
  return p === null ? null : { type: p.type, numPartitions: p.numPartitions };
}
