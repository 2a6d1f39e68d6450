import { describe, expect, it } from 'vitest';
import { file, plan, resultStage } from './helpers.ts';

describe('deep lineages', () => {
  it('a 100,000-deep map chain plans without a stack overflow (no recursion over the lineage)', () => {
    const rdds = [{ id: 'r0', op: 'parallelize', args: { length: 10, numSlices: 2 } }];
    for (let i = 1; i < 100_000; i++) rdds.push({ id: `r${i}`, op: 'map', parents: [`r${i - 1}`] } as never);
    const p = plan(file(rdds, [{ op: 'count', rdd: 'r99999' }]));
    expect(p.rdds).toHaveLength(100_000);
    expect(resultStage(p.jobs[0]!).rddIds).toHaveLength(100_000);
  });

  it('a chain of 1,000 shuffles plans every stage, parents first (R-1.4)', () => {
    const rdds = [{ id: 'r0', op: 'parallelize', args: { length: 10, numSlices: 2 } }];
    for (let i = 1; i <= 2_000; i++)
      rdds.push({ id: `r${i}`, op: i % 2 ? 'map' : 'groupByKey', parents: [`r${i - 1}`] } as never);
    const p = plan(file(rdds, [{ op: 'count', rdd: 'r2000' }]));
    const stages = p.jobs[0]!.stages;
    expect(stages).toHaveLength(1_001);
    for (const s of stages) for (const parent of s.parentStageIds) expect(parent).toBeLessThan(s.stageId);
  });
});
