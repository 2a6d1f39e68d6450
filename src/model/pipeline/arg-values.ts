/**
 * Value checks for pipeline arguments, by the catalogue's argument kinds. Each returns null when
 * the value is acceptable, or the message of the problem (`must be a whole number from 1 to
 * 1000000, got 0`).
 */
import { DEFAULT_LIMITS, limitMessage, MAX_PARTITIONS } from '../limits.ts';
import type { Limits } from '../limits.ts';
import type { ArgKind } from '../operators/types.ts';
import { formatValue } from './problems.ts';

export { MAX_PARTITIONS };
export const MAX_COUNT = 1_000_000_000;

export function wholeNumberProblem(value: unknown, min: number, max: number): string | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? null
    : `must be a whole number from ${min} to ${max}, got ${formatValue(value)}`;
}

/** A partition count: a whole number from 1, at most `limits.maxPartitions` (a limit message above it). */
function partitionsProblem(value: unknown, limits: Limits): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > limits.maxPartitions)
    return limitMessage('maxPartitions', 'is', value, limits);
  return wholeNumberProblem(value, 1, limits.maxPartitions);
}

function partitionerProblem(value: unknown, limits: Limits): string | null {
  const shape = 'must be a partitioner like {"type": "hash", "numPartitions": 4}';
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${shape}, got ${formatValue(value)}`;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (record.type !== 'hash' && record.type !== 'range')
    return `${shape} (type "hash" or "range"), got ${formatValue(value)}`;
  const extra = keys.filter((k) => k !== 'type' && k !== 'numPartitions');
  if (extra.length > 0) return `${shape}, got the unknown key "${extra[0]}"`;
  const n = partitionsProblem(record.numPartitions, limits);
  return n === null ? null : `numPartitions ${n}`;
}

export function argValueProblem(
  kind: ArgKind,
  value: unknown,
  limits: Limits = DEFAULT_LIMITS,
): string | null {
  switch (kind) {
    case 'partitions':
      return partitionsProblem(value, limits);
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
      return partitionerProblem(value, limits);
    case 'json':
      return null;
    case 'jsonArray':
      return Array.isArray(value) ? null : `must be a JSON array, got ${formatValue(value)}`;
  }
}
