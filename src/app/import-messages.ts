/** The messages between the page and the event-log import worker (./import-worker.ts); all structured-clone-able. */
import type { Plan, Trace } from '../model/index.ts';

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
  readonly warnings: readonly string[];
  /** The log's events, for the run page's playback. */
  readonly trace: Trace;
}

export type ImportReply =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly total: number }
  | { readonly type: 'done'; readonly log: ImportedLog }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'cancelled' };
