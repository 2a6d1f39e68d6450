import { describe, expect, it } from 'vitest';
import { file, job, nums, plan, resultStage, summary } from './helpers.ts';

const COUNTS = [
  nums('nums', 1000, 4),
  { id: 'pairs', op: 'map', parents: ['nums'] },
  { id: 'counts', op: 'reduceByKey', parents: ['pairs'] },
];

describe('stages across jobs (R-9.2, R-9.4)', () => {
  it('counts.count(); counts.collect() gives job 0 = {0, 1} and job 1 = {2 (skipped), 3} (R-9.2)', () => {
    const p = plan(
      file(COUNTS, [
        { op: 'count', rdd: 'counts' },
        { op: 'collect', rdd: 'counts' },
      ]),
    );
    expect(summary(job(p, 0)).map((s) => [s.stageId, s.skipped])).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(summary(job(p, 1)).map((s) => [s.stageId, s.kind, s.skipped])).toEqual([
      [2, 'ShuffleMap', true],
      [3, 'Result', false],
    ]);
    const skipped = job(p, 1).stages[0];
    expect(skipped?.numTasks).toBe(4);
    expect(skipped?.shuffleId).toBe(0);
    expect(skipped?.skipReason).toEqual({ code: 'skip.shuffleOutputAvailable', params: { shuffleId: 0 } });
  });

  it('a cached RDD after the shuffle gives the same stage structure, skipped because of the cache (R-9.4)', () => {
    const p = plan(
      file(
        COUNTS,
        [
          { op: 'count', rdd: 'counts' },
          { op: 'collect', rdd: 'counts' },
        ],
        {
          persist: [{ rdd: 'counts', level: 'MEMORY_ONLY' }],
        },
      ),
    );
    expect(summary(job(p, 1)).map((s) => [s.stageId, s.skipped])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(job(p, 1).stages[0]?.skipReason?.code).toBe('skip.cachedRdd');
    expect(p.rdds[2]?.storageLevel).toBe('MEMORY_ONLY');
  });

  it('a cached RDD before a new shuffle does not skip that shuffle’s map stage (R-9.4)', () => {
    const p = plan(
      file(
        [
          ...COUNTS,
          { id: 'sizes', op: 'map', parents: ['pairs'] },
          { id: 'bySize', op: 'groupByKey', parents: ['sizes'] },
        ],
        [
          { op: 'count', rdd: 'counts' },
          { op: 'count', rdd: 'bySize' },
        ],
        { persist: [{ rdd: 'pairs', level: 'MEMORY_ONLY' }] },
      ),
    );
    const second = job(p, 1);
    expect(second.stages.map((s) => s.skipped)).toEqual([false, false]);
    expect(second.stages[0]?.rddIds).toEqual([0, 1, 3]);
  });

  it('a cached RDD counts as cached only after a job computed all its partitions (R-9.4)', () => {
    const p = plan(
      file(
        COUNTS,
        [
          { op: 'first', rdd: 'counts' },
          { op: 'count', rdd: 'counts' },
        ],
        {
          persist: [{ rdd: 'counts', level: 'MEMORY_ONLY' }],
        },
      ),
    );
    // first() computed one partition of counts, so count() must still walk past it; the map
    // stage is skipped only because its shuffle output exists.
    expect(job(p, 1).stages[0]?.skipReason?.code).toBe('skip.shuffleOutputAvailable');
  });

  it('stage ids keep growing across jobs and every parent id is lower than its child’s (R-1.4)', () => {
    const p = plan(
      file(COUNTS, [
        { op: 'count', rdd: 'counts' },
        { op: 'count', rdd: 'counts' },
        { op: 'collect', rdd: 'counts' },
      ]),
    );
    const ids = p.jobs.flatMap((j) => j.stages.map((s) => s.stageId));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5]);
    for (const j of p.jobs) {
      expect(resultStage(j).stageId).toBe(Math.max(...j.stages.map((s) => s.stageId)));
      for (const s of j.stages) for (const parent of s.parentStageIds) expect(parent).toBeLessThan(s.stageId);
    }
  });

  it('concurrent threads share a stage instead of skipping it (R-9.2)', () => {
    const p = plan(
      file(COUNTS, [
        { op: 'count', rdd: 'counts', thread: 'a' },
        { op: 'collect', rdd: 'counts', thread: 'b' },
      ]),
    );
    expect(job(p, 1).stages.map((s) => [s.stageId, s.skipped])).toEqual([
      [0, false],
      [2, false],
    ]);
  });
});
