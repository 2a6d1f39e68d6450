/**
 * The edits the composer asks for, as data. The app applies them to the pipeline (and records
 * them for undo); the composer itself never changes a pipeline.
 */
import type { ActionArgs, ActionName, OperationName, RddArgs, StorageLevelName } from '../../model/index.ts';

export type PipelineEdit =
  /** Append an RDD made by `op` from `parents` (empty for a source). */
  | { readonly kind: 'append'; readonly op: OperationName; readonly parents: readonly string[] }
  | { readonly kind: 'set-args'; readonly rdd: string; readonly args: RddArgs }
  | { readonly kind: 'rename'; readonly rdd: string; readonly to: string }
  /** Delete an RDD, everything derived from it, and the actions, persist and checkpoint marks on them. */
  | { readonly kind: 'delete'; readonly rdd: string }
  | { readonly kind: 'persist'; readonly rdd: string; readonly level: StorageLevelName | null }
  | { readonly kind: 'checkpoint'; readonly rdd: string; readonly on: boolean }
  | { readonly kind: 'add-action'; readonly op: ActionName; readonly rdd: string; readonly args: ActionArgs }
  | { readonly kind: 'remove-action'; readonly index: number };
