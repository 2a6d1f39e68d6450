/**
 * The planner as the conformance suite sees it: `parsePipeline` → `planPipeline` →
 * `toPlanOutput` from the model's export list. Loaded at run time so the harness also works
 * (for `stagecraft spark`, the generator and the golden plans) where the planner is not built.
 */
import type { PlanOutput } from '../src/model/index.ts';

export type PlanFn = (raw: unknown) => { plan: PlanOutput } | { error: string };

interface PlannerExports {
  parsePipeline?: (raw: unknown) => {
    ok: boolean;
    value?: unknown;
    problems?: readonly { path: string; message: string }[];
  };
  planPipeline?: (pipeline: unknown) => unknown;
  toPlanOutput?: (plan: unknown) => PlanOutput;
}

/** The planner, or null when the model does not export it yet. */
export async function loadPlanner(): Promise<PlanFn | null> {
  const model = (await import('../src/model/index.ts')) as PlannerExports;
  const { parsePipeline, planPipeline, toPlanOutput } = model;
  if (!parsePipeline || !planPipeline || !toPlanOutput) return null;
  return (raw) => {
    try {
      const parsed = parsePipeline(raw);
      if (!parsed.ok) {
        const problems = (parsed.problems ?? []).map((p) => `${p.path}: ${p.message}`);
        return { error: `invalid pipeline: ${problems.join('; ')}` };
      }
      return { plan: toPlanOutput(planPipeline(parsed.value)) };
    } catch (error) {
      return { error: `planner threw: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
