/**
 * Problem lists for untrusted input: JSON paths written the way the errors read
 * (`rdds[3].parents[0]`), and bad values shown short and JSON-quoted.
 */
import type { Problem } from './types.ts';

export type PathPart = string | number;

/** `['rdds', 3, 'parents', 0]` → `rdds[3].parents[0]`; keys that are not names are quoted. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** A value as an error shows it: JSON, cut to 60 characters. */
export function formatValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Collects problems in the order they are found. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(path: readonly PathPart[], message: string): void {
    this.items.push({ path: formatPath(path), message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}
