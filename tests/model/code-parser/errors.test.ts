// What the parser cannot read is reported at its line and column with a message that names the
// bad text, and everything else still comes through: a statement with an error is skipped whole,
// and each later use of a name it would have bound is reported too.
import { describe, expect, it } from 'vitest';
import { parseSparkCode } from '../../../src/model/index.ts';
import type { CodeDiagnostic, CodeLanguage } from '../../../src/model/index.ts';

function parse(source: string, language: CodeLanguage = 'scala') {
  return parseSparkCode(source, language);
}
const errors = (ds: readonly CodeDiagnostic[]): string[] =>
  ds.filter((d) => d.severity === 'error').map((d) => d.message);
const warnings = (ds: readonly CodeDiagnostic[]): string[] =>
  ds.filter((d) => d.severity === 'warning').map((d) => d.message);

describe('line breaks as the editor counts them (\r\n, \r and \n)', () => {
  it('places a diagnostic at the end of a CRLF line just after its text, not on the \r', () => {
    const [d] = parse('val \r\n').diagnostics;
    expect([d?.line, d?.column]).toEqual([1, 5]);
  });

  it('counts a lone \r as a line break', () => {
    const [d] = parse('val x = 1\rval \n').diagnostics;
    expect([d?.line, d?.column]).toEqual([2, 5]);
  });

  it('reads Windows line endings like Unix ones and keeps offsets into the pasted text', () => {
    const source = 'val a = sc.parallelize(1 to 10)\r\nval b = a.mapp(x => x)\r\n';
    const r = parse(source);
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['a']);
    const [d] = r.diagnostics;
    expect([d?.line, d?.column, d?.endColumn]).toEqual([2, 11, 15]);
    expect(source.slice(r.spans.rdds['a']!.from, r.spans.rdds['a']!.to)).toBe('sc.parallelize(1 to 10)');
  });
});

describe('errors and recovery', () => {
  it('names a misspelt operation at its line and column and suggests the right one', () => {
    const r = parse(
      'val lines = sc.textFile("in.txt")\nval pairs = lines.map(x => (x, 1))\nval counts = pairs.reduceByKy(_ + _)',
    );
    expect(r.diagnostics[0]).toEqual({
      line: 3,
      column: 20,
      endLine: 3,
      endColumn: 30,
      severity: 'error',
      message: 'line 3, column 20: unknown operation "reduceByKy" — did you mean "reduceByKey"?',
    });
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['lines', 'pairs']);
  });

  it('reports every later use of a name whose statement failed, and keeps the independent statements', () => {
    const r = parse(
      [
        'val lines = sc.textFile("in.txt")',
        'val counts = lines.map(x => (x, 1)).reduceByKy(_ + _)',
        'counts.collect()',
        'val n = lines.count()',
        'val sorted = counts.sortByKey()',
      ].join('\n'),
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 2, column 37: unknown operation "reduceByKy" — did you mean "reduceByKey"?',
      'line 3, column 1: "counts" is not defined: its statement at line 2 has an error',
      'line 5, column 14: "counts" is not defined: its statement at line 2 has an error',
    ]);
    // The failed statement's map was dropped with it; the count on line 4 came through.
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['lines']);
    expect(r.pipeline.actions).toEqual([{ op: 'count', rdd: 'lines', args: {} }]);
  });

  it('names an unknown RDD and suggests a bound one', () => {
    const r = parse('val lines = sc.textFile("in.txt")\nval words = lnes.flatMap(_.split(" "))');
    expect(errors(r.diagnostics)).toEqual(['line 2, column 13: unknown RDD "lnes" — did you mean "lines"?']);
  });

  it('locates an unclosed bracket and resumes at the next statement', () => {
    const r = parse(
      'val lines = sc.textFile("in.txt")\nval c = lines.map(x => (x, 1)\nval d = lines.distinct()\nd.count()',
    );
    expect(errors(r.diagnostics)).toEqual(['line 2, column 18: "(" is never closed']);
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['lines', 'd']);
    expect(r.pipeline.actions).toHaveLength(1);
  });

  it('skips a whole statement with a stray closing bracket', () => {
    const r = parse('val lines = sc.textFile("in.txt")\nlines.count())\nlines.collect()');
    expect(errors(r.diagnostics)).toEqual(['line 2, column 14: unexpected ")"']);
    expect(r.pipeline.actions.map((a) => a.op)).toEqual(['collect']);
  });

  it('reports an unterminated string at its opening quote', () => {
    const r = parse('val lines = sc.textFile("in.txt)\nval ok = sc.parallelize(1 to 4)');
    expect(errors(r.diagnostics)).toContain('line 1, column 25: unterminated string literal');
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['ok']);
  });

  it('names an argument of the wrong kind', () => {
    const r = parse(
      'val a = sc.parallelize(1 to 10, "four")\nval b = sc.parallelize(1 to 10).map(x => (x, x)).partitionBy(4)',
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 1, column 33: sc.parallelize: numSlices must be a whole number, got "four"',
      'line 2, column 62: partitionBy: argument "4" must be a Partitioner, such as new HashPartitioner(4); it accepts partitionBy(partitioner)',
    ]);
  });

  it('names an unknown argument name', () => {
    const r = parse('val a = sc.parallelize(1 to 10).map(x => (x, 1)).reduceByKey(_ + _, numPartitons = 3)');
    expect(errors(r.diagnostics)[0]).toMatch(
      /^line 1, column 69: reduceByKey: unknown argument name "numPartitons" — did you mean "numPartitions"\?/,
    );
  });

  it('says that a real Spark method outside the catalogue is not supported', () => {
    const r = parse(
      'val a = sc.parallelize(1 to 10).map(x => (x, 1))\nval m = a.collectAsMap()\nval s = sc.wholeTextFiles("dir")',
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 2, column 11: "collectAsMap" is not supported by the pipeline format',
      'line 3, column 12: sc.wholeTextFiles is not supported: sources are textFile, parallelize, range and emptyRDD',
    ]);
  });

  it('refuses to change a storage level, as Spark does, and names an unknown level', () => {
    const r = parse(
      'import org.apache.spark.storage.StorageLevel\nval a = sc.parallelize(1 to 10).cache()\na.persist(StorageLevel.DISK_ONLY)\na.persist(StorageLevel.MEMORY_AND_DISC)',
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 3, column 3: cannot change the storage level from MEMORY_ONLY to DISK_ONLY: Spark refuses to change an assigned level',
      'line 4, column 24: unknown storage level "MEMORY_AND_DISC" — did you mean "MEMORY_AND_DISK"?',
    ]);
    expect(r.pipeline.persist).toEqual([{ rdd: 'a', level: 'MEMORY_ONLY' }]);
  });

  it('says that pattern definitions are not supported', () => {
    const r = parse(
      'val data = sc.parallelize(1 to 10)\nval Array(train, test) = data.randomSplit(Array(0.8, 0.2))',
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 2, column 5: pattern definitions (val (a, b) = ..., val Array(a, b) = ...) are not supported: bind one name per val',
    ]);
  });

  it('caps bracket nesting with a located error', () => {
    const r = parse(
      `val x = sc.parallelize(Seq(${'('.repeat(150)}1${')'.repeat(150)}))\nval y = sc.parallelize(1 to 3)`,
    );
    expect(errors(r.diagnostics)).toEqual([
      'line 1, column 126: brackets nested deeper than 100 levels are not supported',
    ]);
    expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['y']);
  });

  it('does not unroll a loop of more than 1000 iterations', () => {
    const r = parse('val a = sc.parallelize(1 to 3)\nfor (i <- 1 to 5000) { a.count() }');
    expect(errors(r.diagnostics)).toEqual([
      'line 2, column 11: a loop of more than 1000 iterations is not unrolled',
    ]);
    expect(r.pipeline.actions).toEqual([]);
  });

  it('reports an error inside an unrolled loop once, not once per iteration', () => {
    const r = parse('val a = sc.parallelize(1 to 3)\nfor (i <- 1 to 3) {\n  val b = a.mapp(_ + i)\n}');
    expect(errors(r.diagnostics)).toEqual([
      'line 3, column 13: unknown operation "mapp" — did you mean "map"?',
    ]);
  });

  it('skips threads, pools and control flow with warnings and keeps the rest', () => {
    const r = parse(
      [
        'val a = sc.parallelize(1 to 3)',
        'sc.setLocalProperty("spark.scheduler.pool", "p")',
        'Future { a.count() }',
        'if (a.isEmpty()) { a.count() }',
        'a.collect()',
      ].join('\n'),
    );
    expect(errors(r.diagnostics)).toEqual([]);
    expect(warnings(r.diagnostics)).toEqual([
      'line 2, column 1: sc.setLocalProperty is not modelled (scheduler pools come from a "stagecraft:" directive); skipped',
      'line 3, column 1: Future is not modelled: the actions inside run on the main thread; skipped',
      'line 4, column 1: "if" blocks are not modelled; skipped',
    ]);
    expect(r.pipeline.actions.map((x) => x.op)).toEqual(['collect']);
  });

  it('warns about a path that is not a literal and keeps its text', () => {
    const r = parse('val lines = sc.textFile(args(0))');
    expect(warnings(r.diagnostics)).toEqual([
      'line 1, column 25: sc.textFile: path is not a string literal; using the text "args(0)" as its name',
    ]);
    expect(r.pipeline.rdds[0]?.args).toEqual({ path: 'args(0)' });
  });

  it('warns about a bad directive', () => {
    const r = parse('// stagecraft: {oops}\nval a = sc.parallelize(1 to 3)');
    expect(warnings(r.diagnostics)).toEqual([
      'line 1, column 1: a stagecraft: directive must be a JSON object, such as {"defaultParallelism": 4}',
    ]);
  });

  describe('in Python', () => {
    it('names a misspelt operation and the dependent statements', () => {
      const r = parse(
        'lines = sc.textFile("in.txt")\ncounts = lines.map(lambda w: (w, 1)).reduceByKy(lambda a, b: a + b)\nprint(counts.collect())\nlines.count()',
        'python',
      );
      expect(errors(r.diagnostics)).toEqual([
        'line 2, column 38: unknown operation "reduceByKy" — did you mean "reduceByKey"?',
        'line 3, column 7: "counts" is not defined: its statement at line 2 has an error',
      ]);
      expect(r.pipeline.actions).toEqual([{ op: 'count', rdd: 'lines', args: {} }]);
    });

    it('resumes after an unclosed bracket at the next assignment', () => {
      const r = parse(
        'lines = sc.textFile("in.txt")\npairs = lines.map(lambda w: (w, 1)\nok = lines.distinct()',
        'python',
      );
      expect(errors(r.diagnostics)).toEqual(['line 2, column 18: "(" is never closed']);
      expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['lines', 'ok']);
    });

    it('warns that partitionFunc is not modelled and reads a hash partitioner', () => {
      const r = parse('p = sc.parallelize([(1, 2)]).partitionBy(4, lambda k: hash(k))', 'python');
      expect(warnings(r.diagnostics)).toEqual([
        'line 1, column 45: partitionBy: partitionFunc is not modelled; keys are placed as by a HashPartitioner',
      ]);
      expect(r.pipeline.rdds[1]?.args).toEqual({ partitioner: { type: 'hash', numPartitions: 4 } });
    });

    it('skips an if block with one warning', () => {
      const r = parse('a = sc.parallelize([1])\nif a:\n    a.count()\n    a.count()\na.collect()', 'python');
      expect(warnings(r.diagnostics)).toEqual(['line 2, column 1: "if" blocks are not modelled; skipped']);
      expect(r.pipeline.actions.map((x) => x.op)).toEqual(['collect']);
    });
  });

  it('never throws, whatever the input', () => {
    const junk = [
      '"""',
      '/*',
      ')))',
      '{{{',
      'val',
      'val x =',
      '`',
      "'",
      '\\',
      'lambda',
      'x.',
      'sc.',
      '.map(',
      '=> =>',
    ];
    for (const a of junk) {
      for (const b of junk) {
        for (const language of ['scala', 'python'] as const) {
          expect(() => parseSparkCode(`${a}\n${b} ${a}`, language)).not.toThrow();
        }
      }
    }
  });
});
