import { describe, expect, it } from 'vitest';
import { file, job, mapStageOf, nums, plan, resultStage } from './helpers.ts';

const hash = (n: number) => ({ type: 'hash', numPartitions: n });
const keyed = (id: string, length: number, slices: number) => [
  nums(`${id}0`, length, slices),
  { id, op: 'map', parents: [`${id}0`] },
];

describe('where Spark shuffles (R-3.1, R-4.x)', () => {
  it('repartition creates MapPartitionsRDD, ShuffledRDD, CoalescedRDD, MapPartitionsRDD in id order (R-1.1)', () => {
    const p = plan(
      file(
        [nums('nums', 100, 4), { id: 'r', op: 'repartition', parents: ['nums'], args: { numPartitions: 6 } }],
        [{ op: 'count', rdd: 'r' }],
      ),
    );
    expect(p.rdds.slice(1).map((r) => [r.rddId, r.class, r.numPartitions, r.deps[0]?.type])).toEqual([
      [1, 'MapPartitionsRDD', 4, 'OneToOne'],
      [2, 'ShuffledRDD', 6, 'Shuffle'],
      [3, 'CoalescedRDD', 6, 'Narrow'],
      [4, 'MapPartitionsRDD', 6, 'OneToOne'],
    ]);
    expect(p.rdds[4]?.partitioner).toBeNull();
  });

  it('reduceByKey after partitionBy with the same partitioner adds no shuffle (R-4.1)', () => {
    const p = plan(
      file(
        [
          ...keyed('kv', 100, 4),
          { id: 'byKey', op: 'partitionBy', parents: ['kv'], args: { partitioner: hash(4) } },
          { id: 'sums', op: 'reduceByKey', parents: ['byKey'], args: { numPartitions: 4 } },
        ],
        [{ op: 'collect', rdd: 'sums' }],
      ),
    );
    const sums = p.rdds[3];
    expect(sums?.class).toBe('MapPartitionsRDD');
    expect(sums?.deps).toEqual([
      {
        rddId: 2,
        type: 'OneToOne',
        reason: {
          code: 'narrow.samePartitioner',
          params: { op: 'reduceByKey', partitioner: 'HashPartitioner(4)' },
        },
      },
    ]);
    expect(job(p, 0).stages).toHaveLength(2);
  });

  it('reduceByKey after partitionBy with a different partitioner shuffles again (R-4.1)', () => {
    const p = plan(
      file(
        [
          ...keyed('kv', 100, 4),
          { id: 'byKey', op: 'partitionBy', parents: ['kv'], args: { partitioner: hash(4) } },
          { id: 'sums', op: 'reduceByKey', parents: ['byKey'], args: { numPartitions: 6 } },
        ],
        [{ op: 'collect', rdd: 'sums' }],
      ),
    );
    expect(p.rdds[3]?.deps[0]?.reason.code).toBe('shuffle.otherPartitioner');
    expect(job(p, 0).stages).toHaveLength(3);
  });

  it('reduceByKey() reuses an existing partitioner even when spark.default.parallelism is larger (R-3.1)', () => {
    const p = plan(
      file(
        [
          ...keyed('kv', 100, 4),
          { id: 'byKey', op: 'partitionBy', parents: ['kv'], args: { partitioner: hash(4) } },
          { id: 'sums', op: 'reduceByKey', parents: ['byKey'] },
        ],
        [{ op: 'collect', rdd: 'sums' }],
        { config: { 'spark.default.parallelism': 16 } },
      ),
    );
    expect(p.rdds[3]?.class).toBe('MapPartitionsRDD');
  });

  it('reduceByKey() on an unpartitioned RDD uses spark.default.parallelism when it is set (R-3.1)', () => {
    const p = plan(
      file(
        [...keyed('kv', 100, 4), { id: 'sums', op: 'reduceByKey', parents: ['kv'] }],
        [{ op: 'collect', rdd: 'sums' }],
        { config: { 'spark.default.parallelism': 6 } },
      ),
    );
    expect(p.rdds[2]?.partitioner).toEqual(hash(6));
  });

  it('mapValues keeps the partitioner and map drops it (R-3.2)', () => {
    const rdds = [
      ...keyed('kv', 100, 4),
      { id: 'sums', op: 'reduceByKey', parents: ['kv'] },
      { id: 'mv', op: 'mapValues', parents: ['sums'] },
      { id: 'm', op: 'map', parents: ['sums'] },
      { id: 'a', op: 'reduceByKey', parents: ['mv'] },
      { id: 'b', op: 'reduceByKey', parents: ['m'] },
    ];
    const p = plan(file(rdds, [{ op: 'count', rdd: 'a' }]));
    expect(p.rdds.map((r) => [r.op, r.class, r.partitioner?.numPartitions ?? null])).toEqual([
      ['kv0', 'ParallelCollectionRDD', null],
      ['kv', 'MapPartitionsRDD', null],
      ['sums', 'ShuffledRDD', 4],
      ['mv', 'MapPartitionsRDD', 4],
      ['m', 'MapPartitionsRDD', null],
      ['a', 'MapPartitionsRDD', 4],
      ['b', 'ShuffledRDD', 4],
    ]);
  });

  it('join: a partitioned side with 4 partitions and an unpartitioned one with 30 — only the 30 shuffle (R-3.1)', () => {
    const p = plan(
      file(
        [
          ...keyed('a', 100, 4),
          { id: 'ap', op: 'partitionBy', parents: ['a'], args: { partitioner: hash(4) } },
          ...keyed('b', 300, 30),
          { id: 'j', op: 'join', parents: ['ap', 'b'] },
        ],
        [{ op: 'count', rdd: 'j' }],
      ),
    );
    const cogrouped = p.rdds.find((r) => r.class === 'CoGroupedRDD');
    expect(cogrouped?.numPartitions).toBe(4);
    expect(cogrouped?.deps.map((d) => d.type)).toEqual(['OneToOne', 'Shuffle']);
  });

  it('join: with 50 partitions on the unpartitioned side both sides shuffle into HashPartitioner(50) (R-3.1)', () => {
    const p = plan(
      file(
        [
          ...keyed('a', 100, 4),
          { id: 'ap', op: 'partitionBy', parents: ['a'], args: { partitioner: hash(4) } },
          ...keyed('b', 500, 50),
          { id: 'j', op: 'join', parents: ['ap', 'b'] },
        ],
        [{ op: 'count', rdd: 'j' }],
      ),
    );
    const cogrouped = p.rdds.find((r) => r.class === 'CoGroupedRDD');
    expect(cogrouped?.partitioner).toEqual(hash(50));
    expect(cogrouped?.deps.map((d) => d.type)).toEqual(['Shuffle', 'Shuffle']);
    expect(resultStage(job(p, 0)).numTasks).toBe(50);
    expect(job(p, 0).stages).toHaveLength(4);
  });

  it('a join of co-partitioned inputs is narrow and creates cogroup, mapValues, flatMapValues (R-4.3, §2.6)', () => {
    const p = plan(
      file(
        [
          ...keyed('a', 100, 4),
          { id: 'ap', op: 'partitionBy', parents: ['a'], args: { partitioner: hash(4) } },
          ...keyed('b', 100, 2),
          { id: 'bp', op: 'partitionBy', parents: ['b'], args: { partitioner: hash(4) } },
          { id: 'j', op: 'join', parents: ['ap', 'bp'] },
        ],
        [{ op: 'count', rdd: 'j' }],
      ),
    );
    expect(p.rdds.filter((r) => r.op === 'j').map((r) => r.class)).toEqual([
      'CoGroupedRDD',
      'MapPartitionsRDD',
      'MapPartitionsRDD',
    ]);
    expect(p.rdds.find((r) => r.class === 'CoGroupedRDD')?.deps.map((d) => d.type)).toEqual([
      'OneToOne',
      'OneToOne',
    ]);
    const j = job(p, 0);
    expect(resultStage(j).parentStageIds).toHaveLength(2);
    expect(j.stages).toHaveLength(3);
  });

  it('a self join of an unpartitioned RDD makes two shuffle dependencies and two map stages (§2.6, R-8.4)', () => {
    const p = plan(
      file(
        [...keyed('kv', 100, 4), { id: 'j', op: 'join', parents: ['kv', 'kv'] }],
        [{ op: 'count', rdd: 'j' }],
      ),
    );
    const cogrouped = p.rdds.find((r) => r.class === 'CoGroupedRDD');
    expect(cogrouped?.deps.map((d) => [d.rddId, d.type, d.shuffleId])).toEqual([
      [1, 'Shuffle', 0],
      [1, 'Shuffle', 1],
    ]);
    const j = job(p, 0);
    expect(j.stages.filter((s) => s.kind === 'ShuffleMap').map((s) => s.rddIds)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(resultStage(j).parentStageIds).toEqual([0, 1]);
  });

  it('union of inputs with the same partitioner is a PartitionerAwareUnionRDD and a later reduceByKey is narrow (R-4.4)', () => {
    const p = plan(
      file(
        [
          ...keyed('a', 100, 2),
          { id: 'as', op: 'reduceByKey', parents: ['a'], args: { numPartitions: 4 } },
          ...keyed('b', 100, 3),
          { id: 'bs', op: 'reduceByKey', parents: ['b'], args: { numPartitions: 4 } },
          { id: 'u', op: 'union', parents: ['as', 'bs'] },
          { id: 't', op: 'reduceByKey', parents: ['u'] },
        ],
        [{ op: 'collect', rdd: 't' }],
      ),
    );
    const u = p.rdds.find((r) => r.op === 'u');
    expect([u?.class, u?.numPartitions, u?.partitioner]).toEqual(['PartitionerAwareUnionRDD', 4, hash(4)]);
    expect(p.rdds.find((r) => r.op === 't')?.class).toBe('MapPartitionsRDD');
  });

  it('union of unpartitioned inputs adds up their partitions with Range dependencies (§2.3)', () => {
    const p = plan(
      file(
        [nums('a', 10, 2), nums('b', 10, 3), { id: 'u', op: 'union', parents: ['a', 'b'] }],
        [{ op: 'count', rdd: 'u' }],
      ),
    );
    const u = p.rdds[2];
    expect([u?.class, u?.numPartitions, u?.deps.map((d) => d.type)]).toEqual([
      'UnionRDD',
      5,
      ['Range', 'Range'],
    ]);
  });

  it('coalesce is narrow and cannot grow; repartition shuffles (§2.3, R-4.5)', () => {
    const p = plan(
      file(
        [
          nums('n', 100, 8),
          { id: 'down', op: 'coalesce', parents: ['n'], args: { numPartitions: 2 } },
          { id: 'up', op: 'coalesce', parents: ['n'], args: { numPartitions: 20 } },
        ],
        [
          { op: 'count', rdd: 'down' },
          { op: 'count', rdd: 'up' },
        ],
      ),
    );
    expect(p.rdds.slice(1).map((r) => [r.class, r.numPartitions])).toEqual([
      ['CoalescedRDD', 2],
      ['CoalescedRDD', 8],
    ]);
    expect(p.jobs.map((j) => j.stages.length)).toEqual([1, 1]);
  });

  it('distinct shuffles on an unpartitioned RDD and takes the per-partition shortcut on a partitioned one (§2.5)', () => {
    const plain = plan(
      file([nums('n', 100, 4), { id: 'd', op: 'distinct', parents: ['n'] }], [{ op: 'count', rdd: 'd' }]),
    );
    expect(plain.rdds.slice(1).map((r) => r.class)).toEqual([
      'MapPartitionsRDD',
      'ShuffledRDD',
      'MapPartitionsRDD',
    ]);
    const partitioned = plan(
      file(
        [
          ...keyed('kv', 100, 4),
          { id: 'p', op: 'partitionBy', parents: ['kv'], args: { partitioner: hash(4) } },
          { id: 'd', op: 'distinct', parents: ['p'] },
        ],
        [{ op: 'count', rdd: 'd' }],
      ),
    );
    expect(
      partitioned.rdds.filter((r) => r.op === 'd').map((r) => [r.class, r.deps[0]?.reason.code]),
    ).toEqual([['MapPartitionsRDD', 'narrow.distinctShortcut']]);
  });

  it('partitionBy with the partitioner the RDD already has creates no RDD (R-4.2)', () => {
    const p = plan(
      file(
        [
          ...keyed('kv', 100, 4),
          { id: 's', op: 'reduceByKey', parents: ['kv'], args: { numPartitions: 4 } },
          { id: 'again', op: 'partitionBy', parents: ['s'], args: { partitioner: hash(4) } },
        ],
        [{ op: 'count', rdd: 'again' }],
      ),
    );
    expect(p.rdds).toHaveLength(3);
    expect(job(p, 0).finalRddId).toBe(2);
  });

  it('cartesian has P(a)·P(b) partitions and no shuffle (§2.3)', () => {
    const p = plan(
      file(
        [nums('a', 10, 2), nums('b', 10, 3), { id: 'c', op: 'cartesian', parents: ['a', 'b'] }],
        [{ op: 'count', rdd: 'c' }],
      ),
    );
    expect([p.rdds[2]?.class, p.rdds[2]?.numPartitions]).toEqual(['CartesianRDD', 6]);
    expect(job(p, 0).stages.map((s) => s.rddIds)).toEqual([[0, 1, 2]]);
  });

  it('three-way cogroup: each unpartitioned input is its own parent stage (R-4.3, R-1.5 any order)', () => {
    const p = plan(
      file(
        [
          ...keyed('a', 10, 2),
          ...keyed('b', 10, 3),
          ...keyed('c', 10, 4),
          { id: 'g', op: 'cogroup', parents: ['a', 'b', 'c'] },
        ],
        [{ op: 'count', rdd: 'g' }],
      ),
    );
    const j = job(p, 0);
    expect(
      j.stages
        .filter((s) => s.kind === 'ShuffleMap')
        .map((s) => s.numTasks)
        .sort(),
    ).toEqual([2, 3, 4]);
    expect(resultStage(j)).toMatchObject({ stageId: 3, numTasks: 4, parentStageIds: [0, 1, 2] });
    expect(mapStageOf(j, 1).rddIds).toEqual([0, 1]);
  });
});
