/**
 * Case 2, simulate: `runToEnd(createSimulation(…))` of one job of 50 stages with n tasks in all,
 * on 200 executors × 8 cores, recording scheduler steps at stage level (`steps: 'stage'`, the
 * setting the simulator documents for million-task runs). The trace is built at the end, as a
 * caller would.
 */
import { createSimulation, parsePipeline, planPipeline, runToEnd } from '../../src/model/index.ts';
import { simulationPipeline } from '../generate/pipelines.ts';
import { repeat, type Repetitions } from '../measure.ts';
import type { NodeCaseResult } from './node-case-result.ts';

export const CLUSTER = { executorCount: 200, cores: 8 } as const;

export async function simulateCase(n: number, reps: Repetitions): Promise<NodeCaseResult> {
  const parsed = parsePipeline(simulationPipeline(n));
  if (!parsed.ok) throw new Error(`simulation pipeline of ${n}: ${parsed.problems[0]?.message}`);
  const plan = planPipeline(parsed.value);
  let events = 0;
  const samples = await repeat(reps, () => {
    const sim = runToEnd(
      createSimulation({ plan, pipeline: parsed.value }, CLUSTER, { seed: 1, steps: 'stage' }),
    );
    events = sim.trace().events.length;
  });
  return { samples, note: `${events} trace events` };
}
