/**
 * Value checks for pipeline arguments, by the catalogue's argument kinds. Each returns null when
 * the value is acceptable, or the message of the problem (`must be a whole number from 1 to
 * 1000000, got 0`).
 */
import type { ArgKind } from '../operators/types.ts';
import { formatValue } from './problems.ts';

export const MAX_PARTITIONS = 1_000_000;
export const MAX_COUNT = 1_000_000_000;

export function wholeNumberProblem(value: unknown, min: number, max: number): string | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? null
    : `must be a whole number from ${min} to ${max}, got ${formatValue(value)}`;
}

function partitionerProblem(value: unknown): string | null {
  const shape = 'must be a partitioner like {"type": "hash", "numPartitions": 4}';
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${shape}, got ${formatValue(value)}`;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (record.type !== 'hash' && record.type !== 'range')
    return `${shape} (type "hash" or "range"), got ${formatValue(value)}`;
  const extra = keys.filter((k) => k !== 'type' && k !== 'numPartitions');
  if (extra.length > 0) return `${shape}, got the unknown key "${extra[0]}"`;
  const n = wholeNumberProblem(record.numPartitions, 1, MAX_PARTITIONS);
  return n === null ? null : `numPartitions ${n}`;
}

export function argValueProblem(kind: ArgKind, value: unknown): string | null {
  switch (kind) {
    case 'partitions':
      return wholeNumberProblem(value, 1, MAX_PARTITIONS);
    case 'count':
      return wholeNumberProblem(value, 0, MAX_COUNT);
    case 'long':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? null
        : `must be a whole number, got ${formatValue(value)}`;
    case 'fraction':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? null
        : `must be a number from 0, got ${formatValue(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, got ${formatValue(value)}`;
    case 'string':
      return typeof value === 'string' ? null : `must be a string, got ${formatValue(value)}`;
    case 'partitioner':
      return partitionerProblem(value);
    case 'json':
      return null;
    case 'jsonArray':
      return Array.isArray(value) ? null : `must be a JSON array, got ${formatValue(value)}`;
  }
}
