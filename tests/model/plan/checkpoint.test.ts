import { describe, expect, it } from 'vitest';
import { file, job, nums, plan } from './helpers.ts';

const PIPELINE = file(
  [
    nums('nums', 100, 4),
    { id: 'kv', op: 'map', parents: ['nums'] },
    { id: 'sums', op: 'reduceByKey', parents: ['kv'] },
    { id: 'scaled', op: 'mapValues', parents: ['sums'] },
  ],
  [
    { op: 'count', rdd: 'scaled' },
    { op: 'collect', rdd: 'scaled' },
  ],
  { checkpoint: [{ rdd: 'sums' }] },
);

describe('checkpoint (R-9.6)', () => {
  it('writes the checkpoint in an extra job right after the first job that reaches it', () => {
    const p = plan(PIPELINE);
    expect(p.jobs.map((j) => [j.jobId, j.action, j.rdd])).toEqual([
      [0, 'count', 'scaled'],
      [1, 'checkpoint', 'sums'],
      [2, 'collect', 'scaled'],
    ]);
  });

  it('the checkpoint job recomputes the RDD; its upstream map stage is new and skipped', () => {
    const p = plan(PIPELINE);
    expect(job(p, 1).stages.map((s) => [s.stageId, s.kind, s.skipped])).toEqual([
      [2, 'ShuffleMap', true],
      [3, 'Result', false],
    ]);
  });

  it('then a ReliableCheckpointRDD with a new id belongs to the checkpointed RDD', () => {
    const p = plan(PIPELINE);
    expect(p.rdds[4]).toMatchObject({
      rddId: 4,
      class: 'ReliableCheckpointRDD',
      op: 'sums',
      numPartitions: 4,
    });
    expect(p.rdds[2]?.checkpointed).toBe(true);
  });

  it('later jobs have no stages for the old ancestors, not even skipped ones', () => {
    const p = plan(PIPELINE);
    expect(job(p, 2).stages).toMatchObject([
      { stageId: 4, kind: 'Result', rddIds: [2, 3, 4], parentStageIds: [] },
    ]);
  });

  it('a sortByKey sampling job that reaches a marked RDD triggers its checkpoint first', () => {
    const p = plan(
      file(
        [
          nums('nums', 100, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'] },
        ],
        [{ op: 'count', rdd: 'sorted' }],
        { checkpoint: [{ rdd: 'kv' }] },
      ),
    );
    expect(p.jobs.map((j) => j.action)).toEqual(['sortByKey', 'checkpoint', 'count']);
  });
});
