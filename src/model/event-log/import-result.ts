/** What an import returns, and the two ways it can fail as a whole. */
import type { Trace } from '../trace/trace.ts';
import type { Application } from './application/types.ts';
import { formatImportMessage } from './messages/format.ts';
import type { ImportMessage } from './messages/params.ts';
import { importMessage } from './messages/params.ts';

/**
 * A line that could not be used: 1-based line number (across all files of a rolling log) and why,
 * as data (`detail`, written in either language by ./messages/format.ts) and in English (`message`,
 * what the CLI and the import summary write).
 */
export interface ImportWarning {
  readonly line: number;
  readonly message: string;
  readonly detail: ImportMessage;
}

export interface ImportResult {
  readonly trace: Trace;
  readonly application: Application;
  readonly warnings: readonly ImportWarning[];
  /** Lines that parsed as a Spark listener event (known or not). */
  readonly eventLines: number;
}

/**
 * The log cannot be used at all: it cannot be decompressed, or not one of its lines is a Spark
 * listener event. The message is one line naming the problem, in English; `detail` is the same as
 * data, for the interface's language. A plain string (the CLI's own wording) is kept as it is.
 */
export class ImportError extends Error {
  readonly detail: ImportMessage;
  constructor(detail: ImportMessage | string) {
    const data = typeof detail === 'string' ? importMessage('text', { text: detail }) : detail;
    super(formatImportMessage(data));
    this.detail = data;
  }
}

/** The subset of AbortSignal the importer reads (the model has no DOM types). */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface ImportOptions {
  /** Called after each chunk with the number of (compressed) bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void;
  /** Checked before each chunk; when aborted the import throws the signal's reason. */
  readonly signal?: CancelSignal;
  /** At most this many warnings are listed; one more says how many were left out. Default 1000. */
  readonly maxWarnings?: number;
  /** The line-length limit in bytes (../limits.ts `maxLineBytes`): a longer line is skipped with a warning. */
  readonly maxLineBytes?: number;
}
