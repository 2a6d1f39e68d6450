import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline, serializePipeline } from '../../../src/model/index.ts';

const SPEC_EXAMPLE = {
  version: 1,
  name: 'Word count',
  config: { defaultParallelism: 8 },
  rdds: [
    { id: 'lines', op: 'textFile', args: { path: 'in.txt', minPartitions: 4 } },
    { id: 'words', op: 'flatMap', parents: ['lines'] },
    { id: 'pairs', op: 'map', parents: ['words'] },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'], args: { numPartitions: 3 } },
  ],
  persist: [{ rdd: 'counts', level: 'MEMORY_ONLY' }],
  actions: [
    { op: 'collect', rdd: 'counts' },
    { op: 'count', rdd: 'counts' },
  ],
};

function problems(input: unknown): string[] {
  const result = parsePipeline(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
}

function withRdds(rdds: unknown[], rest: Record<string, unknown> = {}): unknown {
  return { version: 1, rdds, actions: [], ...rest };
}

describe('parsePipeline: valid files', () => {
  it('reads the spec example, filling in empty parents, args and lists', () => {
    const result = parsePipeline(JSON.stringify(SPEC_EXAMPLE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rdds[0]).toEqual({
      id: 'lines',
      op: 'textFile',
      parents: [],
      args: { path: 'in.txt', minPartitions: 4 },
    });
    expect(result.value.checkpoint).toEqual([]);
    expect(result.value.actions[1]).toEqual({ op: 'count', rdd: 'counts', args: {} });
  });

  it('defaults defaultParallelism to 8', () => {
    const result = parsePipeline(withRdds([{ id: 'a', op: 'emptyRDD' }]));
    expect(result.ok && result.value.config).toEqual({ defaultParallelism: 8 });
  });

  it('takes spark.default.parallelism as defaultParallelism when only it is given', () => {
    const result = parsePipeline(withRdds([], { config: { 'spark.default.parallelism': 6 } }));
    expect(result.ok && result.value.config).toEqual({
      defaultParallelism: 6,
      'spark.default.parallelism': 6,
    });
  });

  it('accepts every fixture in fixtures/pipelines', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pipelines');
    const names = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(45);
    for (const name of names) {
      const result = parsePipeline(readFileSync(join(dir, name), 'utf8'));
      expect(result.ok ? 'ok' : JSON.stringify(result.problems), name).toBe('ok');
    }
  });

  it('serializePipeline round-trips through parsePipeline', () => {
    const first = parsePipeline(SPEC_EXAMPLE);
    if (!first.ok) throw new Error('spec example must parse');
    const text = serializePipeline(first.value);
    const second = parsePipeline(text);
    expect(second.ok && second.value).toEqual(first.value);
    expect(serializePipeline(first.value)).toBe(text);
  });
});

describe('parsePipeline: problems, each with its path and the bad value', () => {
  it('an unknown parent: rdds[1].parents[0]: unknown RDD "pairz"', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'emptyRDD' },
          { id: 'b', op: 'map', parents: ['pairz'] },
        ]),
      ),
    ).toEqual(['rdds[1].parents[0]: unknown RDD "pairz"']);
  });

  it('numPartitions out of range', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'emptyRDD' },
          { id: 'b', op: 'reduceByKey', parents: ['a'], args: { numPartitions: 0 } },
        ]),
      ),
    ).toEqual(['rdds[1].args.numPartitions: must be a whole number from 1 to 1000000, got 0']);
  });

  it('a parent listed after its child', () => {
    expect(
      problems(
        withRdds([
          { id: 'b', op: 'map', parents: ['a'] },
          { id: 'a', op: 'emptyRDD' },
        ]),
      ),
    ).toEqual([
      'rdds[0].parents[0]: RDD "a" is defined at rdds[1]; a parent must be listed before its child',
    ]);
  });

  it('duplicate and malformed ids', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'emptyRDD' },
          { id: 'a', op: 'emptyRDD' },
          { id: '1x', op: 'emptyRDD' },
        ]),
      ),
    ).toEqual([
      'rdds[1].id: "a" is already the id of rdds[0]',
      'rdds[2].id: must be letters, digits and _ (not starting with a digit), got "1x"',
    ]);
  });

  it('the wrong number of parents', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'emptyRDD' },
          { id: 'b', op: 'map', parents: ['a', 'a'] },
          { id: 'c', op: 'join', parents: ['a'] },
          { id: 'd', op: 'cogroup', parents: ['a', 'a', 'a', 'a', 'a'] },
          { id: 'e', op: 'union', parents: ['a'] },
        ]),
      ),
    ).toEqual([
      'rdds[1].parents: map takes 1 parent, got 2',
      'rdds[2].parents: join takes 2 parents, got 1',
      'rdds[3].parents: cogroup takes 2 to 4 parents, got 5',
      'rdds[4].parents: union takes 2 or more parents, got 1',
    ]);
  });

  it('unknown operations, unknown args, missing required args and exclusive args', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'textFile' },
          { id: 'b', op: 'mapp', parents: ['a'] },
          { id: 'c', op: 'map', parents: ['a'], args: { numPartitions: 2 } },
          {
            id: 'd',
            op: 'reduceByKey',
            parents: ['a'],
            args: { numPartitions: 2, partitioner: { type: 'hash', numPartitions: 2 } },
          },
          {
            id: 'e',
            op: 'groupBy',
            parents: ['a'],
            args: { partitioner: { type: 'range', numPartitions: 2 } },
          },
          { id: 'f', op: 'parallelize' },
        ]),
      ),
    ).toEqual([
      'rdds[0].args.path: textFile needs path',
      'rdds[1].op: unknown operation "mapp"',
      'rdds[2].args.numPartitions: not an argument of map (it takes none)',
      'rdds[3].args: give numPartitions or partitioner, not both',
      'rdds[4].args.partitioner: groupBy takes only a hash partitioner, got {"type":"range","numPartitions":2}',
      'rdds[5].args: parallelize needs length or data',
    ]);
  });

  it('bad partitioner and argument types', () => {
    expect(
      problems(
        withRdds([
          { id: 'a', op: 'parallelize', args: { length: -1, numSlices: 2.5 } },
          {
            id: 'b',
            op: 'partitionBy',
            parents: ['a'],
            args: { partitioner: { type: 'custom', numPartitions: 2 } },
          },
          { id: 'c', op: 'sample', parents: ['a'], args: { withReplacement: 'no', fraction: 2 } },
        ]),
      ),
    ).toEqual([
      'rdds[0].args.length: must be a whole number from 0 to 1000000000, got -1',
      'rdds[0].args.numSlices: must be a whole number from 1 to 1000000, got 2.5',
      'rdds[1].args.partitioner: must be a partitioner like {"type": "hash", "numPartitions": 4} (type "hash" or "range"), got {"type":"custom","numPartitions":2}',
      'rdds[2].args.withReplacement: must be true or false, got "no"',
    ]);
  });

  it('persist, checkpoint and actions must name known RDDs; actions need their args', () => {
    expect(
      problems(
        withRdds([{ id: 'a', op: 'emptyRDD' }], {
          persist: [
            { rdd: 'x', level: 'MEMORY_ONLY' },
            { rdd: 'a', level: 'SOMETIMES' },
          ],
          checkpoint: [{ rdd: 'y' }],
          actions: [
            { op: 'take', rdd: 'a' },
            { op: 'lookup', rdd: 'z' },
            { op: 'explode', rdd: 'a' },
            { op: 'count', rdd: 'a', args: { num: 1 } },
          ],
        }),
      ),
    ).toEqual([
      'persist[1].level: must be "NONE", "DISK_ONLY", "DISK_ONLY_2", "DISK_ONLY_3", "MEMORY_ONLY", "MEMORY_ONLY_2", "MEMORY_ONLY_SER", "MEMORY_ONLY_SER_2", "MEMORY_AND_DISK", "MEMORY_AND_DISK_2", "MEMORY_AND_DISK_SER", "MEMORY_AND_DISK_SER_2" or "OFF_HEAP", got "SOMETIMES"',
      'persist[0].rdd: unknown RDD "x"',
      'checkpoint[0].rdd: unknown RDD "y"',
      'actions[0].args.num: take needs num',
      'actions[1].rdd: unknown RDD "z"',
      'actions[1].args.key: lookup needs key',
      'actions[2].op: unknown action "explode"',
      'actions[3].args.num: not an argument of count (it takes none)',
    ]);
  });

  it('a storage level cannot change', () => {
    expect(
      problems(
        withRdds([{ id: 'a', op: 'emptyRDD' }], {
          persist: [
            { rdd: 'a', level: 'MEMORY_ONLY' },
            { rdd: 'a', level: 'DISK_ONLY' },
          ],
        }),
      ),
    ).toEqual([
      'persist[1].level: "a" is already persisted with MEMORY_ONLY (persist[0]); Spark cannot change a storage level, got "DISK_ONLY"',
    ]);
  });

  it('both parallelism settings must agree', () => {
    expect(
      problems(withRdds([], { config: { defaultParallelism: 4, 'spark.default.parallelism': 6 } })),
    ).toEqual([
      'config.defaultParallelism: must equal spark.default.parallelism (6) when both are given, got 4',
    ]);
  });

  it('top-level shape: version, unknown keys, wrong types', () => {
    expect(problems({ version: 2, rdds: {}, extra: true })).toEqual([
      'version: must be 1, got 2',
      'rdds: must be an array, got {}',
      'extra: unknown key',
    ]);
    expect(problems([])).toEqual(['must be an object, got []']);
  });

  it('collects every problem of a bad file and loads nothing', () => {
    const result = parsePipeline(
      withRdds(
        [
          { id: 'a', op: 'emptyRDD' },
          { id: 'b', op: 'map', parents: ['x'] },
          { id: 'c', op: 'map', parents: ['y'] },
        ],
        { actions: [{ op: 'count', rdd: 'q' }] },
      ),
    );
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('value');
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'rdds[1].parents[0]',
      'rdds[2].parents[0]',
      'actions[0].rdd',
    ]);
  });

  it('a bad entry does not hide problems in the others', () => {
    expect(
      problems(
        withRdds([
          { id: 3, op: 'emptyRDD' },
          { id: 'b', op: 'map', parents: ['nope'] },
        ]),
      ),
    ).toEqual(['rdds[0].id: must be a string, got 3', 'rdds[1].parents[0]: unknown RDD "nope"']);
  });
});

describe('parsePipeline: JSON syntax errors are located', () => {
  it('names line and column of a trailing comma', () => {
    expect(problems('{\n  "version": 1,\n  "rdds": [1,, 2]\n}')).toEqual([
      "invalid JSON at line 3, column 14: Unexpected token ','",
    ]);
  });

  it('names where the text ends too early', () => {
    expect(problems('{"version": 1,\n "rdds": [')[0]).toMatch(/^invalid JSON at line 2, column 11: /);
  });

  it('names a missing colon', () => {
    expect(problems('{"version" 1}')[0]).toMatch(/^invalid JSON at line 1, column 12: /);
  });
});
