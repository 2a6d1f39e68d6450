/**
 * Reads JSON text with a located syntax error. `JSON.parse` reports a character position (or,
 * in newer engines, a line and column); the message is rewritten as `line L, column C: …`.
 */
import { jsonErrorOffset } from './json-error-offset.ts';
import { formatProblem } from './messages/format.ts';
import { problem, type MessageLang } from './messages/params.ts';
import type { Problem } from './types.ts';

export type JsonTextResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };

/** `lang`: the language of the problem; the engine's own detail stays as it wrote it. */
export function parseJsonText(text: string, lang: MessageLang = 'en'): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { path: '', message: formatProblem(problem('invalidJson', locate(text, raw)), lang) },
    };
  }
}

type Located = { line?: number; column?: number; detail: string };

function locate(text: string, raw: string): Located {
  const detail = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail };
  const position = /position (\d+)/.exec(raw);
  if (position) return { ...lineAndColumn(text, Number(position[1])), detail };
  const offset = jsonErrorOffset(text);
  if (offset < 0) return { detail };
  return { ...lineAndColumn(text, offset), detail: shortDetail(detail) };
}

/** V8 quotes the whole text in some messages ("Unexpected token ',', "[1, …" is not valid JSON"); keep the first clause. */
function shortDetail(detail: string): string {
  const quoted = /^(Unexpected token '.+?'), .* is not valid JSON$/s.exec(detail);
  return quoted ? (quoted[1] as string) : detail;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
