/**
 * Offsets to 1-based lines and columns. Built once per source (one pass over the text), then each
 * lookup is a binary search, so locating every token of a 1 MB input stays linear-logarithmic.
 */
import type { SourceRange } from './types.ts';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
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
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  range(from: number, to: number): SourceRange {
    const a = this.position(from);
    const b = this.position(to);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, from, to };
  }
}
