/**
 * The code parser's public shapes: what `parseSparkCode` and `generateSparkCode` return. Lines
 * and columns are 1-based (an editor gutter's numbering); `from`/`to` are 0-based UTF-16 offsets
 * into the source (CodeMirror positions), `to` exclusive.
 */
import type { Pipeline } from '../pipeline/types.ts';

export type CodeLanguage = 'scala' | 'python';

/** A stretch of source text. `endColumn` is the column just after the last character. */
export interface SourceRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly from: number;
  readonly to: number;
}

export interface CodeDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning';
  /** Starts with the position: `line 3, column 14: unknown operation "reduceByKy" — did you mean "reduceByKey"?` */
  readonly message: string;
}

/**
 * Where each part of the pipeline came from, for linked highlighting: `rdds[id]` is the call that
 * created the RDD (`.flatMap(...)`, or `sc.textFile(...)`), `actions[i]` the call of
 * `pipeline.actions[i]`.
 */
export interface CodeSpans {
  readonly rdds: Readonly<Record<string, SourceRange>>;
  readonly actions: readonly SourceRange[];
}

export interface CodeParseResult {
  readonly pipeline: Pipeline;
  readonly diagnostics: readonly CodeDiagnostic[];
  readonly spans: CodeSpans;
}

export interface GeneratedCode {
  readonly code: string;
  readonly spans: CodeSpans;
}
