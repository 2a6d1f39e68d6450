/**
 * What an expression evaluates to, as far as the pipeline cares: an RDD, the SparkContext, a
 * constant, a range, a partitioner, a storage level, or "something else" (a DataFrame, a string
 * method's result, an action's result). Function bodies are never evaluated.
 */
import type { JsonValue, PartitionerSpec, StorageLevelName } from '../pipeline/types.ts';
import { STORAGE_LEVELS } from '../pipeline/types.ts';

export type Value =
  | { readonly kind: 'rdd'; readonly node: number }
  | { readonly kind: 'context' }
  | { readonly kind: 'session' }
  | { readonly kind: 'json'; readonly value: JsonValue }
  /** `1 to 100`, `0 until n`, `range(10)`: `end` exclusive. */
  | { readonly kind: 'range'; readonly start: number; readonly end: number; readonly step: number }
  | { readonly kind: 'partitioner'; readonly spec: PartitionerSpec }
  | { readonly kind: 'storage'; readonly level: StorageLevelName }
  | { readonly kind: 'rdds'; readonly nodes: readonly number[] }
  /** A name bound by a statement that had an error. */
  | { readonly kind: 'failed'; readonly name: string; readonly line: number }
  | { readonly kind: 'other'; readonly unknownName?: string };

export const OTHER: Value = { kind: 'other' };

export function rangeLength(r: { start: number; end: number; step: number }): number {
  if (r.step === 0) return 0;
  return Math.max(0, Math.ceil((r.end - r.start) / r.step));
}

export function rangeValues(r: { start: number; end: number; step: number }, limit: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < Math.min(rangeLength(r), limit); k++) out.push(r.start + k * r.step);
  return out;
}

export function isStorageLevel(name: string): name is StorageLevelName {
  return (STORAGE_LEVELS as readonly string[]).includes(name);
}

/** Arithmetic on constants (`numPartitions * 2`), so partition counts written as expressions still read. */
export function arithmetic(op: string, a: JsonValue, b: JsonValue): JsonValue | undefined {
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return Number.isInteger(a) && Number.isInteger(b) && b !== 0 ? Math.trunc(a / b) : a / b;
    case '//':
      return Math.floor(a / b);
    case '%':
      return a % b;
    case '**':
      return a ** b;
    default:
      return undefined;
  }
}

export function describeValue(v: Value): string {
  switch (v.kind) {
    case 'rdd':
      return 'an RDD';
    case 'json':
      return JSON.stringify(v.value);
    case 'range':
      return 'a range';
    case 'partitioner':
      return `a ${v.spec.type} partitioner`;
    case 'storage':
      return `StorageLevel.${v.level}`;
    case 'rdds':
      return 'a collection of RDDs';
    case 'context':
      return 'the SparkContext';
    default:
      return 'a value the parser cannot read';
  }
}
