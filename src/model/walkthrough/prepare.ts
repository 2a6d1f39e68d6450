/**
 * `prepareWalkthrough`: plans the lesson's pipeline, simulates it on the lesson's cluster with its
 * faults and seed, and checks every step against both: each highlighted RDD, stage and job exists
 * in the plan, the executor and the task appear in the trace, and the anchor resolves. Out comes
 * each step's resolved show and playback position, or every problem at its path
 * (`steps[3].show.stages[0]: stage 7 does not exist in the plan`).
 */
import type { Plan } from '../plan/planned.ts';
import { planPipeline } from '../plan/plan-pipeline.ts';
import { ProblemList } from '../pipeline/problems.ts';
import type { ParseResult } from '../pipeline/types.ts';
import { simulate } from '../simulation/simulation.ts';
import type { Trace } from '../trace/trace.ts';
import { describeAnchor, describeTask, resolveAnchor, resolveTask } from './anchor.ts';
import { parseWalkthrough } from './parse.ts';
import type { ResolvedStep, Walkthrough } from './types.ts';

export interface PreparedWalkthrough {
  readonly lesson: Walkthrough;
  readonly plan: Plan;
  readonly trace: Trace;
  readonly steps: readonly ResolvedStep[];
}

/** The plan and trace a lesson runs on (the simulation is deterministic for a seed). */
export function runWalkthrough(lesson: Walkthrough): { plan: Plan; trace: Trace } {
  const plan = planPipeline(lesson.pipeline);
  const trace = simulate({ plan, pipeline: lesson.pipeline }, lesson.cluster, {
    faults: lesson.faults,
    seed: lesson.seed,
    steps: 'all',
  });
  return { plan, trace };
}

export function prepareWalkthrough(lesson: Walkthrough): ParseResult<PreparedWalkthrough> {
  const problems = new ProblemList();
  let run: { plan: Plan; trace: Trace };
  try {
    run = runWalkthrough(lesson);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.add(['cluster'], `the simulation cannot start: ${message}`);
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
    const { show } = step;
    for (const [k, id] of (show.rdds ?? []).entries())
      if (!rddIds.has(id)) problems.add(at('show', 'rdds', k), `RDD ${id} does not exist in the plan`);
    for (const [k, id] of (show.stages ?? []).entries())
      if (!stageIds.has(id)) problems.add(at('show', 'stages', k), `stage ${id} does not exist in the plan`);
    if (show.job !== undefined && !jobIds.has(show.job))
      problems.add(at('show', 'job'), `job ${show.job} does not exist in the plan`);
    if (show.executor !== undefined && !executorIds.has(show.executor))
      problems.add(
        at('show', 'executor'),
        `executor "${show.executor}" is not in the simulated trace (executors: ${[...executorIds].join(', ')})`,
      );
    const taskId = show.task ? resolveTask(trace, show.task) : null;
    if (show.task && taskId === null)
      problems.add(at('show', 'task'), `no ${describeTask(show.task)} runs in the simulated trace`);
    const position = resolveAnchor(trace, step.position);
    if (position === null && step.position !== 'start' && step.position !== 'end')
      problems.add(at('position'), `no ${describeAnchor(step.position)} in the simulated trace`);
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
export function loadWalkthrough(input: string | unknown): ParseResult<PreparedWalkthrough> {
  const parsed = parseWalkthrough(input);
  if (!parsed.ok) return parsed;
  const prepared = prepareWalkthrough(parsed.value);
  if (!prepared.ok) return prepared;
  return { ...prepared, warnings: parsed.warnings };
}
