import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../src/model/event-log/line-splitter.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every line the splitter reports for `chunks`, as [text, line number, too long]. */
function split(chunks: readonly Uint8Array[], maxLineBytes?: number): [string, number, boolean][] {
  const seen: [string, number, boolean][] = [];
  const splitter = new LineSplitter((text, line, tooLong) => seen.push([text, line, tooLong]), maxLineBytes);
  for (const c of chunks) splitter.push(c);
  splitter.endFile();
  return seen;
}

/** The same bytes cut at every position into two chunks. */
function everyCut(all: Uint8Array): Uint8Array[][] {
  return Array.from({ length: all.length + 1 }, (_, i) => [all.slice(0, i), all.slice(i)]);
}

describe('LineSplitter', () => {
  it('gives the same lines wherever the chunks are cut, multi-byte characters included', () => {
    const all = bytes('{"a":1}\n\n{"b":"é中"}\n{"c":3}');
    const whole = split([all]);
    expect(whole).toEqual([
      ['{"a":1}', 1, false],
      ['', 2, false],
      ['{"b":"é中"}', 3, false],
      ['{"c":3}', 4, false],
    ]);
    for (const chunks of everyCut(all)) expect(split(chunks)).toEqual(whole);
  });

  it('reports a line over the limit as too long, and the lines around it in full, wherever cut', () => {
    const all = bytes('short\nthis line is far too long\nok\n');
    const expected: [string, number, boolean][] = [
      ['short', 1, false],
      ['', 2, true],
      ['ok', 3, false],
    ];
    expect(split([all], 10)).toEqual(expected);
    for (const chunks of everyCut(all)) expect(split(chunks, 10)).toEqual(expected);
  });

  it('keeps malformed UTF-8 to its own line (a newline after a cut sequence still ends the line)', () => {
    const all = new Uint8Array([0x61, 0xe4, 0xb8, 0x0a, 0x62, 0x0a]);
    expect(split([all])).toEqual([
      ['a\uFFFD', 1, false],
      ['b', 2, false],
    ]);
  });
});
