/** One row of the results: what bench/results.json holds per case. */
export interface Entry {
  readonly name: string;
  readonly n: number;
  /** Median of the timed runs; null when the case was not measured. */
  readonly median_ms: number | null;
  /** (max − min) / median over the timed runs. */
  readonly spread?: number;
  readonly runs?: number;
  readonly baseline_ms?: number;
  /** median_ms / baseline_ms: below 1 is faster than the baseline. */
  readonly ratio?: number;
  readonly peak_mb?: number;
  readonly p95_ms?: number;
  readonly gzip_kb?: number;
  readonly crossings?: number;
  readonly baseline_crossings?: number;
  readonly overlaps?: number;
  /** The target for this case, in words; empty when it sets none. */
  readonly target: string;
  /** Whether the target is met; null when there is no target or no measurement. */
  readonly met: boolean | null;
  /** What the input was, or why the case was not measured. */
  readonly note: string;
}
