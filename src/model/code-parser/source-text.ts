/**
 * Offsets to 1-based lines and columns. Built once per source (one pass over the text), then each
 * lookup is a binary search, so locating every token of a 1 MB input stays linear-logarithmic.
 */
import type { SourceRange } from './types.ts';

export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where each line's text ends: before its `\n`, and before a space that stood for a `\r`. */
  private readonly ends: number[] = [];

  /** `crlf`: the offsets of `\n`s that followed a `\r` in the text as pasted. */
  constructor(
    readonly text: string,
    crlf: ReadonlySet<number> = new Set(),
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        this.ends.push(crlf.has(i) ? i - 1 : i);
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  /** The 1-based line and column of `offset`. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    // A position past the line's text (on its line break) is the column just after the text.
    const at = Math.min(offset, this.ends[lo] ?? offset);
    return { line: lo + 1, column: at - (this.starts[lo] ?? 0) + 1 };
  }

  range(from: number, to: number): SourceRange {
    const a = this.position(from);
    const b = this.position(to);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, from, to };
  }
}
