/** What every CLI command provides, and the errors that map to exit codes. */
import type { Limits } from '../model/index.ts';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The limits set by `--max-…` flags (limit-args.ts); the defaults when absent. */
  readonly limits?: Limits;
}

export interface Command {
  readonly name: string;
  /** One line: `plan FILE [--format text|json]`. */
  readonly usage: string;
  /** Returns the exit code: 0 success, 1 bad input. Throws UsageError for bad arguments (exit 2). */
  readonly run: (args: readonly string[], io: CommandIo) => Promise<number>;
}

/** Bad command-line arguments: exit status 2 with the usage line. */
export class UsageError extends Error {}
