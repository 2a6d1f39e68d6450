/**
 * `parsePipeline`: the restore step for pipeline files (shared/spec/pipeline.md). Untrusted
 * text or a parsed JSON value goes in; out comes a `Pipeline` with every reference resolved, or
 * the complete list of problems, each with its JSON path and the bad value. A file with any
 * problem is rejected whole: nothing is half-loaded.
 *
 * Passes: JSON text → top-level shape (zod) → each entry's shape (zod) → cross-field rules
 * (./check-pipeline.ts, argument rules from the operator catalogue) → config rules → build.
 */
import type { z } from 'zod';
import { withDefaults } from '../limits.ts';
import type { Limits } from '../limits.ts';
import { checkLimits } from './check-limits.ts';
import { checkActions, checkPersist, checkReference, checkRdds } from './check-pipeline.ts';
import { parseJsonText } from './json-text.ts';
import { problem, type MessageLang } from './messages/params.ts';
import { ProblemList } from './problems.ts';
import type { PathPart } from './problems.ts';
import {
  actionEntrySchema,
  checkpointEntrySchema,
  persistEntrySchema,
  rddEntrySchema,
  topLevelSchema,
} from './schema.ts';
import type { ActionEntry, RddEntry } from './schema.ts';
import type {
  ActionArgs,
  ActionName,
  OperationName,
  ParseResult,
  Pipeline,
  PipelineConfig,
  RddArgs,
  StorageLevelName,
} from './types.ts';
import { addZodIssues } from './zod-problems.ts';

/** `sc.defaultParallelism` when the file sets neither parallelism (shared/spec/pipeline.md). */
export const DEFAULT_PARALLELISM = 8;

/**
 * `limits`: the limits of ../limits.ts to enforce (maxRdds, maxPartitions), defaults for any left
 * out. `messages`: the language the problems are written in (English for the command line, the
 * interface's language in the app).
 */
export function parsePipeline(
  input: string | unknown,
  limits?: Partial<Limits>,
  messages: MessageLang = 'en',
): ParseResult<Pipeline> {
  const limit = withDefaults(limits);
  let value: unknown = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input, messages);
    if (!json.ok) return { ok: false, problems: [json.problem] };
    value = json.value;
  }
  const problems = new ProblemList(messages);
  const top = topLevelSchema.safeParse(value, { reportInput: true });
  if (!top.success) {
    addZodIssues(top.error.issues, [], problems);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, problems: problems.items };
    }
  }
  const raw = value as Record<string, unknown>;
  const rawRdds = Array.isArray(raw.rdds) ? raw.rdds : [];
  if (rawRdds.length > limit.maxRdds) {
    const over = { name: 'maxRdds', verb: 'has', value: rawRdds.length, limit: limit.maxRdds } as const;
    problems.report(['rdds'], problem('overLimit', over));
    return { ok: false, problems: problems.items };
  }
  const rdds = rawRdds.map((e, i) => entryOf(rddEntrySchema, e, ['rdds', i], problems));
  const rawIds = rawRdds.map((e) =>
    typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined,
  );
  const index = checkRdds(rdds, rawIds, problems, limit);

  const persist = listOf(raw.persist).map((e, i) => entryOf(persistEntrySchema, e, ['persist', i], problems));
  checkPersist(persist, index, problems);
  const checkpoint = listOf(raw.checkpoint).map((e, i) =>
    entryOf(checkpointEntrySchema, e, ['checkpoint', i], problems),
  );
  checkpoint.forEach((c, i) => c && checkReference(c.rdd, index, ['checkpoint', i, 'rdd'], problems));
  const actions = listOf(raw.actions).map((e, i) => entryOf(actionEntrySchema, e, ['actions', i], problems));
  checkActions(actions, index, problems);
  const config = top.success ? resolveConfig(top.data.config ?? {}, problems) : null;

  if (!problems.empty || !top.success || config === null) return { ok: false, problems: problems.items };
  const pipeline = build(
    top.data.name,
    config,
    rdds as RddEntry[],
    persist,
    checkpoint,
    actions as ActionEntry[],
  );
  checkLimits(pipeline, limit, problems);
  if (!problems.empty) return { ok: false, problems: problems.items };
  return { ok: true, warnings: [], value: pipeline };
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function entryOf<T>(schema: z.ZodType<T>, value: unknown, path: PathPart[], problems: ProblemList): T | null {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  addZodIssues(result.error.issues, path, problems);
  return null;
}

/** If only `spark.default.parallelism` is set it is also `sc.defaultParallelism`; if both are, they must agree. */
function resolveConfig(
  config: { defaultParallelism?: number | undefined; 'spark.default.parallelism'?: number | undefined },
  problems: ProblemList,
): PipelineConfig | null {
  const setting = config['spark.default.parallelism'];
  const given = config.defaultParallelism;
  if (setting !== undefined && given !== undefined && setting !== given) {
    problems.report(['config', 'defaultParallelism'], problem('parallelismMismatch', { setting, given }));
    return null;
  }
  const defaultParallelism = given ?? setting ?? DEFAULT_PARALLELISM;
  return setting === undefined
    ? { defaultParallelism }
    : { defaultParallelism, 'spark.default.parallelism': setting };
}

function build(
  name: string | undefined,
  config: PipelineConfig,
  rdds: readonly RddEntry[],
  persist: readonly ({ rdd: string; level: StorageLevelName } | null)[],
  checkpoint: readonly ({ rdd: string } | null)[],
  actions: readonly ActionEntry[],
): Pipeline {
  return {
    version: 1,
    ...(name === undefined ? {} : { name }),
    config,
    rdds: rdds.map((r) => ({
      id: r.id,
      op: r.op as OperationName,
      parents: r.parents ?? [],
      args: (r.args ?? {}) as RddArgs,
      ...(r.code === undefined ? {} : { code: r.code }),
      ...(r.hints === undefined ? {} : { hints: r.hints }),
    })),
    persist: persist.filter((p) => p !== null),
    checkpoint: checkpoint.filter((c) => c !== null),
    actions: actions.map((a) => ({
      op: a.op as ActionName,
      rdd: a.rdd,
      args: (a.args ?? {}) as ActionArgs,
      ...(a.thread === undefined ? {} : { thread: a.thread }),
      ...(a.pool === undefined ? {} : { pool: a.pool }),
      ...(a.code === undefined ? {} : { code: a.code }),
    })),
  };
}
