// Literals and comments as both languages write them: escapes, triple-quoted and raw strings,
// character literals, numeric suffixes and underscores, nested Scala block comments, Python
// backslash continuations. Each is read through the argument that carries it.
import { describe, expect, it } from 'vitest';
import { parseSparkCode } from '../../../src/model/index.ts';
import type { CodeLanguage } from '../../../src/model/index.ts';

function firstArgs(source: string, language: CodeLanguage) {
  const r = parseSparkCode(source, language);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.pipeline.rdds[0]?.args;
}

describe('literals', () => {
  it('decodes Scala string escapes, unicode escapes and character literals', () => {
    expect(firstArgs('val a = sc.textFile("in\\t\\"q\\"\\u00e9.txt")', 'scala')).toEqual({
      path: 'in\t"q"é.txt',
    });
    expect(firstArgs("val a = sc.parallelize(Seq('a', '\\n'))", 'scala')).toEqual({ data: ['a', '\n'] });
  });

  it('keeps Scala triple-quoted strings raw', () => {
    expect(firstArgs('val a = sc.textFile("""C:\\data\\in "x".txt""")', 'scala')).toEqual({
      path: 'C:\\data\\in "x".txt',
    });
  });

  it('reads Python quotes of both kinds, raw strings and triple quotes', () => {
    expect(firstArgs("a = sc.parallelize(['x', \"y\", r'\\d+', '''z'''])", 'python')).toEqual({
      data: ['x', 'y', '\\d+', 'z'],
    });
  });

  it('reads numeric suffixes, underscores, negatives and doubles', () => {
    expect(firstArgs('val a = sc.range(-5L, 1_000L, 5, 2)', 'scala')).toEqual({
      start: -5,
      end: 1000,
      step: 5,
      numSlices: 2,
    });
    expect(firstArgs('val a = sc.parallelize(Seq(1.5, 2e3, 0x10))', 'scala')).toEqual({
      data: [1.5, 2000, 16],
    });
  });

  it('reads tuples, nested collections, booleans and null as JSON', () => {
    expect(firstArgs('val a = sc.parallelize(Seq(("a", List(1, 2)), ("b", Nil)), 2)', 'scala')).toEqual({
      data: [
        ['a', [1, 2]],
        ['b', []],
      ],
      numSlices: 2,
    });
    expect(firstArgs('a = sc.parallelize([(True, None), (False, 1.0)])', 'python')).toEqual({
      data: [
        [true, null],
        [false, 1],
      ],
    });
  });

  it('computes ranges: to, until, by, and Python range', () => {
    expect(firstArgs('val a = sc.parallelize(1 to 10 by 3)', 'scala')).toEqual({ length: 4 });
    expect(firstArgs('val a = sc.parallelize(0 until 10)', 'scala')).toEqual({ length: 10 });
    expect(firstArgs('a = sc.parallelize(range(2, 20, 4))', 'python')).toEqual({ length: 5 });
    expect(firstArgs('a = sc.parallelize(list(range(7)))', 'python')).toEqual({ length: 7 });
  });

  it('reads the length of a Python comprehension over a range and of a mapped Scala range', () => {
    expect(firstArgs('a = sc.parallelize([(k, k * k) for k in range(100)], 4)', 'python')).toEqual({
      length: 100,
      numSlices: 4,
    });
    expect(firstArgs('val a = sc.parallelize((1 to 50).map(i => (i, i * i)))', 'scala')).toEqual({
      length: 50,
    });
    // With an `if` clause the length is unknown: reported, not guessed.
    const r = parseSparkCode('a = sc.parallelize([x for x in range(10) if x > 2])', 'python');
    expect(r.diagnostics[0]?.message).toMatch(
      /^line 1, column 20: sc.parallelize: data must be a literal collection/,
    );
  });

  it('reads constants bound earlier and arithmetic on them', () => {
    expect(
      firstArgs('val n = 4\nval parts = n * 2\nval a = sc.parallelize(1 to 100, parts)', 'scala'),
    ).toEqual({
      length: 100,
      numSlices: 8,
    });
  });
});

describe('comments and continuations', () => {
  it('skips nested Scala block comments and line comments between chained calls', () => {
    const r = parseSparkCode(
      'val a = sc.parallelize(1 to 4) /* outer /* inner */ still comment */\n  // a note\n  .map(_ + 1)\na.count()',
      'scala',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.pipeline.rdds.map((x) => x.op)).toEqual(['parallelize', 'map']);
  });

  it('joins Python backslash continuations and ignores # comments inside brackets', () => {
    const r = parseSparkCode(
      'a = sc.parallelize([1, 2,  # two\n  3]) \\\n  .map(lambda x: x)\na.count()',
      'python',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.pipeline.rdds[0]?.args).toEqual({ data: [1, 2, 3] });
    expect(r.pipeline.rdds[1]?.code).toBe('lambda x: x');
  });

  it('keeps a multi-line function text exactly as written, comments included', () => {
    const source = 'val a = sc.parallelize(1 to 4).map { x =>\n  // square it\n  x * x\n}';
    expect(parseSparkCode(source, 'scala').pipeline.rdds[1]?.code).toBe('{ x =>\n  // square it\n  x * x\n}');
  });
});
