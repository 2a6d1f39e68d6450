/**
 * Timing helpers: warm-up runs, then timed runs; a baseline, when there is one, runs interleaved
 * with the measured code on the same input (ABAB…, the order flipped each round), so both see the
 * same machine load and the ratio holds on a noisy machine.
 */
export interface Samples {
  readonly ms: readonly number[];
  readonly baselineMs?: readonly number[];
}

export interface Repetitions {
  readonly warmup: number;
  readonly runs: number;
}

declare const gc: (() => void) | undefined;

/** A full collection between runs when node runs with --expose-gc, so one run's garbage is not the next one's cost. */
export function collect(): void {
  if (typeof gc === 'function') gc();
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  collect();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function repeat(
  reps: Repetitions,
  fn: () => unknown,
  baseline?: () => unknown,
): Promise<Samples> {
  for (let i = 0; i < reps.warmup; i++) {
    await timeOnce(fn);
    if (baseline) await timeOnce(baseline);
  }
  const ms: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < reps.runs; i++) {
    if (baseline && i % 2 === 1) baselineMs.push(await timeOnce(baseline));
    ms.push(await timeOnce(fn));
    if (baseline && i % 2 === 0) baselineMs.push(await timeOnce(baseline));
  }
  return baseline ? { ms, baselineMs } : { ms };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Spread of the runs as a fraction of the median: (max − min) / median. */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  return (Math.max(...values) - Math.min(...values)) / median(values);
}
