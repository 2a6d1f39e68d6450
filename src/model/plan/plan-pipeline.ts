/**
 * `planPipeline`: what Spark would do with a pipeline file, as a list of passes (each in its own
 * file, each modelling the Spark code it names):
 *
 * 1. startSession   — a SparkContext (RDD and shuffle id counters) and a DAGScheduler;
 * 2. defineRdds     — lineage expansion in program order, with the jobs operations run
 *                     while being defined (RangePartitioner sampling, zipWithIndex);
 * 3. runActions     — the jobs of every action, split into stages by the DAGScheduler,
 *                     with checkpoint jobs after the jobs that reach a marked RDD;
 * 4. assemblePlan   — the readonly Plan.
 *
 * No recursion over the lineage anywhere, so a lineage of any depth plans.
 */
import type { Pipeline } from '../pipeline/types.ts';
import { assemblePlan } from './assemble-plan.ts';
import { defineRdds } from './define-rdds.ts';
import type { Plan } from './planned.ts';
import { runActions } from './run-actions.ts';
import { startSession } from './session.ts';

export function planPipeline(pipeline: Pipeline): Plan {
  const session = startSession(pipeline);
  defineRdds(session);
  runActions(session);
  return assemblePlan(session);
}
