// The random pipelines' data bound (harness/row-growth.ts): every RDD the generator makes stays
// within ROW_BUDGET, and the pipeline that ran Spark for many minutes (seed 12, n 91 of the
// generator before the bound: a cartesian whose repeated keys are self-joined twice, about 800
// million rows) is over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../harness/random-pipeline.ts';
import type { RawPipeline } from '../../harness/random-pipeline.ts';
import { growth, ROW_BUDGET, SOURCE_GROWTH, withinBudget } from '../../harness/row-growth.ts';
import type { Growth } from '../../harness/row-growth.ts';

/** The bounds of every RDD of a pipeline file, from its sources' row counts. */
function bounds(p: RawPipeline): Growth[] {
  const byId = new Map<string, Growth>();
  return p.rdds.map((r) => {
    const args = (r.args ?? {}) as Record<string, number | undefined>;
    const arg = (name: string): number => args[name] ?? 0;
    const parents = (r.parents ?? []).map((id) => byId.get(id) as Growth);
    const source =
      r.op === 'parallelize'
        ? arg('length')
        : r.op === 'range'
          ? arg('end') - arg('start')
          : r.op === 'textFile'
            ? arg('minPartitions') * 11
            : 0;
    const g =
      parents.length === 0 ? SOURCE_GROWTH(source) : growth(r.op, parents, (parents[0] as Growth).rows);
    byId.set(r.id, g);
    return g;
  });
}

describe('random pipelines stay small on Spark', () => {
  it('every RDD of 1,000 generated pipelines is within the budget', () => {
    for (const seed of [1, 2, 3, 4, 12, 13, 14, 21, 22, 23]) {
      for (let n = 0; n < 100; n++) {
        const over = bounds(randomPipeline(seed, n)).findIndex((g) => !withinBudget(g));
        expect(over, `random-${seed}-${n} rdds[${over}]`).toBe(-1);
      }
    }
  });

  it('the self-joins of a cartesian that hung the harness are over it', () => {
    const p = JSON.parse(
      readFileSync(join(import.meta.dirname, 'explosive-self-joins.json'), 'utf8'),
    ) as RawPipeline;
    const g = bounds(p);
    // r1 = cartesian(r0, r0): 168 × 168 rows, each key 168 times; r2 = join(r1, r1) …
    expect(g[1]).toMatchObject({ rows: 168 * 168, dup: 168 });
    expect(g[2]?.rows).toBe(168 * 168 * 168);
    expect(g[2]!.rows * g[2]!.size).toBeGreaterThan(ROW_BUDGET);
    expect(g[3]!.rows).toBeGreaterThan(700_000_000);
  });
});
