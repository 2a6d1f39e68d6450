import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/layout/extremes.ts';

describe('maxOf and minOf', () => {
  it('find the extremes, and the initial value for no numbers', () => {
    expect(maxOf([3, 9, -2])).toBe(9);
    expect(minOf([3, 9, -2])).toBe(-2);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
  });

  it('handle more values than a call can take as arguments (where Math.max(...values) throws)', () => {
    const many = Array.from({ length: 2_000_000 }, (_, i) => i % 1000);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999);
    expect(minOf(many)).toBe(0);
  });
});
