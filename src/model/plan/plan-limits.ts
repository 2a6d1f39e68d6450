/**
 * The task limit (../limits.ts `maxTasks`) over a finished plan: the tasks of every stage of every
 * job, skipped stages included (each is a TaskSet Spark would have built had its output been
 * missing). The partition limit, checked before planning (pipeline/check-limits.ts), keeps each
 * stage within `maxPartitions` tasks while the plan is built.
 */
import { limitMessage } from '../limits.ts';
import type { Limits } from '../limits.ts';
import type { Plan } from './planned.ts';

export function planTaskCount(plan: Plan): number {
  let tasks = 0;
  for (const job of plan.jobs) for (const stage of job.stages) tasks += stage.numTasks;
  return tasks;
}

/** Null when the plan is within `limits.maxTasks`, else the message naming the limit. */
export function planLimitProblem(plan: Plan, limits: Limits): string | null {
  const tasks = planTaskCount(plan);
  return tasks > limits.maxTasks ? limitMessage('maxTasks', 'the plan has', tasks, limits) : null;
}
