/**
 * `prepareWalkthrough`: plans the lesson's pipeline, simulates it on the lesson's cluster with its
 * faults and seed, and checks every step against both: each highlighted RDD, stage and job exists
 * in the plan, the executor and the task appear in the trace, and the anchor resolves. Out comes
 * each step's resolved show and playback position, or every problem at its path
 * (`steps[3].show.stages[0]: stage 7 does not exist in the plan`).
 */
import type { Plan } from '../plan/planned.ts';
import { planPipeline } from '../plan/plan-pipeline.ts';
import type { MessageLang } from '../pipeline/messages/params.ts';
import { ProblemList } from '../pipeline/problems.ts';
import { planTaskCount } from '../plan/plan-limits.ts';
import type { ParseResult } from '../pipeline/types.ts';
import { simulate } from '../simulation/simulation.ts';
import type { Trace } from '../trace/trace.ts';
import { resolveAnchor, resolveTask } from './anchor.ts';
import { reportLesson } from './messages/format.ts';
import { lessonProblem } from './messages/params.ts';
import { parseWalkthrough, type WalkthroughLimits } from './parse.ts';
import type { ResolvedStep, Walkthrough } from './types.ts';

export interface PreparedWalkthrough {
  readonly lesson: Walkthrough;
  readonly plan: Plan;
  readonly trace: Trace;
  readonly steps: readonly ResolvedStep[];
}

/**
 * The most tasks a lesson's plan may have where its run is simulated on the page's main thread
 * (the app's lesson files): a hostile or mistaken file must not freeze the tab. The bundled
 * lessons have at most a few hundred.
 */
export const MAX_LESSON_TASKS = 20_000;

export interface PrepareLimits extends WalkthroughLimits {
  /** Refuse, before simulating, a plan with more tasks than this (default: no limit here). */
  readonly maxTasks?: number;
}

/**
 * The limits on a lesson file played in the app: its tasks; its steps (each anchor is looked up in
 * the trace) and faults; and its pipeline's RDDs and partitions, which bound the planning done
 * before the task count is known. Measured in Node on a shared 2-core machine: under a second at
 * any one limit, about 2 s at all of them at once (18,000 tasks, 200 RDDs, 50 faults, 100 steps
 * whose anchors match nothing). The bundled lessons have at most 8 steps, 2 faults and 7 RDDs.
 */
export const APP_LESSON_LIMITS: Required<PrepareLimits> = {
  maxTasks: MAX_LESSON_TASKS,
  maxSteps: 100,
  maxFaults: 50,
  maxRdds: 200,
  maxPartitions: MAX_LESSON_TASKS,
};

export interface PrepareOptions extends PrepareLimits {
  /** The language of the problems (default English, as the command line writes them). */
  readonly lang?: MessageLang;
}

/** The plan and trace a lesson runs on (the simulation is deterministic for a seed). */
export function runWalkthrough(lesson: Walkthrough): { plan: Plan; trace: Trace } {
  return simulateWalkthrough(lesson, planPipeline(lesson.pipeline));
}

function simulateWalkthrough(lesson: Walkthrough, plan: Plan): { plan: Plan; trace: Trace } {
  const trace = simulate({ plan, pipeline: lesson.pipeline }, lesson.cluster, {
    faults: lesson.faults,
    seed: lesson.seed,
    steps: 'all',
  });
  return { plan, trace };
}

export function prepareWalkthrough(
  lesson: Walkthrough,
  options: PrepareOptions = {},
): ParseResult<PreparedWalkthrough> {
  const problems = new ProblemList(options.lang ?? 'en');
  let run: { plan: Plan; trace: Trace };
  try {
    const planned = planPipeline(lesson.pipeline);
    // Counted before simulating: the simulation is what could take the page's time.
    const tasks = planTaskCount(planned);
    if (options.maxTasks !== undefined && tasks > options.maxTasks) {
      reportLesson(problems, ['pipeline'], lessonProblem('tooManyTasks', { tasks, limit: options.maxTasks }));
      return { ok: false, problems: problems.items };
    }
    run = simulateWalkthrough(lesson, planned);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reportLesson(problems, ['cluster'], lessonProblem('simulationCannotStart', { detail }));
    return { ok: false, problems: problems.items };
  }
  const { plan, trace } = run;
  const rddIds = new Set(plan.rdds.map((r) => r.rddId));
  const stageIds = new Set(plan.jobs.flatMap((j) => j.stages.map((s) => s.stageId)));
  const jobIds = new Set(plan.jobs.map((j) => j.jobId));
  const executorIds = new Set(trace.executors.map((x) => x.executorId));
  const steps: ResolvedStep[] = [];
  for (const [i, step] of lesson.steps.entries()) {
    const at = (...rest: (string | number)[]) => ['steps', i, ...rest];
    const report = (path: (string | number)[], m: Parameters<typeof reportLesson>[2]) =>
      reportLesson(problems, path, m);
    const { show } = step;
    for (const [k, id] of (show.rdds ?? []).entries())
      if (!rddIds.has(id)) report(at('show', 'rdds', k), lessonProblem('missingRdd', { id }));
    for (const [k, id] of (show.stages ?? []).entries())
      if (!stageIds.has(id)) report(at('show', 'stages', k), lessonProblem('missingStage', { id }));
    if (show.job !== undefined && !jobIds.has(show.job))
      report(at('show', 'job'), lessonProblem('missingJob', { id: show.job }));
    if (show.executor !== undefined && !executorIds.has(show.executor))
      report(
        at('show', 'executor'),
        lessonProblem('missingExecutor', { executor: show.executor, executors: [...executorIds] }),
      );
    const taskId = show.task ? resolveTask(trace, show.task) : null;
    if (show.task && taskId === null)
      report(at('show', 'task'), lessonProblem('missingTask', { task: show.task }));
    const position = resolveAnchor(trace, step.position);
    if (position === null && step.position !== 'start' && step.position !== 'end')
      report(at('position'), lessonProblem('missingAnchor', { anchor: step.position }));
    steps.push({
      step,
      position: position ?? 0,
      show: {
        view: show.view,
        rddIds: show.rdds ?? [],
        stageIds: show.stages ?? [],
        jobId: show.job ?? null,
        executorId: show.executor ?? null,
        taskId,
      },
    });
  }
  if (!problems.empty) return { ok: false, problems: problems.items };
  return { ok: true, value: { lesson, plan, trace, steps }, warnings: [] };
}

/** Parse and prepare in one call: a lesson file's text to a playable lesson, or its problems. */
export function loadWalkthrough(
  input: string | unknown,
  options: PrepareOptions = {},
): ParseResult<PreparedWalkthrough> {
  const parsed = parseWalkthrough(input, options.lang, options);
  if (!parsed.ok) return parsed;
  const prepared = prepareWalkthrough(parsed.value, options);
  if (!prepared.ok) return prepared;
  return { ...prepared, warnings: parsed.warnings };
}
