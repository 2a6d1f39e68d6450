import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/stagecraft.ts';
import { importEventLog } from '../../src/model/index.ts';

const tmp = mkdtempSync(join(tmpdir(), 'stagecraft-simulate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const WORD_COUNT = join(tmp, 'word-count.json');
writeFileSync(
  WORD_COUNT,
  JSON.stringify({
    version: 1,
    name: 'Word count',
    config: { defaultParallelism: 4 },
    rdds: [
      { id: 'lines', op: 'textFile', args: { path: 'in.txt', minPartitions: 4 } },
      { id: 'words', op: 'flatMap', parents: ['lines'] },
      { id: 'pairs', op: 'map', parents: ['words'] },
      { id: 'counts', op: 'reduceByKey', parents: ['pairs'] },
    ],
    actions: [{ op: 'collect', rdd: 'counts' }],
  }),
);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['simulate', ...args], {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('stagecraft simulate', () => {
  it('prints each job and stage attempt', async () => {
    const { code, out, err } = await run(WORD_COUNT, '--executors', '2', '--cores', '2');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('job 0 at 0.200s: stages [0, 1]');
    expect(out).toMatch(/stage 0\.0 \(.*\) completed at .*: 4 tasks, 4 succeeded, 0 failed, 0 killed/);
    expect(out).toMatch(/job 0 succeeded/);
  });

  it('writes an event log that the importer reads back to the same jobs, and a full trace', async () => {
    const log = join(tmp, 'app.log');
    const trace = join(tmp, 'trace.json');
    const { code } = await run(
      WORD_COUNT,
      '--seed',
      '3',
      '--fault',
      'fail-task:0.1x2',
      '--out',
      log,
      '--trace',
      trace,
    );
    expect(code).toBe(0);
    const result = await importEventLog([readFileSync(log)]);
    expect(result.warnings).toEqual([]);
    expect([...result.application.jobs.values()].map((j) => j.jobId)).toEqual([0]);
    const full = JSON.parse(readFileSync(trace, 'utf8')) as { events: { kind: string }[] };
    expect(full.events.some((e) => e.kind === 'step')).toBe(true);
    expect(full.events.filter((e) => e.kind !== 'step')).toEqual(result.trace.events);
  });

  it('gives byte-identical event logs for the same seed', async () => {
    const a = join(tmp, 'a.log');
    const b = join(tmp, 'b.log');
    await run(WORD_COUNT, '--seed', '5', '--scheduler', 'FAIR', '--out', a);
    await run(WORD_COUNT, '--seed', '5', '--scheduler', 'FAIR', '--out', b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('takes FAIR pools with weight and minShare', async () => {
    const { code, out } = await run(WORD_COUNT, '--scheduler', 'FAIR', '--pool', 'default:2:1');
    expect(code).toBe(0);
    expect(out).toMatch(/job 0 succeeded/);
    expect((await run(WORD_COUNT, '--pool', 'x:0')).code).toBe(2);
  });

  it('rejects a bad fault spec with exit 2 and says why', async () => {
    const { code, err } = await run(WORD_COUNT, '--fault', 'fail-task:zero');
    expect(code).toBe(2);
    expect(err).toContain('fault "fail-task:zero": expected STAGE.PARTITION or STAGE.PARTITIONxN');
  });

  it('rejects a fault on an unknown executor with exit 2', async () => {
    const { code, err } = await run(WORD_COUNT, '--fault', 'kill-executor:7@1');
    expect(code).toBe(2);
    expect(err).toContain('unknown executor "7"');
  });

  it('reports a bad pipeline file with exit 1, one line per problem', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ version: 1, rdds: [{ id: 'x', op: 'mapp', parents: [] }], actions: [] }),
    );
    const { code, err } = await run(bad);
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.json: rdds\[0\]/);
  });
});
