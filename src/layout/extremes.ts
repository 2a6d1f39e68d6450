/**
 * Largest and smallest of many numbers. `Math.max(...values)` passes every value as an argument
 * and overflows the stack on large graphs (thousands of nodes plus their dummy nodes), most of
 * all in a Web Worker, whose stack is smaller than the page's.
 */
export function maxOf(values: Iterable<number>, initial = -Infinity): number {
  let max = initial;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, initial = Infinity): number {
  let min = initial;
  for (const v of values) if (v < min) min = v;
  return min;
}
