// The command-line contract of every command (src/cli/stagecraft.ts): exit 0 on success, 1 on bad
// input with one line per problem on standard error, 2 on usage errors with the usage line, and
// never a stack trace unless --debug. `spark` is checked up to the point where it would start a
// JVM (its runs are the conformance suite's).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/stagecraft.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORD_COUNT = join(ROOT, 'fixtures', 'pipelines', 'word-count.json');
const LOG = join(ROOT, 'fixtures', 'eventlogs', 'spark-3.5', 'checkpoint.zstd');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-exit-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const TWO_PROBLEMS = file(
  'two-problems.json',
  JSON.stringify({
    version: 1,
    rdds: [
      { id: 'a', op: 'parallelize', args: { length: 4 } },
      { id: 'b', op: 'map', parents: ['nope'] },
      { id: 'c', op: 'reduceByKey', parents: ['a'], args: { numPartitions: 0 } },
    ],
    actions: [{ op: 'count', rdd: 'c' }],
  }),
);
const NOT_JSON = file('not-json.json', '{"version": 1,');
const NOT_A_LOG = file('not-a-log.txt', 'hello\nworld\n');
const MISSING = join(dir, 'missing.json');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  const stderr = err.join('');
  return { code, stdout: out.join(''), stderr, lines: stderr.split('\n').filter((l) => l !== '') };
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

describe('exit codes of every command', () => {
  it.each([
    ['plan', [WORD_COUNT]],
    ['simulate', [WORD_COUNT]],
    ['import', [LOG]],
  ])('%s exits 0 on success with nothing on standard error', async (command, args) => {
    const r = await run([command, ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });

  it.each(['plan', 'simulate', 'spark'])(
    '%s exits 1 with one line per problem of a bad file',
    async (command) => {
      const r = await run([command, TWO_PROBLEMS]);
      expect(r.code).toBe(1);
      expect(r.lines).toEqual([
        `${TWO_PROBLEMS}: rdds[1].parents[0]: unknown RDD "nope"`,
        `${TWO_PROBLEMS}: rdds[2].args.numPartitions: must be a whole number from 1 to 1000000, got 0`,
      ]);
      expect(r.stdout).toBe('');
      noStack(r.stderr);
    },
  );

  it.each(['plan', 'simulate', 'spark'])(
    '%s exits 1 with one line for a file that is not JSON or not there',
    async (command) => {
      for (const path of [NOT_JSON, MISSING]) {
        const r = await run([command, path]);
        expect(r.code).toBe(1);
        expect(r.lines).toHaveLength(1);
        expect(r.lines[0]).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}: `));
        noStack(r.stderr);
      }
    },
  );

  it('import exits 1 with one line for a file that is not an event log, or is not there', async () => {
    for (const path of [NOT_A_LOG, MISSING]) {
      const r = await run(['import', path]);
      expect(r.code).toBe(1);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(/^stagecraft import: /);
      noStack(r.stderr);
    }
  });

  it.each([
    ['plan', []],
    ['plan', [WORD_COUNT, '--format', 'xml']],
    ['plan', [WORD_COUNT, '--nope']],
    ['simulate', []],
    ['simulate', [WORD_COUNT, '--executors', 'many']],
    ['import', []],
    ['import', [LOG, '--format']],
    ['spark', []],
    ['spark', [WORD_COUNT, '--spark', '1.0']],
    ['plan', [WORD_COUNT, '--max-rdds', '0']],
    ['plan', [WORD_COUNT, '--max-tasks']],
  ])('%s %j is a usage error: exit 2 with a usage line', async (command, args) => {
    const r = await run([command, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: stagecraft|^stagecraft: --max-/);
    noStack(r.stderr);
  });

  it('a limit flag goes with any command and its message says how to raise it', async () => {
    const r = await run(['plan', WORD_COUNT, '--max-rdds=2']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `${WORD_COUNT}: rdds: has 4 RDDs, over the limit of 2 RDDs (maxRdds; raise it with --max-rdds N)`,
    ]);
    expect((await run(['plan', WORD_COUNT, '--max-rdds', '4'])).code).toBe(0);
  });

  it('--max-file-size: a pipeline file over it is not read, and the message names the limit', async () => {
    const size = readFileSync(WORD_COUNT).length;
    const r = await run(['simulate', WORD_COUNT, '--max-file-size', '100']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `${WORD_COUNT}: has ${size} bytes, over the limit of 100 bytes (maxFileBytes; raise it with --max-file-size N)`,
    ]);
    expect((await run(['simulate', WORD_COUNT, `--max-file-size=${size}`])).code).toBe(0);
  });

  it('--max-tasks and --max-partitions hold for plan and simulate alike', async () => {
    for (const command of ['plan', 'simulate']) {
      const tasks = await run([command, WORD_COUNT, '--max-tasks', '1']);
      expect(tasks.code).toBe(1);
      expect(tasks.lines[0]).toMatch(
        /the plan has \d+ tasks, over the limit of 1 tasks \(maxTasks; raise it with --max-tasks N\)$/,
      );
      const parts = await run([command, WORD_COUNT, '--max-partitions', '1']);
      expect(parts.code).toBe(1);
      expect(parts.lines[0]).toContain('(maxPartitions; raise it with --max-partitions N)');
    }
  });

  it('an error from the file system (a directory for FILE) is one line, --debug or not', async () => {
    for (const argv of [
      ['plan', dir],
      ['plan', dir, '--debug'],
      ['simulate', dir],
      ['import', join(dir, 'none')],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(1);
      expect(r.lines).toHaveLength(1);
      noStack(r.stderr);
    }
  });
});
