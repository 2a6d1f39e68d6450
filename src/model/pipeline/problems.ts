/**
 * Problem lists for untrusted input: JSON paths written the way the errors read
 * (`rdds[3].parents[0]`), and bad values shown short and JSON-quoted.
 */
import { formatProblem } from './messages/format.ts';
import type { MessageLang, ProblemMessage } from './messages/params.ts';
import type { Problem } from './types.ts';

export { formatValue } from './messages/value.ts';

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

/** Collects problems in the order they are found, written in `lang`. */
export class ProblemList {
  readonly items: Problem[] = [];

  constructor(readonly lang: MessageLang = 'en') {}

  add(path: readonly PathPart[], message: string): void {
    this.items.push({ path: formatPath(path), message });
  }

  /** Adds a problem given as data (./messages/params.ts), written in this list's language. */
  report(path: readonly PathPart[], problem: ProblemMessage): void {
    this.add(path, formatProblem(problem, this.lang));
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}
