import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { main } from '../../src/cli/stagecraft.ts';
import { readSharedLog, sharedLogLines, sharedLogsDir } from '../model/event-log/shared-logs.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out,
    err,
  };
}

async function run(...args: string[]) {
  const c = capture();
  const code = await main(['import', ...args], c.io);
  return { code, out: c.out.join(''), err: c.err.join('') };
}

const tmp = mkdtempSync(join(tmpdir(), 'stagecraft-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('stagecraft import', () => {
  it('prints the import summary as JSON in the key order of import-output.md', async () => {
    const { code, out, err } = await run(join(sharedLogsDir(), 'local-1642039451826'), '--format', 'json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const summary = JSON.parse(out);
    expect(Object.keys(summary)).toEqual([
      'version',
      'sparkVersion',
      'app',
      'executors',
      'jobs',
      'stages',
      'tasks',
      'warnings',
    ]);
    expect(summary.app).toEqual({
      id: 'local-1642039451826',
      name: 'Spark shell',
      startTime: 1642039450519,
      endTime: 1642039536564,
    });
    // The example job of import-output.md.
    expect(summary.jobs[2]).toEqual({
      jobId: 2,
      status: 'SUCCEEDED',
      stageIds: [3, 4, 5],
      skippedStageIds: [3, 4],
      numTasks: 19,
      submissionTime: 1642039497179,
      completionTime: 1642039497251,
    });
    expect(summary.stages[3]).toEqual({
      stageId: 3,
      attemptId: 0,
      status: 'SKIPPED',
      numTasks: 8,
      parentStageIds: [],
      jobIds: [2],
      rddIds: [0, 1, 2, 3, 4],
      tasks: { succeeded: 0, failed: 0, killed: 0 },
    });
    expect(summary.tasks).toEqual({ total: 35, succeeded: 35, failed: 0, killed: 0 });
  });

  it('prints a readable text summary by default', async () => {
    const { code, out } = await run(join(sharedLogsDir(), 'local-1422981780767'));
    expect(code).toBe(0);
    expect(out).toContain('Application local-1422981780767 "Spark shell"');
    expect(out).toContain('job 1 FAILED: stages 1, 2');
    expect(out).toContain('stage 2.0 FAILED: 8 tasks, parents unknown');
    expect(out).toContain('Tasks: 32 ended: 31 succeeded, 1 failed, 0 killed');
  });

  it('reads a rolling directory as its events_N files in numeric order', async () => {
    const lines = sharedLogLines('local-1642039451826');
    const dir = join(tmp, 'eventlog_v2_local-1642039451826');
    mkdirSync(dir);
    // events_10 sorts after events_2 only numerically.
    writeFileSync(join(dir, 'events_1_local-1642039451826'), lines.slice(0, 40).join('\n') + '\n');
    writeFileSync(join(dir, 'events_2_local-1642039451826'), lines.slice(40, 80).join('\n') + '\n');
    writeFileSync(join(dir, 'events_10_local-1642039451826'), lines.slice(80).join('\n') + '\n');
    writeFileSync(join(dir, 'appstatus_local-1642039451826'), '');
    const rolled = await run(dir, '--format=json');
    const single = await run(join(sharedLogsDir(), 'local-1642039451826'), '--format=json');
    expect(rolled.code).toBe(0);
    expect(rolled.out).toBe(single.out);
  });

  it('starts a rolling directory at its last .compact file', async () => {
    const lines = sharedLogLines('local-1430917381534');
    const dir = join(tmp, 'eventlog_v2_local-1430917381534');
    mkdirSync(dir);
    writeFileSync(join(dir, 'events_1_local-1430917381534'), 'replaced by the compact file, never read\n');
    writeFileSync(join(dir, 'events_2_local-1430917381534.compact'), lines.slice(0, 100).join('\n') + '\n');
    writeFileSync(join(dir, 'events_3_local-1430917381534'), lines.slice(100).join('\n') + '\n');
    const { code, out } = await run(dir, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).warnings).toEqual([]);
    expect(JSON.parse(out).tasks.total).toBe(110);
  });

  it('reads a Spark 1.2 legacy directory (EVENT_LOG_1 beside its marker files)', async () => {
    const dir = join(tmp, 'local-1422981780767');
    mkdirSync(dir);
    writeFileSync(join(dir, 'EVENT_LOG_1'), readSharedLog('local-1422981780767'));
    writeFileSync(join(dir, 'SPARK_VERSION_1.2.0'), '');
    writeFileSync(join(dir, 'APPLICATION_COMPLETE'), '');
    const legacy = await run(dir, '--format', 'json');
    const single = await run(join(sharedLogsDir(), 'local-1422981780767'), '--format', 'json');
    expect(legacy.code).toBe(0);
    expect(legacy.out).toBe(single.out);
  });

  it('exits 0 with a warning for an .inprogress log whose last line is cut', async () => {
    const bytes = readSharedLog('local-1430917381534');
    const file = join(tmp, 'local-1430917381534.inprogress');
    // Cut 20 bytes into the last line (231, the ApplicationEnd).
    const lastLineStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
    writeFileSync(file, bytes.subarray(0, lastLineStart + 20));
    const { code, out } = await run(file, '--format', 'json');
    expect(code).toBe(0);
    const warnings = JSON.parse(out).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(231);
    expect(warnings[0].message).toMatch(/^not JSON: /);
  });

  it('exits 1 with one line on standard error when the file cannot be opened', async () => {
    const { code, out, err } = await run(join(tmp, 'no-such-log'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^stagecraft import: cannot open .*no-such-log: ENOENT\n$/);
  });

  it('exits 1 when not one line is a Spark listener event', async () => {
    const file = join(tmp, 'notes.txt');
    writeFileSync(file, 'hello\n{"a": 1}\n');
    const { code, err } = await run(file);
    expect(code).toBe(1);
    expect(err).toBe('stagecraft import: not one line of the log is a Spark listener event\n');
  });

  it('exits 1 when a file named .zstd is not zstd data', async () => {
    const file = join(tmp, 'app.zstd');
    writeFileSync(file, readSharedLog('local-1430917381534'));
    const { code, err } = await run(file);
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(2);
    expect(err).toContain('cannot decompress');
  });

  it('exits 2 with the usage for a missing LOG or a bad format', async () => {
    expect((await run()).code).toBe(2);
    const bad = await run('x', '--format', 'yaml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage: stagecraft import LOG [--format text|json]');
  });
});
