// Property 3 (issue 10): pasted code. `parseSparkCode` never throws, in either language, on random
// text or on generated programs with random edits; every diagnostic points inside the source
// (1-based line and column, the column at most one past the line's end); 1 MB of code comes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../harness/random-pipeline.ts';
import { generateSparkCode, parsePipeline, parseSparkCode } from '../../src/model/index.ts';
import type { CodeLanguage } from '../../src/model/index.ts';
import { budget, TIMEOUT_MS } from './budget.ts';

/** The first diagnostic that points outside the source, or null. */
function misplaced(source: string, language: CodeLanguage): string | null {
  const { diagnostics } = parseSparkCode(source, language);
  const lines = source.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    const line = lines[d.line - 1];
    if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1)
      return `${JSON.stringify(d)}: line and column must be 1-based integers`;
    if (line === undefined) return `${JSON.stringify(d)}: the source has ${lines.length} lines`;
    if (d.column > line.length + 1)
      return `${JSON.stringify(d)}: line ${d.line} has ${line.length} characters`;
    if (typeof d.message !== 'string' || d.message === '') return `${JSON.stringify(d)}: no message`;
  }
  return null;
}

const language = fc.constantFrom<CodeLanguage>('scala', 'python');

/** Pieces of Spark programs, so random text reaches deep into the parser. */
const TOKENS = [
  'sc.parallelize(',
  'sc.textFile("a")',
  '.map(x => x)',
  '.map(lambda x: x)',
  '.reduceByKey(_ + _)',
  '.join(',
  'val ',
  'r = ',
  ' = ',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '"""',
  '/*',
  '*/',
  '//',
  '#',
  '\\',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '.',
  ',',
  ':',
  'lambda',
  '=>',
  '1 to 10',
  'range(10)',
  '.count()',
  '.collect()',
  'for (i <- 1 to 3) {',
  'def f(x):',
  '\u{1F600}',
  '\u00e9',
  '9'.repeat(30),
  '.cache()',
  'union',
];

const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat(20),
  insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
});

describe('random and edited Spark code', () => {
  it(
    'random token soup and random strings never throw and diagnostics point inside the source',
    () => {
      const soup = fc.oneof(
        fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
        fc.string({ maxLength: 200, unit: 'binary' }),
      );
      fc.assert(
        fc.property(soup, language, (source, lang) => {
          expect(misplaced(source, lang)).toBeNull();
        }),
        budget(400),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'generated programs with random cuts and insertions never throw and diagnostics point inside the source',
    () => {
      fc.assert(
        fc.property(
          fc.nat(2 ** 31 - 1),
          language,
          fc.array(edit, { minLength: 1, maxLength: 5 }),
          (seed, lang, edits) => {
            const parsed = parsePipeline(randomPipeline(seed, 0));
            if (!parsed.ok) throw new Error('generator made an invalid pipeline');
            let source = generateSparkCode(parsed.value, lang).code;
            for (const e of edits) {
              const at = e.at % (source.length + 1);
              source = source.slice(0, at) + e.insert + source.slice(at + e.cut);
            }
            expect(misplaced(source, lang)).toBeNull();
          },
        ),
        budget(150),
      );
    },
    TIMEOUT_MS,
  );

  it.each<CodeLanguage>(['scala', 'python'])(
    '1 MB of edited %s code finishes with diagnostics inside it',
    (lang) => {
      const parsed = parsePipeline(randomPipeline(7, 0));
      if (!parsed.ok) throw new Error('generator made an invalid pipeline');
      const program = generateSparkCode(parsed.value, lang).code;
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < 1_000_000; i++) {
        // Every seventh copy is broken mid-statement, so errors are spread through the file.
        const copy = i % 7 === 3 ? program.slice(0, Math.floor(program.length / 2)) + '\n' : program;
        parts.push(copy);
        size += copy.length;
      }
      expect(misplaced(parts.join(''), lang)).toBeNull();
    },
  );
});
