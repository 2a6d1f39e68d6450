import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/stagecraft.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORD_COUNT = join(ROOT, 'fixtures', 'pipelines', 'word-count.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out,
    err,
  };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-plan-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('stagecraft plan', () => {
  it('prints the plan as text by default and exits 0', async () => {
    const { io, out, err } = capture();
    expect(await main(['plan', WORD_COUNT], io)).toBe(0);
    expect(err.join('')).toBe('');
    expect(out.join('')).toContain('Job 0: collect on counts (action 0)');
    expect(out.join('')).toContain('Stage 0 ShuffleMap, 4 tasks, writes shuffle 0');
  });

  it('prints JSON in the plan-output shape with --format json', async () => {
    const { io, out } = capture();
    expect(await main(['plan', WORD_COUNT, '--format', 'json'], io)).toBe(0);
    const plan = JSON.parse(out.join('')) as {
      version: number;
      rdds: { rddId: number; class: string }[];
      jobs: { stages: unknown[] }[];
    };
    expect(plan.version).toBe(1);
    expect(plan.rdds.map((r) => r.class)).toEqual([
      'HadoopRDD',
      'MapPartitionsRDD',
      'MapPartitionsRDD',
      'MapPartitionsRDD',
      'ShuffledRDD',
    ]);
    expect(plan.jobs[0]?.stages).toEqual([
      {
        stageId: 0,
        kind: 'ShuffleMap',
        numTasks: 4,
        parentStageIds: [],
        skipped: false,
        rddIds: [0, 1, 2, 3],
        shuffleId: 0,
      },
      { stageId: 1, kind: 'Result', numTasks: 4, parentStageIds: [0], skipped: false, rddIds: [4] },
    ]);
  });

  it('accepts --format=json', async () => {
    const { io, out } = capture();
    expect(await main(['plan', `--format=json`, WORD_COUNT], io)).toBe(0);
    expect(() => JSON.parse(out.join(''))).not.toThrow();
  });

  it('rejects a bad file with exit 1, one located line per problem on stderr and nothing on stdout', async () => {
    const file = tempFile(
      'bad.json',
      JSON.stringify({
        version: 1,
        rdds: [
          { id: 'a', op: 'emptyRDD' },
          { id: 'b', op: 'map', parents: ['pairz'] },
          { id: 'c', op: 'reduceByKey', parents: ['a'], args: { numPartitions: 0 } },
        ],
        actions: [],
      }),
    );
    const { io, out, err } = capture();
    expect(await main(['plan', file], io)).toBe(1);
    expect(out.join('')).toBe('');
    expect(err.join('')).toBe(
      `${file}: rdds[1].parents[0]: unknown RDD "pairz"\n${file}: rdds[2].args.numPartitions: must be a whole number from 1 to 1000000, got 0\n`,
    );
  });

  it('locates a JSON syntax error', async () => {
    const file = tempFile('syntax.json', '{\n  "version": 1,\n  "rdds": [,]\n}');
    const { io, err } = capture();
    expect(await main(['plan', file], io)).toBe(1);
    expect(err.join('')).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON at line 3, column 12: `),
    );
  });

  it('exits 1 when the file cannot be read, without a stack trace', async () => {
    const { io, err } = capture();
    expect(await main(['plan', join(ROOT, 'no-such-file.json')], io)).toBe(1);
    expect(err.join('')).toMatch(/no-such-file\.json: cannot read the file \(ENOENT\)\n$/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['plan'],
      ['plan', WORD_COUNT, '--format', 'xml'],
      ['plan', WORD_COUNT, '--frmat'],
      ['plan', 'a.json', 'b.json'],
    ]) {
      const { io, out, err } = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(out.join('')).toBe('');
      expect(err.join('')).toContain('usage: stagecraft plan FILE [--format text|json]');
    }
  });
});
