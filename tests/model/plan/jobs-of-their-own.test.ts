import { describe, expect, it } from 'vitest';
import { file, job, nums, plan, resultStage } from './helpers.ts';

describe('jobs that operations and actions run (R-5, R-6)', () => {
  it('sortByKey runs its sampling job before the action, over every input partition (R-5.1)', () => {
    const p = plan(
      file(
        [
          nums('nums', 1000, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'] },
        ],
        [{ op: 'collect', rdd: 'sorted' }],
      ),
    );
    expect(p.jobs.map((j) => [j.jobId, j.action, j.trigger.kind])).toEqual([
      [0, 'sortByKey', 'operation'],
      [1, 'collect', 'action'],
    ]);
    expect(p.rdds.map((r) => [r.rddId, r.class, r.op])).toEqual([
      [0, 'ParallelCollectionRDD', 'nums'],
      [1, 'MapPartitionsRDD', 'kv'],
      [2, 'MapPartitionsRDD', 'sorted'],
      [3, 'MapPartitionsRDD', 'sorted'],
      [4, 'ShuffledRDD', 'sorted'],
    ]);
    expect(job(p, 0).stages).toMatchObject([
      { stageId: 0, kind: 'Result', numTasks: 4, rddIds: [0, 1, 2, 3] },
    ]);
  });

  it('parallelize(1 to 1000, 4).map(x => (x, x)).sortByKey() gives 4 partitions and no re-sample job (R-5.1)', () => {
    const p = plan(
      file(
        [
          nums('nums', 1000, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'] },
        ],
        [{ op: 'count', rdd: 'sorted' }],
      ),
    );
    expect(p.jobs.filter((j) => j.action === 'sortByKey')).toHaveLength(1);
    expect(p.rdds[4]).toMatchObject({ numPartitions: 4, partitioner: { type: 'range', numPartitions: 4 } });
    expect(p.rdds[4]?.deps[0]).toMatchObject({ rddId: 1, type: 'Shuffle' });
  });

  it('a sortByKey input with one partition holding most rows runs the re-sample job over it (R-5.1)', () => {
    const p = plan(
      file(
        [
          { ...nums('nums', 1000, 4), hints: { records: [10, 10, 10, 970] } },
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'] },
        ],
        [{ op: 'count', rdd: 'sorted' }],
      ),
    );
    // sampleSize 80, per partition ceil(240 / 4) = 60, fraction 80/1000: 0.08 · 970 = 77.6 > 60.
    expect(p.jobs.map((j) => j.action)).toEqual(['sortByKey', 'sortByKey', 'count']);
    expect(resultStage(job(p, 1)).numTasks).toBe(1);
    expect(p.rdds.slice(4, 7).map((r) => r.class)).toEqual([
      'MapPartitionsRDD',
      'PartitionPruningRDD',
      'PartitionwiseSampledRDD',
    ]);
  });

  it('sortByKey over 2 distinct keys into 4 partitions gives 3: one bound per distinct key (R-5.1, golden sort-by-key-few-keys)', () => {
    const p = plan(
      file(
        [
          nums('nums', 1000, 4),
          { id: 'kv', op: 'map', parents: ['nums'], hints: { distinctKeys: 2 } },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'], args: { numPartitions: 4 } },
        ],
        [{ op: 'count', rdd: 'sorted' }],
      ),
    );
    expect(p.rdds[4]).toMatchObject({ numPartitions: 3, partitioner: { type: 'range', numPartitions: 3 } });
  });

  it('sortByKey into one partition builds no sampling RDDs and runs no job (R-5.1)', () => {
    const p = plan(
      file(
        [
          nums('nums', 100, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 'sorted', op: 'sortByKey', parents: ['kv'], args: { numPartitions: 1 } },
        ],
        [{ op: 'count', rdd: 'sorted' }],
      ),
    );
    expect(p.jobs.map((j) => j.action)).toEqual(['count']);
    expect(p.rdds).toHaveLength(3);
  });

  it('zipWithIndex runs one job with n−1 tasks when it is defined (R-5.2)', () => {
    const p = plan(
      file(
        [nums('nums', 100, 5), { id: 'z', op: 'zipWithIndex', parents: ['nums'] }],
        [{ op: 'collect', rdd: 'z' }],
      ),
    );
    expect(p.jobs.map((j) => [j.action, resultStage(j).numTasks])).toEqual([
      ['zipWithIndex', 4],
      ['collect', 5],
    ]);
    expect(job(p, 0).finalRddId).toBe(0);
    expect(job(p, 0).rdd).toBe('z');
    expect(p.rdds[1]?.class).toBe('ZippedWithIndexRDD');
  });

  it('isEmpty on 8 empty partitions runs 3 jobs with 1, 4 and 3 tasks (R-6.2)', () => {
    const p = plan(
      file(
        [{ id: 'none', op: 'parallelize', args: { data: [], numSlices: 8 } }],
        [{ op: 'isEmpty', rdd: 'none' }],
      ),
    );
    expect(p.jobs.map((j) => resultStage(j).numTasks)).toEqual([1, 4, 3]);
    expect(p.jobs.map((j) => resultStage(j).partitions)).toEqual([[0], [1, 2, 3, 4], [5, 6, 7]]);
  });

  it('isEmpty on an RDD with no partitions runs no job (R-6.2)', () => {
    const p = plan(file([{ id: 'none', op: 'emptyRDD' }], [{ op: 'isEmpty', rdd: 'none' }]));
    expect(p.jobs).toEqual([]);
  });

  it('count on emptyRDD takes a job id but has no stages (R-1.3)', () => {
    const p = plan(
      file(
        [{ id: 'none', op: 'emptyRDD' }],
        [
          { op: 'count', rdd: 'none' },
          { op: 'count', rdd: 'none' },
        ],
      ),
    );
    expect(p.jobs.map((j) => [j.jobId, j.stages.length])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(p.rdds).toMatchObject([{ class: 'EmptyRDD', numPartitions: 0 }]);
  });

  it('take on parallelize slices scans 1 partition, then interpolates (R-6.2, R-2.1)', () => {
    // 1 to 10 in 5 slices: 2 rows each. take(5): job 1 finds 2; left 3 → min(ceil(1.5·3·1/2), 4) = 3 partitions.
    const p = plan(file([nums('nums', 10, 5)], [{ op: 'take', rdd: 'nums', args: { num: 5 } }]));
    expect(p.jobs.map((j) => resultStage(j).partitions)).toEqual([[0], [1, 2, 3]]);
  });

  it('take scales up by 4 while it finds nothing: Seq(1, 2, 3) in 8 slices (R-6.2, R-2.1)', () => {
    // slices of 3 elements into 8: sizes 0,0,1,0,0,1,0,1; take(1): [0] → 0 rows, then [1..4] finds one.
    const p = plan(
      file(
        [{ id: 'few', op: 'parallelize', args: { data: [1, 2, 3], numSlices: 8 } }],
        [{ op: 'first', rdd: 'few' }],
      ),
    );
    expect(p.jobs.map((j) => resultStage(j).partitions)).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('first after a shuffle runs the whole map stage and one result task (R-6.2)', () => {
    const p = plan(
      file(
        [
          nums('nums', 100, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          { id: 's', op: 'reduceByKey', parents: ['kv'] },
        ],
        [{ op: 'first', rdd: 's' }],
      ),
    );
    expect(job(p, 0).stages.map((s) => [s.kind, s.numTasks])).toEqual([
      ['ShuffleMap', 4],
      ['Result', 1],
    ]);
  });

  it('lookup on a hash-partitioned RDD runs one task on the key’s partition (R-6.2)', () => {
    const p = plan(
      file(
        [
          nums('nums', 100, 4),
          { id: 'kv', op: 'map', parents: ['nums'] },
          {
            id: 'byKey',
            op: 'partitionBy',
            parents: ['kv'],
            args: { partitioner: { type: 'hash', numPartitions: 4 } },
          },
        ],
        [{ op: 'lookup', rdd: 'byKey', args: { key: 'a' } }],
      ),
    );
    // "a".hashCode = 97, 97 mod 4 = 1
    expect(resultStage(job(p, 0))).toMatchObject({ numTasks: 1, partitions: [1] });
    expect(p.rdds).toHaveLength(3);
  });

  it('lookup without a partitioner adds filter and map and reads every partition (R-6.2)', () => {
    const p = plan(
      file(
        [nums('nums', 100, 4), { id: 'kv', op: 'map', parents: ['nums'] }],
        [{ op: 'lookup', rdd: 'kv', args: { key: 3 } }],
      ),
    );
    expect(p.rdds.slice(2).map((r) => [r.class, r.op, r.action])).toEqual([
      ['MapPartitionsRDD', null, 0],
      ['MapPartitionsRDD', null, 0],
    ]);
    expect(resultStage(job(p, 0)).numTasks).toBe(4);
  });

  it('lookup on an RDD partitioned into 0 partitions submits no job: getPartition divides by zero in the driver', () => {
    // PairRDDFunctions.lookup calls p.getPartition(key) before runJob; HashPartitioner(0) comes
    // from defaultPartitioner over an input with no partitions and nonNegativeMod(h, 0) throws.
    const p = plan(
      file(
        [
          { id: 'none', op: 'emptyRDD' },
          { id: 'byKey', op: 'reduceByKey', parents: ['none'] },
        ],
        [{ op: 'lookup', rdd: 'byKey', args: { key: 35 } }],
      ),
    );
    expect(p.rdds.find((r) => r.op === 'byKey')?.partitioner).toEqual({ type: 'hash', numPartitions: 0 });
    expect(p.jobs).toEqual([]);
  });

  it('countByKey adds mapValues and a reduceByKey that belong to the action (R-6.1)', () => {
    const p = plan(
      file(
        [nums('nums', 100, 4), { id: 'kv', op: 'map', parents: ['nums'] }],
        [{ op: 'countByKey', rdd: 'kv' }],
      ),
    );
    expect(p.rdds.slice(2).map((r) => [r.class, r.op, r.action])).toEqual([
      ['MapPartitionsRDD', null, 0],
      ['ShuffledRDD', null, 0],
    ]);
    expect(job(p, 0).stages).toHaveLength(2);
  });

  it('countByValue adds map, mapValues and reduceByKey (R-6.1)', () => {
    const p = plan(file([nums('nums', 100, 4)], [{ op: 'countByValue', rdd: 'nums' }]));
    expect(p.rdds.slice(1).map((r) => r.class)).toEqual([
      'MapPartitionsRDD',
      'MapPartitionsRDD',
      'ShuffledRDD',
    ]);
  });

  it('top and saveAsTextFile add one MapPartitionsRDD each (R-6.1)', () => {
    const p = plan(
      file(
        [nums('nums', 100, 4)],
        [
          { op: 'top', rdd: 'nums', args: { num: 3 } },
          { op: 'saveAsTextFile', rdd: 'nums', args: { path: 'out' } },
        ],
      ),
    );
    expect(p.rdds.slice(1).map((r) => [r.class, r.action])).toEqual([
      ['MapPartitionsRDD', 0],
      ['MapPartitionsRDD', 1],
    ]);
    expect(p.jobs).toHaveLength(2);
  });
});
