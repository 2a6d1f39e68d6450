import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, OPERATIONS, parsePipeline, planPipeline } from '../../../src/model/index.ts';
import type { Pipeline } from '../../../src/model/index.ts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pipelines');
const fixtures: [string, Pipeline][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const parsed = parsePipeline(readFileSync(join(DIR, f), 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
    return [f, parsed.value];
  });

describe('pipeline fixtures', () => {
  it('are at least 45, named in kebab-case, each with a name', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    for (const [f, p] of fixtures) {
      expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
      expect(p.name, f).toBeTruthy();
    }
  });

  it('use every operation, every action, persist and checkpoint', () => {
    const ops = new Set(fixtures.flatMap(([, p]) => p.rdds.map((r) => r.op)));
    const actions = new Set(fixtures.flatMap(([, p]) => p.actions.map((a) => a.op)));
    expect(OPERATIONS.filter((o) => !ops.has(o))).toEqual([]);
    expect(ACTIONS.filter((a) => !actions.has(a))).toEqual([]);
    expect(fixtures.some(([, p]) => p.persist.length > 0)).toBe(true);
    expect(fixtures.some(([, p]) => p.checkpoint.length > 0)).toBe(true);
  });

  it.each(fixtures)(
    '%s plans with parents before children and the result stage last (R-1.4)',
    (_, pipeline) => {
      const plan = planPipeline(pipeline);
      let lastStage = -1;
      plan.jobs.forEach((j, i) => {
        expect(j.jobId).toBe(i);
        for (const s of j.stages) {
          for (const parent of s.parentStageIds) expect(parent).toBeLessThan(s.stageId);
          expect(s.rddIds).toContain(s.rddId);
        }
        if (j.stages.length > 0) {
          const result = j.stages.find((s) => s.kind === 'Result');
          expect(result?.stageId).toBe(Math.max(...j.stages.map((s) => s.stageId)));
          lastStage = result?.stageId ?? lastStage;
        }
      });
      plan.rdds.forEach((r, i) => expect(r.rddId).toBe(i));
    },
  );
});
