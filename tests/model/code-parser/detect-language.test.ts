// detectLanguage tells Scala from PySpark by signs only one of them uses.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/model/index.ts';

describe('detectLanguage', () => {
  it('reads val, => and placeholder lambdas as Scala', () => {
    expect(detectLanguage('val counts = lines.map(w => (w, 1))')).toBe('scala');
    expect(detectLanguage('lines.reduceByKey(_ + _)')).toBe('scala');
    expect(detectLanguage('sc.parallelize(1 to 100, 4).count()')).toBe('scala');
  });

  it('reads lambda, Python lists and plain assignments as Python', () => {
    expect(detectLanguage('counts = lines.map(lambda w: (w, 1))')).toBe('python');
    expect(detectLanguage('rdd = sc.parallelize([1, 2, 3])')).toBe('python');
    expect(detectLanguage('rdd = sc.textFile("in.txt")\nrdd.count()')).toBe('python');
  });

  it('is not fooled by signs inside string literals', () => {
    expect(detectLanguage('val s = sc.textFile("lambda x: x")')).toBe('scala');
    expect(detectLanguage('s = sc.textFile("val x = y => z")')).toBe('python');
  });

  it('falls back to Scala (spark-shell) when nothing tells', () => {
    expect(detectLanguage('')).toBe('scala');
    expect(detectLanguage('sc.textFile("in.txt").count()')).toBe('scala');
  });
});
