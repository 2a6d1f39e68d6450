/**
 * Value checks for pipeline arguments, by the catalogue's argument kinds. Each returns null when
 * the value is acceptable, or the problem (./messages/params.ts: `must be a whole number from 1 to
 * 1000000, got 0`).
 */
import { DEFAULT_LIMITS, MAX_PARTITIONS } from '../limits.ts';
import type { Limits } from '../limits.ts';
import type { ArgKind } from '../operators/types.ts';
import { problem, type ProblemMessage } from './messages/params.ts';

export { MAX_PARTITIONS };
export const MAX_COUNT = 1_000_000_000;

export function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function wholeNumberProblem(value: unknown, min: number, max: number): ProblemMessage | null {
  return isWholeNumber(value, min, max) ? null : problem('wholeNumberFromTo', { min, max, got: value });
}

/** A partition count: a whole number from 1, at most `limits.maxPartitions` (a limit message above it). */
function partitionsProblem(value: unknown, limits: Limits): ProblemMessage | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > limits.maxPartitions) {
    const limit = limits.maxPartitions;
    return problem('overLimit', { name: 'maxPartitions', verb: 'is', value, limit });
  }
  return wholeNumberProblem(value, 1, limits.maxPartitions);
}

function partitionerProblem(value: unknown, limits: Limits): ProblemMessage | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return problem('partitionerShape', { got: value });
  const record = value as Record<string, unknown>;
  if (record.type !== 'hash' && record.type !== 'range') return problem('partitionerType', { got: value });
  const extra = Object.keys(value).filter((k) => k !== 'type' && k !== 'numPartitions');
  if (extra.length > 0) return problem('partitionerUnknownKey', { key: extra[0] as string });
  const n = partitionsProblem(record.numPartitions, limits);
  return n === null ? null : problem('numPartitions', { problem: n });
}

export function argValueProblem(
  kind: ArgKind,
  value: unknown,
  limits: Limits = DEFAULT_LIMITS,
): ProblemMessage | null {
  const got = value;
  switch (kind) {
    case 'partitions':
      return partitionsProblem(value, limits);
    case 'count':
      return wholeNumberProblem(value, 0, MAX_COUNT);
    case 'long':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? null
        : problem('wholeNumber', { got });
    case 'fraction':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? null
        : problem('numberFromZero', { got });
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('trueOrFalse', { got });
    case 'string':
      return typeof value === 'string' ? null : problem('string', { got });
    case 'partitioner':
      return partitionerProblem(value, limits);
    case 'json':
      return null;
    case 'jsonArray':
      return Array.isArray(value) ? null : problem('jsonArray', { got });
  }
}
