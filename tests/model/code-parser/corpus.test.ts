// Every snippet in corpus/ (real-world Spark code in Scala and PySpark) parses to the pipeline
// written by hand beside it, with no errors, and is recognised as its own language.
import { describe, expect, it } from 'vitest';
import { detectLanguage, parseSparkCode } from '../../../src/model/index.ts';
import { corpus } from './corpus.ts';

describe('the snippet corpus', () => {
  it('holds at least 45 snippets in both languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    expect(corpus.filter((c) => c.language === 'python').length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((c) => c.language === 'scala').length).toBeGreaterThanOrEqual(20);
  });

  for (const c of corpus) {
    it(`${c.file} parses to its hand-written pipeline without errors`, () => {
      const result = parseSparkCode(c.source, c.language);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.pipeline).toEqual(c.expected);
    });

    it(`${c.file} is detected as ${c.language}`, () => {
      expect(detectLanguage(c.source)).toBe(c.language);
    });

    it(`${c.file} has a span for every RDD and action`, () => {
      const result = parseSparkCode(c.source, c.language);
      expect(Object.keys(result.spans.rdds).sort()).toEqual(result.pipeline.rdds.map((r) => r.id).sort());
      expect(result.spans.actions.length).toBe(result.pipeline.actions.length);
      for (const span of [...Object.values(result.spans.rdds), ...result.spans.actions]) {
        expect(span.to).toBeGreaterThan(span.from);
        expect(c.source.slice(span.from, span.to).trim().length).toBeGreaterThan(0);
      }
    });
  }
});
