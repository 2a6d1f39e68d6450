// The planner against Spark's own answers: tests/golden/plans/<fixture>.json is the plan of a
// real Spark 3.5 run of fixtures/pipelines/<fixture>.json, written by `npm run golden:plans`
// (the conformance harness), never by the planner. Fast: no JVM here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../src/model/index.ts';
import type { PlanOutput } from '../../../src/model/index.ts';
import { loadPlanner } from '../../../harness/planner.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'fixtures', 'pipelines');
const GOLDEN = join(ROOT, 'tests', 'golden', 'plans');
const fixtures = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => basename(f, '.json'))
  : [];
const planner = await loadPlanner();

describe('golden plans from real Spark', () => {
  it('every fixture has a golden plan (npm run golden:plans)', () => {
    const missing = fixtures.filter((name) => !existsSync(join(GOLDEN, `${name}.json`)));
    expect(missing).toEqual([]);
  });

  it.skipIf(planner === null).each(fixtures)('the planner agrees with Spark on %s', (name) => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
    const golden = JSON.parse(readFileSync(join(GOLDEN, `${name}.json`), 'utf8')) as PlanOutput;
    const planned = planner!(raw);
    if ('error' in planned) throw new Error(planned.error);
    expect(comparePlans(planned.plan, golden).differences).toEqual([]);
  });
});
