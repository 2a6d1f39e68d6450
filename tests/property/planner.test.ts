// Property 1 (issue 10): the planner never throws on a valid pipeline, and its plan keeps the
// DAGScheduler's structural invariants (./plan-invariants.ts). Pipelines come from the conformance
// harness's seeded generator (harness/random-pipeline.ts), which makes only programs Spark runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../harness/random-pipeline.ts';
import { parsePipeline, planPipeline, toPlanOutput } from '../../src/model/index.ts';
import { budget, TIMEOUT_MS } from './budget.ts';
import { planViolation } from './plan-invariants.ts';

describe('random valid pipelines', () => {
  it(
    'parse, plan without throwing, and keep the plan invariants',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(1000), (seed, index) => {
          const raw = randomPipeline(seed, index);
          const parsed = parsePipeline(JSON.stringify(raw));
          if (!parsed.ok)
            throw new Error(`generator made an invalid pipeline: ${JSON.stringify(parsed.problems)}`);
          const plan = planPipeline(parsed.value);
          const violation = planViolation(plan);
          if (violation !== null) throw new Error(`randomPipeline(${seed}, ${index}): ${violation}`);
          expect(toPlanOutput(plan).jobs).toHaveLength(plan.jobs.length);
        }),
        budget(150),
      );
    },
    TIMEOUT_MS,
  );
});
