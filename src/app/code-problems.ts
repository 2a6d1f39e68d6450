/**
 * The pipeline check's problems for code that parsed cleanly, as editor diagnostics. A problem's
 * JSON path names a pipeline entry (`rdds[1].args.numPartitions`, `persist[0].level`); it is placed
 * on the call that made that RDD (the parser's spans), or at the start of the code when the path
 * names no RDD the code made.
 */
import type { Pipeline, Problem } from '../model/index.ts';
import type { CodeDiagnostic, CodeSpanIndex } from './model-api.ts';

export function pipelineProblemDiagnostics(
  problems: readonly Problem[],
  pipeline: Pipeline,
  spans: CodeSpanIndex,
  text: string,
): CodeDiagnostic[] {
  return problems.map((p) => {
    const span = spanOfPath(p.path, pipeline, spans);
    const start = position(text, span?.from ?? 0);
    const end = position(text, span?.to ?? 0);
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: 'error',
      message: `${p.path}: ${p.message}`,
    };
  });
}

/** The span of the RDD a path names: `rdds[i]…` that RDD, `persist[i]…`/`checkpoint[i]…`/`actions[i]…` the RDD the entry names. */
function spanOfPath(
  path: string,
  pipeline: Pipeline,
  spans: CodeSpanIndex,
): { from: number; to: number } | undefined {
  const match = /^(rdds|persist|checkpoint|actions)\[(\d+)\]/.exec(path);
  if (!match) return undefined;
  const list = match[1] as 'rdds' | 'persist' | 'checkpoint' | 'actions';
  const i = Number(match[2]);
  const id = list === 'rdds' ? pipeline.rdds[i]?.id : pipeline[list][i]?.rdd;
  return id === undefined ? undefined : spans.rdds[id];
}

/** 1-based line and column of a 0-based offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
