/** The messages between the page and the event-log import worker (./import-worker.ts); all structured-clone-able. */
import type { ImportMessage, Plan, Trace } from '../model/index.ts';

/**
 * A problem met importing a log, as data: written in the interface's language where it is shown
 * (./import-text.ts), so a language switch after the import rewrites it. `line` is the log's
 * line for a skipped line, null for a problem drawing the lineage.
 */
export interface ShownWarning {
  readonly line: number | null;
  readonly detail: ImportMessage;
}

export type ImportRequest = { readonly type: 'start'; readonly file: File } | { readonly type: 'cancel' };

/** What the views need of an imported log. */
export interface ImportedLog {
  readonly fileName: string;
  readonly appName: string | null;
  readonly appId: string | null;
  readonly sparkVersion: string | null;
  readonly plan: Plan;
  /** False when the log has no RDD parent ids (Spark ≤ 1.4): lineage edges are not in the log. */
  readonly parentsKnown: boolean;
  /** Lines skipped while reading plus problems found drawing the lineage. */
  readonly warnings: readonly ShownWarning[];
  /** The log's events, for the run page's playback. */
  readonly trace: Trace;
}

export type ImportReply =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly total: number }
  | { readonly type: 'done'; readonly log: ImportedLog }
  /** Why the log could not be read: the importer's reason, or an unexpected error's text (`text`). */
  | { readonly type: 'failed'; readonly detail: ImportMessage }
  | { readonly type: 'cancelled' };
