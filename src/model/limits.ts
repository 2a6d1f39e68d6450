/**
 * The limits on what Stagecraft reads, in one place. Each keeps a hostile or mistaken input from
 * exhausting memory or time; each has a default high enough for real programs (a pipeline of
 * 100,000 operations, a chain 100,000 RDDs deep, a 500 MB event log), a name used in messages, and
 * a command-line flag that raises it (`stagecraft plan FILE --max-rdds 2000000`). A message from a
 * limit names the limit, the value found and how to raise it (`limitMessage`).
 */

/** RDD entries in one pipeline file (`rdds`). */
export const MAX_RDDS = 1_000_000;
/**
 * Partitions of one RDD: a `numPartitions`/`numSlices`/`minPartitions` argument, a partitioner,
 * the default parallelism, and what the planner derives (a cartesian multiplies its parents'
 * partitions, a union adds them).
 */
export const MAX_PARTITIONS = 1_000_000;
/** Tasks of one plan: the sum of every stage's task count over all jobs. */
export const MAX_TASKS = 100_000_000;
/** Bytes of a pipeline file read whole (a JSON pipeline); event logs are streamed instead. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Bytes of one event-log line: a longer line is skipped with a warning, never held in memory. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export interface Limits {
  readonly maxRdds: number;
  readonly maxPartitions: number;
  readonly maxTasks: number;
  readonly maxFileBytes: number;
  readonly maxLineBytes: number;
}

export type LimitName = keyof Limits;

export const DEFAULT_LIMITS: Limits = {
  maxRdds: MAX_RDDS,
  maxPartitions: MAX_PARTITIONS,
  maxTasks: MAX_TASKS,
  maxFileBytes: MAX_FILE_BYTES,
  maxLineBytes: MAX_LINE_BYTES,
};

/** Each limit's command-line flag and the unit of its value. */
export const LIMIT_FLAGS: Readonly<Record<LimitName, { readonly flag: string; readonly unit: string }>> = {
  maxRdds: { flag: '--max-rdds', unit: 'RDDs' },
  maxPartitions: { flag: '--max-partitions', unit: 'partitions' },
  maxTasks: { flag: '--max-tasks', unit: 'tasks' },
  maxFileBytes: { flag: '--max-file-size', unit: 'bytes' },
  maxLineBytes: { flag: '--max-line-length', unit: 'bytes' },
};

/** `limits` with any unset field at its default. */
export function withDefaults(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/**
 * The message for a value over a limit: `makes 12000000 partitions, over the limit of 1000000
 * partitions (maxPartitions; raise it with --max-partitions N)`; `what` is the verb ("has",
 * "makes", "is") that leads to the value.
 */
export function limitMessage(name: LimitName, what: string, value: number, limits: Limits): string {
  const { flag, unit } = LIMIT_FLAGS[name];
  return `${what} ${value} ${unit}, over the limit of ${limits[name]} ${unit} (${name}; raise it with ${flag} N)`;
}
