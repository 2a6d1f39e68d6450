/**
 * Case 1, plan: `planPipeline` on a random valid pipeline of n operations (./../generate/pipelines.ts).
 * Parsing is done once beforehand and not timed; the plan includes every job's stages.
 */
import { parsePipeline, planPipeline } from '../../src/model/index.ts';
import { GENERATED_LIMITS, randomPipeline } from '../generate/pipelines.ts';
import { repeat, type Repetitions } from '../measure.ts';
import type { NodeCaseResult } from './node-case-result.ts';

export async function planCase(n: number, reps: Repetitions): Promise<NodeCaseResult> {
  const parsed = parsePipeline(randomPipeline(n), GENERATED_LIMITS);
  if (!parsed.ok)
    throw new Error(`random pipeline of ${n}: ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`);
  const pipeline = parsed.value;
  let rdds = 0;
  let stages = 0;
  const samples = await repeat(reps, () => {
    const plan = planPipeline(pipeline);
    rdds = plan.rdds.length;
    stages = plan.jobs.reduce((sum, j) => sum + j.stages.length, 0);
  });
  return { samples, note: `${rdds} RDDs, ${stages} stages in 5 jobs` };
}
