import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../src/model/index.ts';
import type { PlanOutput, PlanStage } from '../../../src/model/index.ts';

// a.join(b) where both sides shuffle: two sibling map stages, then the result stage.
function joinPlan(left: number, right: number, leftShuffle = 0, rightShuffle = 1): PlanOutput {
  const stage = (stageId: number, rddIds: number[], shuffleId: number): PlanStage => ({
    stageId,
    kind: 'ShuffleMap',
    numTasks: 4,
    parentStageIds: [],
    skipped: false,
    rddIds,
    shuffleId,
  });
  return {
    version: 1,
    rdds: [
      { rddId: 0, class: 'ParallelCollectionRDD', op: 'a', numPartitions: 4, partitioner: null, deps: [] },
      { rddId: 1, class: 'ParallelCollectionRDD', op: 'b', numPartitions: 4, partitioner: null, deps: [] },
      {
        rddId: 2,
        class: 'CoGroupedRDD',
        op: 'j',
        numPartitions: 4,
        partitioner: { type: 'hash', numPartitions: 4 },
        deps: [
          { rddId: 0, type: 'Shuffle', shuffleId: leftShuffle },
          { rddId: 1, type: 'Shuffle', shuffleId: rightShuffle },
        ],
      },
    ],
    jobs: [
      {
        jobId: 0,
        action: 'count',
        rdd: 'j',
        stages: [
          stage(left, [0], leftShuffle),
          stage(right, [1], rightShuffle),
          {
            stageId: 2,
            kind: 'Result',
            numTasks: 4,
            parentStageIds: [0, 1],
            skipped: false,
            rddIds: [2],
          } as PlanStage,
        ].sort((x, y) => x.stageId - y.stageId),
      },
    ],
  };
}

describe('comparePlans', () => {
  it('finds no difference between a plan and itself', () => {
    const result = comparePlans(joinPlan(0, 1), joinPlan(0, 1));
    expect(result).toEqual({ equal: true, differences: [], notes: [] });
  });

  it('pairs the two map stages of a self-join by the shuffle they write (R-1.5)', () => {
    const selfJoin = (left: number): PlanOutput => {
      const plan = joinPlan(left, 1 - left);
      const stages = plan.jobs[0]!.stages.map((s) => (s.kind === 'ShuffleMap' ? { ...s, rddIds: [0] } : s));
      return { ...plan, jobs: [{ ...plan.jobs[0]!, stages }] };
    };
    const result = comparePlans(selfJoin(0), selfJoin(1));
    expect(result.equal).toBe(true);
    expect(result.notes).toHaveLength(1);
  });

  it('accepts sibling stages numbered in the other order and says so (R-1.5)', () => {
    const result = comparePlans(joinPlan(0, 1), joinPlan(1, 0));
    expect(result.equal).toBe(true);
    expect(result.notes).toEqual([
      'jobs[0]: sibling stages numbered in another order, as Spark may (R-1.5): 0→1, 1→0',
    ]);
  });

  it('reports a different task count with its path and both values', () => {
    const actual = joinPlan(0, 1);
    const stages = actual.jobs[0]!.stages.map((s) => (s.stageId === 2 ? { ...s, numTasks: 3 } : s));
    const result = comparePlans(joinPlan(0, 1), { ...actual, jobs: [{ ...actual.jobs[0]!, stages }] });
    expect(result.equal).toBe(false);
    expect(result.differences).toContain('jobs[0].stages[2].numTasks: expected 4, got 3');
  });

  it('compares shuffle ids exactly, because Spark assigns them in a fixed walk (R-1.2)', () => {
    const result = comparePlans(joinPlan(0, 1, 0, 1), joinPlan(0, 1, 1, 0));
    expect(result.equal).toBe(false);
    expect(result.differences).toContain('rdds[2] (rddId 2).deps[0].shuffleId: expected 0, got 1');
  });

  it('reports an RDD that Spark created and the plan lacks, and a missing job', () => {
    const expected = joinPlan(0, 1);
    const actual: PlanOutput = {
      ...expected,
      rdds: [
        ...expected.rdds,
        {
          rddId: 3,
          class: 'MapPartitionsRDD',
          op: 'j',
          numPartitions: 4,
          partitioner: null,
          deps: [{ rddId: 2, type: 'OneToOne' }],
        },
      ],
      jobs: [],
    };
    const result = comparePlans(expected, actual);
    expect(result.differences).toEqual([
      'rdds: Spark created rddId 3 (MapPartitionsRDD, op "j") which the plan does not have',
      'jobs: expected 1 jobs (count), got 0 ()',
    ]);
  });

  it('reports a skipped flag and a partitioner that differ', () => {
    const expected = joinPlan(0, 1);
    const actual: PlanOutput = {
      ...expected,
      rdds: expected.rdds.map((r) =>
        r.rddId === 2 ? { ...r, partitioner: { type: 'hash', numPartitions: 8 } } : r,
      ),
      jobs: [
        {
          ...expected.jobs[0]!,
          stages: expected.jobs[0]!.stages.map((s) => ({ ...s, skipped: s.stageId === 0 })),
        },
      ],
    };
    const result = comparePlans(expected, actual);
    expect(result.differences).toContain(
      'rdds[2] (rddId 2).partitioner: expected {"type":"hash","numPartitions":4}, got {"type":"hash","numPartitions":8}',
    );
    expect(result.differences).toContain('jobs[0].stages[0].skipped: expected false, got true');
  });

  it('does not compare a shuffle id Spark never assigned to a job, and notes it', () => {
    const expected = joinPlan(0, 1);
    const actual: PlanOutput = {
      ...expected,
      rdds: expected.rdds.map((r) =>
        r.rddId === 2 ? { ...r, deps: r.deps.map((d) => ({ rddId: d.rddId, type: d.type })) } : r,
      ),
    };
    const result = comparePlans(expected, actual);
    expect(result.equal).toBe(true);
    expect(result.notes).toHaveLength(2);
  });
});
