/**
 * `parseWalkthrough`: the restore step for walk-through files (README "Walk-throughs"). Untrusted
 * text or a parsed JSON value goes in; out comes a `Walkthrough` whose pipeline, cluster, faults,
 * anchors and questions are well formed, or every problem found, each at its JSON path
 * (`steps[3].position.stage: must be at least 0, got -1`). Whether the ids a step names exist is
 * a question for the plan and the simulated trace: ./prepare.ts answers it.
 *
 * Passes: JSON text → shape (zod) → the inline pipeline (`parsePipeline`, its paths under
 * `pipeline.`) → faults (`parseFault`) → cluster locality wait → each step's anchor and question.
 */
import { z } from 'zod';
import { parseJsonText } from '../pipeline/json-text.ts';
import { parsePipeline } from '../pipeline/parse.ts';
import { problem } from '../pipeline/messages/params.ts';
import type { MessageLang } from '../pipeline/messages/params.ts';
import { ProblemList } from '../pipeline/problems.ts';
import type { PathPart } from '../pipeline/problems.ts';
import type { ParseResult } from '../pipeline/types.ts';
import type { Limits } from '../limits.ts';
import { addZodIssues } from '../pipeline/zod-problems.ts';
import type { Fault } from '../simulation/faults.ts';
import { parseFault } from '../simulation/faults.ts';
import type { ClusterOptions } from '../simulation/settings.ts';
import { reportLesson } from './messages/format.ts';
import { lessonProblem } from './messages/params.ts';
import { ANCHOR_SCHEMAS, walkthroughSchema } from './schema.ts';
import type { Anchor, LessonStep, Walkthrough } from './types.ts';

const ANCHOR_KINDS = Object.keys(ANCHOR_SCHEMAS) as (keyof typeof ANCHOR_SCHEMAS)[];

/**
 * What a lesson may hold where it is played (the app simulates it on the page's main thread):
 * steps and faults, and the inline pipeline's RDDs and partitions (../limits.ts). Unset: no limit
 * on steps and faults, the pipeline's usual limits.
 */
export interface WalkthroughLimits extends Partial<Pick<Limits, 'maxRdds' | 'maxPartitions'>> {
  readonly maxSteps?: number;
  readonly maxFaults?: number;
}

/**
 * `lang`: the language the problems are written in (English for the command line, the interface's
 * in the app). `limits`: checked before anything else is read, so a huge file costs no more than
 * its JSON parse.
 */
export function parseWalkthrough(
  input: string | unknown,
  lang: MessageLang = 'en',
  limits: WalkthroughLimits = {},
): ParseResult<Walkthrough> {
  let value: unknown = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input, lang);
    if (!json.ok) return { ok: false, problems: [json.problem] };
    value = json.value;
  }
  const problems = new ProblemList(lang);
  const raw = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<
    string,
    unknown
  >;
  checkCounts(raw, limits, problems);
  if (!problems.empty) return { ok: false, problems: problems.items };
  const shape = walkthroughSchema.safeParse(value, { reportInput: true });
  if (!shape.success) addZodIssues(shape.error.issues, [], problems);

  // Only the limits given: an unset one keeps the pipeline's default.
  const pipelineLimits = {
    ...(limits.maxRdds === undefined ? {} : { maxRdds: limits.maxRdds }),
    ...(limits.maxPartitions === undefined ? {} : { maxPartitions: limits.maxPartitions }),
  };
  const pipeline = parsePipeline(raw.pipeline === undefined ? null : raw.pipeline, pipelineLimits, lang);
  if (raw.pipeline === undefined) {
    if (shape.success) problems.report(['pipeline'], problem('required'));
  } else if (!pipeline.ok) {
    for (const p of pipeline.problems)
      problems.items.push({
        path: p.path === '' ? 'pipeline' : joinPath('pipeline', p.path),
        message: p.message,
      });
  }

  const faults: Fault[] = [];
  const faultSpecs = Array.isArray(raw.faults) ? raw.faults : [];
  for (const [i, spec] of faultSpecs.entries()) {
    if (typeof spec !== 'string') continue;
    const parsed = parseFault(spec);
    if (parsed.ok) faults.push(parsed.fault);
    else reportLesson(problems, ['faults', i], lessonProblem('badFault', { spec, reason: parsed.reason }));
  }

  const cluster = raw.cluster as Record<string, unknown> | undefined;
  if (cluster && typeof cluster === 'object') checkLocalityWait(cluster.localityWaitMs, problems);

  const rawSteps = Array.isArray(raw.steps) ? raw.steps : [];
  const anchors = rawSteps.map((s, i) =>
    typeof s === 'object' && s !== null
      ? parseAnchor((s as { position?: unknown }).position, ['steps', i, 'position'], problems)
      : null,
  );
  if (shape.success)
    for (const [i, s] of shape.data.steps.entries()) {
      const q = s.question;
      if (q && q.answer >= q.choices.length)
        reportLesson(
          problems,
          ['steps', i, 'question', 'answer'],
          lessonProblem('answerIndex', { count: q.choices.length, got: q.answer }),
        );
    }

  if (!shape.success || !pipeline.ok || !problems.empty) return { ok: false, problems: problems.items };
  const data = shape.data;
  const steps: LessonStep[] = data.steps.map((s, i) => ({
    show: s.show as LessonStep['show'],
    position: anchors[i] as Anchor,
    narration: s.narration,
    ...(s.question ? { question: s.question } : {}),
  }));
  return {
    ok: true,
    value: {
      version: 1,
      id: data.id,
      title: data.title,
      summary: data.summary,
      pipeline: pipeline.value,
      cluster: (data.cluster ?? {}) as ClusterOptions,
      faults,
      faultSpecs: data.faults ?? [],
      seed: data.seed ?? 0,
      steps,
    },
    warnings: pipeline.warnings.map((p) => ({ ...p, path: joinPath('pipeline', p.path) })),
  };
}

/** Pass: the counts of steps and faults against `limits`, before their entries are read. */
function checkCounts(raw: Record<string, unknown>, limits: WalkthroughLimits, problems: ProblemList): void {
  for (const [what, limit] of [
    ['steps', limits.maxSteps],
    ['faults', limits.maxFaults],
  ] as const) {
    const list = raw[what];
    if (limit !== undefined && Array.isArray(list) && list.length > limit)
      reportLesson(problems, [what], lessonProblem('tooManyEntries', { what, count: list.length, limit }));
  }
}

function joinPath(base: string, path: string): string {
  if (path === '') return base;
  return path.startsWith('[') ? `${base}${path}` : `${base}.${path}`;
}

/** `"start"`, `"end"`, or an object checked against the schema its `at` names. */
function parseAnchor(value: unknown, path: readonly PathPart[], problems: ProblemList): Anchor | null {
  if (value === 'start' || value === 'end') return value;
  const at = typeof value === 'object' && value !== null ? (value as { at?: unknown }).at : undefined;
  const schema = typeof at === 'string' ? ANCHOR_SCHEMAS[at as keyof typeof ANCHOR_SCHEMAS] : undefined;
  if (!schema) {
    const where = typeof value === 'object' && value !== null ? [...path, 'at'] : path;
    const got = typeof value === 'object' && value !== null ? at : value;
    reportLesson(problems, where, lessonProblem('anchorKind', { kinds: ANCHOR_KINDS, got }));
    return null;
  }
  const parsed = (schema as z.ZodType).safeParse(value, { reportInput: true });
  if (!parsed.success) {
    addZodIssues(parsed.error.issues, path, problems);
    return null;
  }
  return parsed.data as Anchor;
}

function checkLocalityWait(value: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  const path = ['cluster', 'localityWaitMs'];
  if (typeof value === 'number') {
    if (!(value >= 0))
      problems.report(path, problem('atLeast', { minimum: '0', origin: 'number', got: value }));
    return;
  }
  const levels = z.strictObject({
    process: z.number().min(0).optional(),
    node: z.number().min(0).optional(),
    rack: z.number().min(0).optional(),
  });
  const parsed = levels.safeParse(value, { reportInput: true });
  if (parsed.success) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    reportLesson(problems, path, lessonProblem('localityWait', { got: value }));
  else addZodIssues(parsed.error.issues, path, problems);
}
