/**
 * Untrusted logs (DESIGN.md "Inputs are untrusted"): cut, corrupted, shuffled and damaged logs give
 * warnings naming lines and never throw anything but an ImportError (for a log with no usable event).
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/model/event-log/import-result.ts';
import type { ImportResult } from '../../../src/model/event-log/import-result.ts';
import { SHARED_LOG_NAMES, importBytes, importText, readSharedLog, sharedLogLines } from './shared-logs.ts';

/** A small seeded generator (LCG) so every run damages the logs the same way. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function importOrImportError(bytes: Uint8Array): Promise<ImportResult | null> {
  try {
    return await importBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return null;
  }
}

describe('truncated logs', () => {
  it.each(SHARED_LOG_NAMES)(
    '%s cut at 40 places imports what precedes the cut, with at most one warning',
    async (name) => {
      const bytes = readSharedLog(name);
      const lineStarts = [0];
      bytes.forEach((b, i) => b === 0x0a && lineStarts.push(i + 1));
      for (let k = 1; k <= 40; k++) {
        const cut = Math.floor((bytes.length * k) / 41);
        const result = await importOrImportError(bytes.subarray(0, cut));
        if (!result) continue;
        const cutInsideLine = !lineStarts.includes(cut);
        expect(result.warnings).toHaveLength(cutInsideLine ? 1 : 0);
        if (cutInsideLine) expect(result.warnings[0]!.line).toBe(lineStarts.filter((s) => s < cut).length);
      }
    },
  );
});

describe('corrupted logs', () => {
  it.each(SHARED_LOG_NAMES)(
    '%s with 30 random bytes flipped imports with warnings and no throw',
    async (name) => {
      const random = lcg(42);
      for (let round = 0; round < 10; round++) {
        const bytes = readSharedLog(name).slice();
        for (let i = 0; i < 30; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const result = await importOrImportError(bytes);
        if (result) for (const w of result.warnings) expect(w.line).toBeGreaterThan(0);
      }
    },
  );
});

describe('shuffled logs', () => {
  it.each(SHARED_LOG_NAMES)('%s with its lines shuffled still counts every task end', async (name) => {
    const lines = sharedLogLines(name);
    const random = lcg(7);
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    const taskEnds = lines.filter((l) => l.startsWith('{"Event":"SparkListenerTaskEnd"')).length;
    const result = await importText(lines.join('\n') + '\n');
    expect(result.warnings).toEqual([]);
    expect(result.application.taskTotals.total).toBe(taskEnds);
  });
});

describe('events missing fields', () => {
  it('removing each top-level field of each line never throws, and names the line when the field was required', async () => {
    const lines = sharedLogLines('local-1642039451826');
    for (let n = 0; n < lines.length; n++) {
      const event = JSON.parse(lines[n]!) as Record<string, unknown>;
      for (const key of Object.keys(event)) {
        const damaged = { ...event };
        delete damaged[key];
        const copy = [...lines];
        copy[n] = JSON.stringify(damaged);
        const result = await importText(copy.join('\n'));
        for (const w of result.warnings) expect(w.line).toBe(n + 1);
      }
    }
  });

  it('a JobStart without "Job ID" is skipped with a warning naming line and field', async () => {
    const lines = sharedLogLines('local-1642039451826');
    const jobStart = JSON.parse(lines[9]!) as Record<string, unknown>;
    expect(jobStart['Event']).toBe('SparkListenerJobStart');
    delete jobStart['Job ID'];
    lines[9] = JSON.stringify(jobStart);
    const result = await importText(lines.join('\n'));
    expect(result.warnings).toMatchObject([{ line: 10, message: 'SparkListenerJobStart: missing "Job ID"' }]);
    expect(result.application.jobs.map((j) => j.jobId)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a wrongly typed nested field is named by its path', async () => {
    const text =
      '{"Event":"SparkListenerJobStart","Job ID":0,"Stage Infos":[{"Stage ID":0,"Number of Tasks":2,"RDD Info":[{"RDD ID":"x"}]}],"Stage IDs":[0]}';
    const result = await importText(text);
    expect(result.warnings).toMatchObject([
      {
        line: 1,
        message: 'SparkListenerJobStart: "Stage Infos"[0]."RDD Info"[0]."RDD ID" is "x", not a number',
      },
    ]);
  });
});

describe('odd lines', () => {
  const appStart =
    '{"Event":"SparkListenerApplicationStart","App Name":"a","App ID":"app-1","Timestamp":1000,"User":"u"}';

  it('ignores unknown event types silently and warns about non-JSON and non-event lines', async () => {
    const result = await importText(
      [
        appStart,
        '{"Event":"com.example.MyListenerEvent","x":1}',
        '{"Event":"com.example.SparkListenerApplicationEnd","Timestamp":5}',
        'garbage',
        '[1,2]',
        '',
        '{"no":"event"}',
      ].join('\n'),
    );
    expect(result.warnings.map((w) => w.line)).toEqual([4, 5, 7]);
    expect(result.warnings[0]!.message).toMatch(/^not JSON: /);
    expect(result.warnings[1]!.message).toBe('not a Spark listener event: no "Event" field');
    expect(result.trace.events).toHaveLength(1);
  });

  it('reads a log that starts with a UTF-8 byte-order mark', async () => {
    const result = await importText('\uFEFF' + appStart + '\n');
    expect(result.warnings).toEqual([]);
    expect(result.trace.app.id).toBe('app-1');
  });

  it('survives huge numbers, deep nesting, duplicate ids and a <driver> executor id', async () => {
    const deep =
      '{"Event":"SparkListenerJobEnd","Job ID":0,"Job Result":' +
      '['.repeat(100000) +
      ']'.repeat(100000) +
      '}';
    const jobStart = '{"Event":"SparkListenerJobStart","Job ID":0,"Stage Infos":[],"Stage IDs":[]}';
    const task = (id: number) =>
      `{"Event":"SparkListenerTaskStart","Stage ID":0,"Stage Attempt ID":0,"Task Info":{"Task ID":${id},"Index":0,"Attempt":0,"Launch Time":2000,"Executor ID":"<driver>","Host":"h","Locality":"ANY","Speculative":false,"Getting Result Time":0,"Finish Time":0,"Failed":false,"Accumulables":[]}}`;
    const result = await importText(
      [
        appStart,
        '{"Event":"SparkListenerApplicationEnd","Timestamp":1e400}',
        '{"Event":"SparkListenerApplicationEnd","Timestamp":123456789012345678901234567890}',
        deep,
        jobStart,
        jobStart,
        task(1),
        task(1),
      ].join('\n'),
    );
    expect(result.warnings.map((w) => w.line)).toEqual([2, 4]);
    expect(result.application.jobs).toHaveLength(1);
    expect(result.application.tasks.get(1)!.info.executorId).toBe('driver');
  });

  it('applies state in line order when timestamps disagree (a JobEnd timed before its stage completed)', async () => {
    const info = (extra: string) =>
      `{"Stage ID":0,"Stage Attempt ID":0,"Stage Name":"s","Number of Tasks":1,"RDD Info":[],"Parent IDs":[]${extra}}`;
    const result = await importText(
      [
        `{"Event":"SparkListenerJobStart","Job ID":0,"Submission Time":500,"Stage Infos":[${info('')}],"Stage IDs":[0]}`,
        `{"Event":"SparkListenerStageSubmitted","Stage Info":${info(',"Submission Time":600')}}`,
        `{"Event":"SparkListenerStageCompleted","Stage Info":${info(',"Submission Time":600,"Completion Time":900')}}`,
        '{"Event":"SparkListenerJobEnd","Job ID":0,"Completion Time":100,"Job Result":{"Result":"JobSucceeded"}}',
      ].join('\n'),
    );
    expect(result.application.stages.map((s) => s.status)).toEqual(['COMPLETE']);
    expect(result.application.jobs[0]!.skippedStageIds).toEqual([]);
  });

  it('lists at most maxWarnings warnings, then one that counts the rest', async () => {
    const lines = [appStart, ...Array.from({ length: 50 }, () => 'not json')];
    const { importEventLog } = await import('../../../src/model/event-log/importer.ts');
    const result = await importEventLog([new TextEncoder().encode(lines.join('\n'))], { maxWarnings: 10 });
    expect(result.warnings).toHaveLength(11);
    expect(result.warnings[10]).toMatchObject({ line: 12, message: '40 more lines could not be used' });
  });
});

describe('events Spark writes under two names', () => {
  it('keeps one exclusion event from each …Blacklisted / …Excluded pair (Spark ≥ 3.1)', async () => {
    const pair = (old: string, now: string, fields: string) => [
      `{"Event":"org.apache.spark.scheduler.${old}",${fields}}`,
      `{"Event":"org.apache.spark.scheduler.${now}",${fields}}`,
    ];
    const result = await importText(
      [
        ...pair(
          'SparkListenerExecutorBlacklisted',
          'SparkListenerExecutorExcluded',
          '"time":5,"executorId":"1","taskFailures":2',
        ),
        ...pair(
          'SparkListenerNodeBlacklistedForStage',
          'SparkListenerNodeExcludedForStage',
          '"time":5,"hostId":"h","executorFailures":2,"stageId":3,"stageAttemptId":0',
        ),
        ...pair(
          'SparkListenerExecutorUnblacklisted',
          'SparkListenerExecutorUnexcluded',
          '"time":9,"executorId":"1"',
        ),
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
    expect(result.trace.events).toEqual([
      { kind: 'executorExcluded', time: 5, executorId: '1', taskFailures: 2, stage: null },
      { kind: 'nodeExcluded', time: 5, host: 'h', executorFailures: 2, stage: { stageId: 3, attemptId: 0 } },
      { kind: 'executorUnexcluded', time: 9, executorId: '1' },
    ]);
  });
});
