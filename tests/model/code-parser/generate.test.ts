// generateSparkCode writes one readable statement per RDD, the user's own function text, and
// directives only for what code cannot say.
import { describe, expect, it } from 'vitest';
import { generateSparkCode, parseSparkCode } from '../../../src/model/index.ts';
import type { Pipeline } from '../../../src/model/index.ts';

const wordCount: Pipeline = {
  version: 1,
  config: { defaultParallelism: 8 },
  rdds: [
    { id: 'lines', op: 'textFile', parents: [], args: { path: 'in.txt', minPartitions: 4 } },
    { id: 'words', op: 'flatMap', parents: ['lines'], args: {}, code: '_.split(" ")' },
    { id: 'pairs', op: 'map', parents: ['words'], args: {} },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'], args: { numPartitions: 3 }, code: '_ + _' },
  ],
  persist: [{ rdd: 'counts', level: 'MEMORY_AND_DISK' }],
  checkpoint: [],
  actions: [
    { op: 'collect', rdd: 'counts', args: {} },
    { op: 'take', rdd: 'counts', args: { num: 5 }, thread: 't1' },
  ],
};

describe('generateSparkCode', () => {
  it('writes Scala with one val per RDD, inline persist and ??? for a missing function', () => {
    expect(generateSparkCode(wordCount, 'scala').code).toBe(
      [
        'import org.apache.spark.storage.StorageLevel',
        'val lines = sc.textFile("in.txt", 4)',
        'val words = lines.flatMap(_.split(" "))',
        'val pairs = words.map(???)',
        'val counts = pairs.reduceByKey(_ + _, 3).persist(StorageLevel.MEMORY_AND_DISK)',
        'counts.collect()',
        'counts.take(5) // stagecraft: {"thread":"t1"}',
        '',
      ].join('\n'),
    );
  });

  it('writes Python with keyword arguments after a gap and ... for a missing function', () => {
    const p: Pipeline = {
      ...wordCount,
      name: 'Sorted',
      config: { defaultParallelism: 4 },
      rdds: [
        {
          id: 'nums',
          op: 'parallelize',
          parents: [],
          args: {
            data: [
              ['a', 1],
              ['b', 2],
            ],
          },
        },
        { id: 'sorted', op: 'sortByKey', parents: ['nums'], args: { numPartitions: 2 } },
        { id: 'big', op: 'filter', parents: ['sorted'], args: {} },
      ],
      persist: [],
      checkpoint: [{ rdd: 'sorted' }],
      actions: [{ op: 'count', rdd: 'big', args: {} }],
    };
    expect(generateSparkCode(p, 'python').code).toBe(
      [
        '# stagecraft: {"name":"Sorted","defaultParallelism":4}',
        'nums = sc.parallelize([("a", 1), ("b", 2)])',
        'sorted = nums.sortByKey(numPartitions=2)',
        'sc.setCheckpointDir("checkpoints")',
        'sorted.checkpoint()',
        'big = sorted.filter(...)',
        'big.count()',
        '',
      ].join('\n'),
    );
  });

  it('gives spans that point at each RDD and action in the generated code', () => {
    const { code, spans } = generateSparkCode(wordCount, 'scala');
    expect(code.slice(spans.rdds.counts?.from, spans.rdds.counts?.to)).toBe('reduceByKey(_ + _, 3)');
    expect(code.slice(spans.rdds.lines?.from, spans.rdds.lines?.to)).toBe('sc.textFile("in.txt", 4)');
    expect(code.slice(spans.actions[1]?.from, spans.actions[1]?.to)).toBe('take(5)');
    expect(spans.rdds.counts).toMatchObject({ line: 5, column: 20, endLine: 5, endColumn: 41 });
  });

  it('reads back what it writes', () => {
    for (const language of ['scala', 'python'] as const) {
      const back = parseSparkCode(generateSparkCode(wordCount, language).code, language);
      expect(back.pipeline).toEqual(wordCount);
    }
  });
});
