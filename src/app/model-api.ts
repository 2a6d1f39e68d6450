/**
 * The model functions the app calls, gathered in one value so the shell can be tested with small
 * stand-ins and so the parts that arrive separately (code parser, catalogue) plug in by name.
 * `main.ts` builds the real one from src/model/index.ts.
 */
import type { ParseResult, Pipeline, Plan, PlanOutput, Reason } from '../model/index.ts';
import type { OperatorNote } from '../view/index.ts';

export type Language = 'scala' | 'python';

/** A located problem in code, 1-based lines and columns as CodeMirror and people count them. */
export interface CodeDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

/** Where each pipeline RDD's call is in the code (0-based offsets, `to` exclusive), for linked highlighting. */
export interface CodeSpanIndex {
  readonly rdds: Readonly<Record<string, { readonly from: number; readonly to: number }>>;
}

export interface CodeParse {
  /** What the code describes so far, or null when nothing usable was found. */
  readonly pipeline: Pipeline | null;
  readonly diagnostics: readonly CodeDiagnostic[];
  readonly spans: CodeSpanIndex;
}

export interface GeneratedCode {
  readonly code: string;
  readonly spans: CodeSpanIndex;
}

export interface ModelApi {
  parsePipeline(input: unknown): ParseResult<Pipeline>;
  planPipeline(pipeline: Pipeline): Plan;
  toPlanOutput(plan: Plan): PlanOutput;
  describeReason(reason: Reason): string;
  /** Absent until the code parser is part of the model. */
  readonly parseCode?: (source: string, language: Language) => CodeParse;
  readonly generateCode?: (pipeline: Pipeline, language: Language) => GeneratedCode;
  readonly lookupOperator?: (name: string) => OperatorNote | undefined;
  /** Every operation and action of the catalogue, for the palette and the reference. */
  readonly operators?: readonly OperatorNote[];
}
