// Details of Spark's code that decide ids and skipped stages, each seen in a run of real Spark
// 3.5.9 through the conformance harness (npm run conformance) as well as read from the source;
// each pipeline here is also a fixture (empty-map-stage, shuffle-ids-through-union,
// sort-by-key-twice-join, zip-with-unique-id-shuffle-ids, subtract-partitioned) with a golden plan
// from Spark.
import { describe, expect, it } from 'vitest';
import { file, job, nums, plan } from './helpers.ts';

describe('details of Spark 3.5 the plan depends on', () => {
  it('a union evaluates its inputs’ partitions when defined, which builds shuffle dependencies upstream first (R-1.2)', () => {
    // subtractByKey's SubtractedRDD.getPartitions reads its dependencies; building each
    // ShuffleDependency reads its parent's partitions, so the cogroup's three shuffles follow.
    const p = plan(
      file(
        [
          nums('a', 20, 2),
          { id: 'kv', op: 'map', parents: ['a'] },
          { id: 'g', op: 'cogroup', parents: ['kv', 'kv', 'kv'], args: { numPartitions: 4 } },
          { id: 's', op: 'subtractByKey', parents: ['kv', 'g'], args: { numPartitions: 2 } },
          { id: 'u', op: 'union', parents: ['s', 'kv'] },
          { id: 'last', op: 'groupByKey', parents: ['kv'] },
        ],
        [{ op: 'count', rdd: 'last' }],
      ),
    );
    const subtracted = p.rdds.find((r) => r.class === 'SubtractedRDD');
    const cogrouped = p.rdds.find((r) => r.class === 'CoGroupedRDD');
    expect(subtracted?.deps.map((d) => d.shuffleId)).toEqual([0, 1]);
    expect(cogrouped?.deps.map((d) => d.shuffleId)).toEqual([2, 3, 4]);
    expect(p.rdds.find((r) => r.op === 'last')?.deps[0]?.shuffleId).toBe(5);
  });

  it('a map stage over no partitions is available at once, so it is skipped even in the first job (R-9.3)', () => {
    const p = plan(
      file(
        [
          { id: 'none', op: 'emptyRDD' },
          {
            id: 'byKey',
            op: 'partitionBy',
            parents: ['none'],
            args: { partitioner: { type: 'hash', numPartitions: 3 } },
          },
        ],
        [{ op: 'count', rdd: 'byKey' }],
      ),
    );
    expect(job(p, 0).stages.map((s) => [s.kind, s.numTasks, s.skipped])).toEqual([
      ['ShuffleMap', 0, true],
      ['Result', 3, false],
    ]);
  });

  it('two sortByKeys of the same small input, sampled in full, have equal range partitioners, so their join is narrow (§2.4)', () => {
    const p = plan(
      file(
        [
          nums('n', 48, 2),
          { id: 'kv', op: 'map', parents: ['n'] },
          { id: 'a', op: 'sortByKey', parents: ['kv'] },
          { id: 'b', op: 'sortByKey', parents: ['kv'] },
          { id: 'j', op: 'join', parents: ['a', 'b'] },
        ],
        [{ op: 'count', rdd: 'j' }],
      ),
    );
    expect(p.rdds.find((r) => r.class === 'CoGroupedRDD')?.deps.map((d) => d.type)).toEqual([
      'OneToOne',
      'OneToOne',
    ]);
  });
});

describe('operations that read partitions when they are called (R-1.2)', () => {
  it('zipWithUniqueId builds the shuffle dependencies behind its input at once', () => {
    const p = plan(
      file(
        [
          nums('a', 20, 2),
          { id: 'kv', op: 'map', parents: ['a'] },
          { id: 'common', op: 'intersection', parents: ['kv', 'kv'], args: { numPartitions: 3 } },
          { id: 'ids', op: 'zipWithUniqueId', parents: ['common'] },
          { id: 'grouped', op: 'groupByKey', parents: ['kv'] },
        ],
        [{ op: 'count', rdd: 'grouped' }],
      ),
    );
    expect(p.rdds.find((r) => r.class === 'CoGroupedRDD')?.deps.map((d) => d.shuffleId)).toEqual([0, 1]);
    expect(p.rdds.find((r) => r.op === 'grouped')?.deps[0]?.shuffleId).toBe(2);
  });
  it('subtract on an RDD already partitioned by the partitioner it would use gives the SubtractedRDD a custom partitioner (RDD.subtract)', () => {
    const p = plan(
      file(
        [
          nums('a', 100, 4),
          {
            id: 'b',
            op: 'partitionBy',
            parents: ['a'],
            args: { partitioner: { type: 'hash', numPartitions: 4 } },
          },
          nums('c', 100, 2),
          { id: 'd', op: 'subtract', parents: ['b', 'c'] },
          { id: 'e', op: 'subtract', parents: ['c', 'b'] },
        ],
        [{ op: 'count', rdd: 'd' }],
      ),
    );
    const [detupled, plain] = p.rdds.filter((r) => r.class === 'SubtractedRDD');
    expect(detupled?.partitioner).toEqual({ type: 'custom', numPartitions: 4 });
    expect(detupled?.deps.map((d) => d.type)).toEqual(['Shuffle', 'Shuffle']);
    // The receiver c has no partitioner: subtract uses HashPartitioner(P(c)) as it is.
    expect(plain?.partitioner).toEqual({ type: 'hash', numPartitions: 2 });
  });
});
