/**
 * Reads JSON text with a located syntax error. `JSON.parse` reports a character position (or,
 * in newer engines, a line and column); the message is rewritten as `line L, column C: …`.
 */
import { jsonErrorOffset } from './json-error-offset.ts';
import type { Problem } from './types.ts';

export type JsonTextResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: '', message: locate(text, raw) } };
  }
}

function locate(text: string, raw: string): string {
  const detail = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  if (lineColumn) return `invalid JSON at line ${lineColumn[1]}, column ${lineColumn[2]}: ${detail}`;
  const position = /position (\d+)/.exec(raw);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `invalid JSON at line ${line}, column ${column}: ${detail}`;
  }
  const offset = jsonErrorOffset(text);
  if (offset < 0) return `invalid JSON: ${detail}`;
  const { line, column } = lineAndColumn(text, offset);
  return `invalid JSON at line ${line}, column ${column}: ${shortDetail(detail)}`;
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
