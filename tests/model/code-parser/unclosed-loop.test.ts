// A Scala `for` header still being typed (its bracket not yet closed at the end of the text) is
// reported at the open bracket; the parser does not throw on it, and the statements before it
// still come through.
import { describe, expect, it } from 'vitest';
import { parseSparkCode } from '../../../src/model/index.ts';

describe('a for header never closed', () => {
  it.each(['for (', 'for (i <- 1 to', 'for (i <- 1 to 2', 'for ((k, v) <- pairs.collect'])(
    'reports the open bracket of %j',
    (header) => {
      const r = parseSparkCode(`val pairs = sc.parallelize(Seq((1, 2)))\n${header}`, 'scala');
      expect(r.diagnostics.map((d) => d.message)).toContain('line 2, column 5: "(" is never closed');
      expect(r.pipeline.rdds.map((x) => x.id)).toEqual(['pairs']);
    },
  );

  it('still reports what the header reports when closed', () => {
    const r = parseSparkCode('val a = sc.parallelize(1 to 3).mapp(x => x)\nfor (x <- a.collect', 'scala');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'line 1, column 32: unknown operation "mapp" — did you mean "map"?',
      'line 2, column 5: "(" is never closed',
      'line 2, column 11: "a" is not defined: its statement at line 1 has an error',
    ]);
  });
});
