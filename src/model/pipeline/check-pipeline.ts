/**
 * The cross-field rules of a pipeline file (shared/spec/pipeline.md) over entries whose own shape
 * zod has accepted: ids well formed and unique, parents known and listed first, the right number
 * of parents and the right args for each operation (from the operator catalogue), persist,
 * checkpoint and actions naming known RDDs, and the two parallelism settings agreeing.
 */
import { actionEntry, operationEntry } from '../operators/catalogue.ts';
import type { Limits } from '../limits.ts';
import { checkArgs } from './check-args.ts';
import type { ProblemList } from './problems.ts';
import { formatValue } from './problems.ts';
import type { ActionEntry, RddEntry } from './schema.ts';
import { ACTIONS, OPERATIONS } from './types.ts';
import type { ActionName, OperationName, StorageLevelName } from './types.ts';

const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPERATION_SET: ReadonlySet<string> = new Set(OPERATIONS);
const ACTION_SET: ReadonlySet<string> = new Set(ACTIONS);

/** Where each id is defined: its index in `rdds` (first definition wins). */
export type IdIndex = ReadonlyMap<string, number>;

export function checkRdds(
  entries: readonly (RddEntry | null)[],
  rawIds: readonly unknown[],
  problems: ProblemList,
  limits?: Limits,
): IdIndex {
  const index = new Map<string, number>();
  rawIds.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (!ID_PATTERN.test(id)) {
      problems.add(
        ['rdds', i, 'id'],
        `must be letters, digits and _ (not starting with a digit), got ${formatValue(id)}`,
      );
    }
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else problems.add(['rdds', i, 'id'], `"${id}" is already the id of rdds[${first}]`);
  });
  entries.forEach((entry, i) => {
    if (entry === null) return;
    if (!OPERATION_SET.has(entry.op)) {
      problems.add(['rdds', i, 'op'], `unknown operation ${formatValue(entry.op)}`);
      return;
    }
    const spec = operationEntry(entry.op as OperationName);
    const parents = entry.parents ?? [];
    const { min, max } = spec.parents;
    if (parents.length < min || parents.length > max) {
      const wanted = min === max ? `${min}` : max >= 1_000_000 ? `${min} or more` : `${min} to ${max}`;
      problems.add(
        ['rdds', i, 'parents'],
        `${entry.op} takes ${wanted} parent${wanted === '1' ? '' : 's'}, got ${parents.length}`,
      );
    }
    parents.forEach((parent, j) => {
      const at = index.get(parent);
      if (at === undefined) problems.add(['rdds', i, 'parents', j], `unknown RDD ${formatValue(parent)}`);
      else if (at >= i) {
        problems.add(
          ['rdds', i, 'parents', j],
          `RDD ${formatValue(parent)} is defined at rdds[${at}]; a parent must be listed before its child`,
        );
      }
    });
    checkArgsOf(spec.name, entry.args ?? {}, ['rdds', i, 'args'], problems, 'operation', limits);
  });
  return index;
}

function checkArgsOf(
  name: string,
  args: Readonly<Record<string, unknown>>,
  path: (string | number)[],
  problems: ProblemList,
  kind: 'operation' | 'action',
  limits?: Limits,
): void {
  const spec = kind === 'operation' ? operationEntry(name as OperationName) : actionEntry(name as ActionName);
  checkArgs(spec, args, path, problems, limits);
}

export function checkReference(
  rdd: string,
  index: IdIndex,
  path: (string | number)[],
  problems: ProblemList,
): void {
  if (!index.has(rdd)) problems.add(path, `unknown RDD ${formatValue(rdd)}`);
}

export function checkPersist(
  entries: readonly ({ rdd: string; level: StorageLevelName } | null)[],
  index: IdIndex,
  problems: ProblemList,
): void {
  const levels = new Map<string, { level: StorageLevelName; at: number }>();
  entries.forEach((entry, i) => {
    if (entry === null) return;
    checkReference(entry.rdd, index, ['persist', i, 'rdd'], problems);
    const before = levels.get(entry.rdd);
    if (before === undefined) levels.set(entry.rdd, { level: entry.level, at: i });
    else if (before.level !== entry.level) {
      problems.add(
        ['persist', i, 'level'],
        `"${entry.rdd}" is already persisted with ${before.level} (persist[${before.at}]); Spark cannot change a storage level, got ${formatValue(entry.level)}`,
      );
    }
  });
}

export function checkActions(
  entries: readonly (ActionEntry | null)[],
  index: IdIndex,
  problems: ProblemList,
): void {
  entries.forEach((entry, i) => {
    if (entry === null) return;
    checkReference(entry.rdd, index, ['actions', i, 'rdd'], problems);
    if (!ACTION_SET.has(entry.op)) {
      problems.add(['actions', i, 'op'], `unknown action ${formatValue(entry.op)}`);
      return;
    }
    checkArgsOf(entry.op, entry.args ?? {}, ['actions', i, 'args'], problems, 'action');
  });
}
