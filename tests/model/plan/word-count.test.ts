import { describe, expect, it } from 'vitest';
import { file, job, plan, summary } from './helpers.ts';

const WORD_COUNT = file(
  [
    { id: 'lines', op: 'textFile', args: { path: 'in.txt', minPartitions: 4 } },
    { id: 'words', op: 'flatMap', parents: ['lines'] },
    { id: 'pairs', op: 'map', parents: ['words'] },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'] },
  ],
  [{ op: 'collect', rdd: 'counts' }],
);

describe('word count (spark-event-flow.md)', () => {
  it('creates RDDs 0–4: HadoopRDD, three MapPartitionsRDDs and a ShuffledRDD with HashPartitioner(4) (R-1.1, R-3.1)', () => {
    const p = plan(WORD_COUNT);
    expect(p.rdds.map((r) => [r.rddId, r.class, r.op, r.numPartitions])).toEqual([
      [0, 'HadoopRDD', 'lines', 4],
      [1, 'MapPartitionsRDD', 'lines', 4],
      [2, 'MapPartitionsRDD', 'words', 4],
      [3, 'MapPartitionsRDD', 'pairs', 4],
      [4, 'ShuffledRDD', 'counts', 4],
    ]);
    expect(p.rdds[4]?.partitioner).toEqual({ type: 'hash', numPartitions: 4 });
    expect(p.rdds[4]?.deps).toMatchObject([{ rddId: 3, type: 'Shuffle', shuffleId: 0 }]);
  });

  it('runs one job: ShuffleMapStage 0 with 4 tasks over RDDs 0–3, ResultStage 1 over RDD 4 (R-8.1, R-8.2)', () => {
    const p = plan(WORD_COUNT);
    expect(p.jobs).toHaveLength(1);
    expect(summary(job(p, 0))).toEqual([
      { stageId: 0, kind: 'ShuffleMap', numTasks: 4, skipped: false, rddIds: [0, 1, 2, 3], parents: [] },
      { stageId: 1, kind: 'Result', numTasks: 4, skipped: false, rddIds: [4], parents: [0] },
    ]);
    expect(job(p, 0).stages[0]?.shuffleId).toBe(0);
  });

  it('explains the shuffle: the parent has no partitioner', () => {
    const dep = plan(WORD_COUNT).rdds[4]?.deps[0];
    expect(dep?.reason).toEqual({
      code: 'shuffle.noPartitioner',
      params: { op: 'reduceByKey', partitioner: 'HashPartitioner(4)' },
    });
  });

  it('textFile without minPartitions reads min(defaultParallelism, 2) partitions (R-2.1)', () => {
    const p = plan(
      file([{ id: 'lines', op: 'textFile', args: { path: 'in.txt' } }], [{ op: 'count', rdd: 'lines' }]),
    );
    expect(p.rdds.map((r) => r.numPartitions)).toEqual([2, 2]);
  });
});
