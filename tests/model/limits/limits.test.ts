// The named limits of src/model/limits.ts: each is enforced with a message naming the limit, the
// value and the flag that raises it, and each can be raised.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  importEventLog,
  MAX_PARTITIONS,
  MAX_RDDS,
  parsePipeline,
  planLimitProblem,
  planPipeline,
  withDefaults,
} from '../../../src/model/index.ts';

const source = (numSlices: number) => ({ id: 'a', op: 'parallelize', args: { length: 10, numSlices } });
const pipeline = (rdds: unknown[], config: Record<string, number> = {}) => ({
  version: 1,
  config,
  rdds,
  actions: [{ op: 'count', rdd: (rdds[rdds.length - 1] as { id: string }).id }],
});
const messages = (input: unknown, limits = {}) => {
  const parsed = parsePipeline(input, limits);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('limits', () => {
  it('default high enough for a 100,000-operation chain, which plans', () => {
    const rdds: unknown[] = [source(2)];
    for (let i = 1; i < 100_000; i++)
      rdds.push({ id: `r${i}`, op: 'map', parents: [i === 1 ? 'a' : `r${i - 1}`] });
    const parsed = parsePipeline(pipeline(rdds));
    expect(parsed.ok).toBe(true);
    expect(MAX_RDDS).toBeGreaterThanOrEqual(100_000);
    if (parsed.ok) expect(planLimitProblem(planPipeline(parsed.value), DEFAULT_LIMITS)).toBeNull();
  });

  it('maxRdds: too many RDD entries are refused before any is read, and the limit can be raised', () => {
    const rdds = [source(2), { id: 'b', op: 'map', parents: ['a'] }, { id: 'c', op: 'map', parents: ['b'] }];
    expect(messages(pipeline(rdds), { maxRdds: 2 })).toEqual([
      'rdds: has 3 RDDs, over the limit of 2 RDDs (maxRdds; raise it with --max-rdds N)',
    ]);
    expect(messages(pipeline(rdds), { maxRdds: 3 })).toEqual([]);
  });

  it('maxPartitions: an argument over it names the limit; raising it accepts the argument', () => {
    expect(messages(pipeline([source(MAX_PARTITIONS + 1)]))).toEqual([
      'rdds[0].args.numSlices: is 1000001 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    expect(messages(pipeline([source(MAX_PARTITIONS + 1)]), { maxPartitions: 2_000_000 })).toEqual([]);
    expect(messages(pipeline([source(0)]))).toEqual([
      'rdds[0].args.numSlices: must be a whole number from 1 to 1000000, got 0',
    ]);
  });

  it('maxPartitions: a partitioner and the default parallelism are held to it too', () => {
    const rdds = [
      source(2),
      {
        id: 'b',
        op: 'reduceByKey',
        parents: ['a'],
        args: { partitioner: { type: 'hash', numPartitions: 50 } },
      },
    ];
    expect(messages(pipeline(rdds), { maxPartitions: 10 })).toEqual([
      'rdds[1].args.partitioner: numPartitions is 50 partitions, over the limit of 10 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    expect(messages(pipeline([source(2)], { defaultParallelism: 20 }), { maxPartitions: 10 })).toEqual([
      'config.defaultParallelism: is 20 partitions, over the limit of 10 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
  });

  it('maxPartitions: a cartesian (product) or union (sum) over it is refused before planning', () => {
    const big = [source(1_000_000), { id: 'b', op: 'cartesian', parents: ['a', 'a'] }];
    expect(messages(pipeline(big))).toEqual([
      'rdds[1]: cartesian makes 1000000000000 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    const union = [source(600_000), { id: 'b', op: 'union', parents: ['a', 'a'] }];
    expect(messages(pipeline(union))).toEqual([
      'rdds[1]: union makes 1200000 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    expect(messages(pipeline(union), { maxPartitions: 1_200_000 })).toEqual([]);
  });

  it('maxPartitions: unions of co-partitioned inputs keep their count (PartitionerAwareUnionRDD) and are not refused', () => {
    // 25 levels of u = u ∪ u: a sum would be 4·2^25 partitions; both inputs share HashPartitioner(4).
    const rdds: unknown[] = [
      source(4),
      { id: 'k', op: 'map', parents: ['a'] },
      { id: 'u0', op: 'reduceByKey', parents: ['k'], args: { numPartitions: 4 } },
    ];
    for (let i = 1; i <= 25; i++)
      rdds.push({ id: `u${i}`, op: 'union', parents: [`u${i - 1}`, `u${i - 1}`] });
    const parsed = parsePipeline(pipeline(rdds));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(planPipeline(parsed.value).rdds.at(-1)?.numPartitions).toBe(4);
  });

  it('maxPartitions: nested unions without a shared partitioner are refused at the first that is really over', () => {
    // u_i has 4·2^i partitions: u18 is the first over 1,000,000 (1,048,576), rdds index 19.
    const rdds: unknown[] = [source(4)];
    for (let i = 1; i <= 21; i++)
      rdds.push({
        id: `u${i}`,
        op: 'union',
        parents: [i === 1 ? 'a' : `u${i - 1}`, i === 1 ? 'a' : `u${i - 1}`],
      });
    expect(messages(pipeline(rdds))).toEqual([
      'rdds[18]: union makes 1048576 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
  });

  it('maxTasks: a plan with more tasks than the limit is named with its count', () => {
    const parsed = parsePipeline(pipeline([source(4)]));
    if (!parsed.ok) throw new Error('fixture');
    const plan = planPipeline(parsed.value);
    expect(planLimitProblem(plan, withDefaults({ maxTasks: 3 }))).toBe(
      'the plan has 4 tasks, over the limit of 3 tasks (maxTasks; raise it with --max-tasks N)',
    );
    expect(planLimitProblem(plan, withDefaults({ maxTasks: 4 }))).toBeNull();
  });

  it('maxLineBytes: an event-log line longer than the limit is skipped with a warning naming it', async () => {
    const start = JSON.stringify({ Event: 'SparkListenerLogStart', 'Spark Version': '3.5.9' });
    const long = JSON.stringify({ Event: 'SparkListenerApplicationEnd', Timestamp: 1, pad: 'x'.repeat(200) });
    const bytes = new TextEncoder().encode(`${start}\n${long}\n`);
    const result = await importEventLog([bytes], { maxLineBytes: 100 });
    expect(result.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '2: longer than the limit of 100 bytes (maxLineBytes; raise it with --max-line-length N); skipped',
    ]);
  });
});
