/**
 * `RDD.take(num)`'s loop (R-6.2): the partitions each job scans. The first round scans
 * `initialNumPartitions`; later rounds scale up by `scaleUpFactor` while nothing was found, or
 * interpolate `ceil(1.5 · left · scanned / found)` capped by it. A partition of "many" rows
 * (unknown count) is taken to hold enough.
 */
import type { RowCount } from '../lineage/types.ts';

export function takeRounds(
  rows: readonly RowCount[],
  num: number,
  initial: number,
  scaleUp: number,
): number[][] {
  const factor = Math.max(scaleUp, 2);
  const rounds: number[][] = [];
  if (num === 0) return rounds;
  const total = rows.length;
  let found = 0;
  let scanned = 0;
  while (found < num && scanned < total) {
    let tryCount = initial;
    const left = num - found;
    if (scanned > 0) {
      tryCount =
        found === 0
          ? scanned * factor
          : Math.min(Math.ceil((1.5 * left * scanned) / found), scanned * factor);
    }
    const partitions: number[] = [];
    for (let p = scanned; p < Math.min(scanned + tryCount, total); p++) partitions.push(p);
    rounds.push(partitions);
    for (const p of partitions) {
      const r = rows[p] ?? 0;
      found += r === 'many' ? num : Math.min(r, left);
    }
    found = Math.min(found, num);
    scanned += partitions.length;
  }
  return rounds;
}
