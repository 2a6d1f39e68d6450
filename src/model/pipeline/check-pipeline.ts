/**
 * The cross-field rules of a pipeline file (shared/spec/pipeline.md) over entries whose own shape
 * zod has accepted: ids well formed and unique, parents known and listed first, the right number
 * of parents and the right args for each operation (from the operator catalogue), persist,
 * checkpoint and actions naming known RDDs, and the two parallelism settings agreeing.
 */
import { actionEntry, operationEntry } from '../operators/catalogue.ts';
import type { Limits } from '../limits.ts';
import { checkArgs } from './check-args.ts';
import { problem } from './messages/params.ts';
import type { ProblemList } from './problems.ts';
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
      problems.report(['rdds', i, 'id'], problem('badId', { got: id }));
    }
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else problems.report(['rdds', i, 'id'], problem('duplicateId', { id, first }));
  });
  entries.forEach((entry, i) => {
    if (entry === null) return;
    if (!OPERATION_SET.has(entry.op)) {
      problems.report(['rdds', i, 'op'], problem('unknownOperation', { got: entry.op }));
      return;
    }
    const spec = operationEntry(entry.op as OperationName);
    const parents = entry.parents ?? [];
    const { min, max } = spec.parents;
    if (parents.length < min || parents.length > max) {
      const count = problem('parentCount', { op: entry.op, min, max, got: parents.length });
      problems.report(['rdds', i, 'parents'], count);
    }
    parents.forEach((parent, j) => {
      const at = index.get(parent);
      if (at === undefined)
        problems.report(['rdds', i, 'parents', j], problem('unknownRdd', { got: parent }));
      else if (at >= i) {
        problems.report(['rdds', i, 'parents', j], problem('parentAfterChild', { parent, at }));
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
  if (!index.has(rdd)) problems.report(path, problem('unknownRdd', { got: rdd }));
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
      const change = { rdd: entry.rdd, level: before.level, at: before.at, got: entry.level };
      problems.report(['persist', i, 'level'], problem('storageLevelChange', change));
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
      problems.report(['actions', i, 'op'], problem('unknownAction', { got: entry.op }));
      return;
    }
    checkArgsOf(entry.op, entry.args ?? {}, ['actions', i, 'args'], problems, 'action');
  });
}
