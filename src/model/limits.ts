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

/** What leads to the value in a limit message: `has 1200000 RDDs`, `makes …`, `is …`, `the plan has …`. */
export type LimitVerb = 'has' | 'makes' | 'is' | 'the plan has';

/** The languages a limit message is written in (the interface's). */
export type LimitLang = 'en' | 'zh-CN';

const ZH_UNIT: Readonly<Record<LimitName, string>> = {
  maxRdds: '个 RDD',
  maxPartitions: '个分区',
  maxTasks: '个任务',
  maxFileBytes: '字节',
  maxLineBytes: '字节',
};

const ZH_VERB: Readonly<Record<LimitVerb, string>> = {
  has: '有',
  makes: '产生',
  is: '为',
  'the plan has': '执行计划共有',
};

/**
 * The message for a value over a limit: `makes 12000000 partitions, over the limit of 1000000
 * partitions (maxPartitions; raise it with --max-partitions N)`, or in Chinese `产生 12000000 个分区，
 * 超过上限 1000000 个分区（maxPartitions；可用 --max-partitions N 调高）`.
 */
export function limitMessage(
  name: LimitName,
  what: LimitVerb,
  value: number,
  limits: Limits,
  lang: LimitLang = 'en',
): string {
  return overLimitText(name, what, value, limits[name], lang);
}

/** `limitMessage` for a limit given as its value. */
export function overLimitText(
  name: LimitName,
  what: LimitVerb,
  value: number,
  limit: number,
  lang: LimitLang = 'en',
): string {
  const { flag, unit } = LIMIT_FLAGS[name];
  if (lang === 'zh-CN') {
    const zh = ZH_UNIT[name];
    return `${ZH_VERB[what]} ${value} ${zh}，超过上限 ${limit} ${zh}（${name}；可用 ${flag} N 调高）`;
  }
  return `${what} ${value} ${unit}, over the limit of ${limit} ${unit} (${name}; raise it with ${flag} N)`;
}
