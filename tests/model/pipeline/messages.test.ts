/**
 * A pipeline file's problems in both interface languages: the same problem, at the same path, in
 * English (the wording the command line and the tests pin) and in 简体中文 for the Chinese interface.
 */
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../../src/model/index.ts';
import { EN_PROBLEMS } from '../../../src/model/pipeline/messages/en.ts';
import { ZH_PROBLEMS } from '../../../src/model/pipeline/messages/zh-cn.ts';

const source = { id: 'a', op: 'parallelize', args: { length: 10, numSlices: 2 } };
const pairs = { id: 'p', op: 'map', parents: ['a'] };
const withRdds = (extra: unknown[], rest: object = {}) => ({
  version: 1,
  rdds: [source, pairs, ...extra],
  ...rest,
});

function problemsIn(input: unknown, lang: 'en' | 'zh-CN', limits = {}): string[] {
  const result = parsePipeline(input, limits, lang);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

/** Each case: a broken pipeline, its problem in English and in Chinese. */
const CASES: readonly { name: string; input: unknown; en: string; zh: string; limits?: object }[] = [
  {
    name: 'an unknown parent (a bad link)',
    input: withRdds([{ id: 'q', op: 'map', parents: ['zz'] }]),
    en: 'rdds[2].parents[0]: unknown RDD "zz"',
    zh: 'rdds[2].parents[0]: 未知的 RDD "zz"',
  },
  {
    name: 'a partition count out of range (an invalid edit)',
    input: withRdds([{ id: 'q', op: 'repartition', parents: ['p'], args: { numPartitions: 2.5 } }]),
    en: 'rdds[2].args.numPartitions: must be a whole number from 1 to 1000000, got 2.5',
    zh: 'rdds[2].args.numPartitions: 应为 1 到 1000000 之间的整数，实际是 2.5',
  },
  {
    name: 'a partition count over the limit',
    input: withRdds([{ id: 'q', op: 'repartition', parents: ['p'], args: { numPartitions: 3000000 } }]),
    en: 'rdds[2].args.numPartitions: is 3000000 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    zh: 'rdds[2].args.numPartitions: 为 3000000 个分区，超过上限 1000000 个分区（maxPartitions；可用 --max-partitions N 调高）',
  },
  {
    name: 'a cartesian making more partitions than the limit',
    input: withRdds([{ id: 'q', op: 'cartesian', parents: ['a', 'a'] }], {
      config: { defaultParallelism: 2 },
    }),
    limits: { maxPartitions: 3 },
    en: 'rdds[2]: cartesian makes 4 partitions, over the limit of 3 partitions (maxPartitions; raise it with --max-partitions N)',
    zh: 'rdds[2]: cartesian 产生 4 个分区，超过上限 3 个分区（maxPartitions；可用 --max-partitions N 调高）',
  },
  {
    name: 'too many RDDs',
    input: withRdds([]),
    limits: { maxRdds: 1 },
    en: 'rdds: has 2 RDDs, over the limit of 1 RDDs (maxRdds; raise it with --max-rdds N)',
    zh: 'rdds: 有 2 个 RDD，超过上限 1 个 RDD（maxRdds；可用 --max-rdds N 调高）',
  },
  {
    name: 'a partitioner missing its partition count',
    input: withRdds([
      { id: 'q', op: 'partitionBy', parents: ['p'], args: { partitioner: { type: 'hash' } } },
    ]),
    en: 'rdds[2].args.partitioner: numPartitions must be a whole number from 1 to 1000000, got nothing',
    zh: 'rdds[2].args.partitioner: numPartitions 应为 1 到 1000000 之间的整数，但没有给出',
  },
  {
    name: 'an argument the operation does not take',
    input: withRdds([{ id: 'q', op: 'map', parents: ['p'], args: { numPartitions: 2 } }]),
    en: 'rdds[2].args.numPartitions: not an argument of map (it takes none)',
    zh: 'rdds[2].args.numPartitions: 不是 map 的参数（它没有参数）',
  },
  {
    name: 'the wrong number of parents',
    input: withRdds([{ id: 'q', op: 'union', parents: [] }]),
    en: 'rdds[2].parents: union takes 2 or more parents, got 0',
    zh: 'rdds[2].parents: union 需要至少 2 个父 RDD，实际有 0 个',
  },
  {
    name: 'a storage level changed',
    input: withRdds([], {
      persist: [
        { rdd: 'a', level: 'MEMORY_ONLY' },
        { rdd: 'a', level: 'DISK_ONLY' },
      ],
    }),
    en: 'persist[1].level: "a" is already persisted with MEMORY_ONLY (persist[0]); Spark cannot change a storage level, got "DISK_ONLY"',
    zh: 'persist[1].level: "a" 已经以 MEMORY_ONLY 持久化（persist[0]）；Spark 不能更改存储级别，实际是 "DISK_ONLY"',
  },
  {
    name: 'a missing key (and an unknown one after it)',
    input: { version: 1, rdds: [{ op: 'emptyRDD', colour: 'red' }] },
    en: 'rdds[0].id: is required',
    zh: 'rdds[0].id: 不能省略',
  },
  {
    name: 'the wrong version',
    input: { version: 2, rdds: [] },
    en: 'version: must be 1, got 2',
    zh: 'version: 应为 1，实际是 2',
  },
  {
    name: 'both parallelism settings, disagreeing',
    input: withRdds([], { config: { defaultParallelism: 4, 'spark.default.parallelism': 8 } }),
    en: 'config.defaultParallelism: must equal spark.default.parallelism (8) when both are given, got 4',
    zh: 'config.defaultParallelism: 两者都给出时应等于 spark.default.parallelism（8），实际是 4',
  },
  {
    name: 'JSON text that does not parse, located',
    input: '{"version": 1,\n "rdds": [}',
    en: ': invalid JSON at line 2, column 11: ',
    zh: ': JSON 格式错误，第 2 行，第 11 列：',
  },
];

describe('pipeline problems in English and 简体中文', () => {
  it('every problem has a template in both languages', () => {
    expect(Object.keys(ZH_PROBLEMS).sort()).toEqual(Object.keys(EN_PROBLEMS).sort());
  });

  for (const c of CASES) {
    it(c.name, () => {
      const en = problemsIn(c.input, 'en', c.limits);
      const zh = problemsIn(c.input, 'zh-CN', c.limits);
      expect(en[0]?.startsWith(c.en)).toBe(true);
      expect(zh[0]?.startsWith(c.zh)).toBe(true);
      if (!c.en.endsWith(': ')) {
        expect(en[0]).toBe(c.en);
        expect(zh[0]).toBe(c.zh);
      }
      expect(zh).toHaveLength(en.length);
    });
  }

  it('English is the default, as the command line writes it', () => {
    const input = withRdds([{ id: 'q', op: 'map', parents: ['zz'] }]);
    const result = parsePipeline(input);
    expect(!result.ok && result.problems[0]?.message).toBe('unknown RDD "zz"');
  });

  it('no Chinese problem is left in English words (every template translated)', () => {
    const english = /\b(must|unknown|takes|needs|got|over the limit|is required|invalid)\b/;
    for (const c of CASES)
      for (const text of problemsIn(c.input, 'zh-CN', c.limits)) expect(text).not.toMatch(english);
  });
});
