/**
 * The operator catalogue: one entry per pipeline operation (OPERATIONS), action (ACTIONS) and
 * persistence call (persist, cache, checkpoint). The parser takes its argument and parent rules
 * from here; the reference page shows the rest.
 */
import type { ActionName, OperationName } from '../pipeline/types.ts';
import { ACTION_ENTRIES, PERSISTENCE_ENTRIES } from './actions.ts';
import { BY_KEY } from './by-key.ts';
import { ELEMENT_WISE } from './element-wise.ts';
import { JOINS } from './joins.ts';
import { MULTI_PARENT } from './multi-parent.ts';
import { REPARTITIONING } from './repartitioning.ts';
import { SOURCES } from './sources.ts';
import type { CatalogueEntry } from './types.ts';

export const OPERATOR_CATALOGUE: readonly CatalogueEntry[] = [
  ...SOURCES,
  ...ELEMENT_WISE,
  ...MULTI_PARENT,
  ...REPARTITIONING,
  ...BY_KEY,
  ...JOINS,
  ...ACTION_ENTRIES,
  ...PERSISTENCE_ENTRIES,
];

const OPERATIONS_BY_NAME = new Map(
  OPERATOR_CATALOGUE.filter((e) => e.kind === 'operation').map((e) => [e.name, e]),
);
const ACTIONS_BY_NAME = new Map(
  OPERATOR_CATALOGUE.filter((e) => e.kind === 'action').map((e) => [e.name, e]),
);

/** The entry of an operation; every OperationName has one (a test checks it). */
export function operationEntry(name: OperationName): CatalogueEntry {
  const entry = OPERATIONS_BY_NAME.get(name);
  if (!entry) throw new Error(`operator catalogue: no entry for operation "${name}"`);
  return entry;
}

/** The entry of an action; every ActionName has one (a test checks it). */
export function actionEntry(name: ActionName): CatalogueEntry {
  const entry = ACTIONS_BY_NAME.get(name);
  if (!entry) throw new Error(`operator catalogue: no entry for action "${name}"`);
  return entry;
}
