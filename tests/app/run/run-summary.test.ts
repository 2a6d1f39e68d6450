import { describe, expect, it } from 'vitest';
import { compareRuns, summarizeRun } from '../../../src/app/run/run-summary.ts';
import { simulate } from '../../../src/model/index.ts';
import { wordCount, wordCountTrace } from './word-count-trace.ts';

describe('summarizeRun', () => {
  it('measures jobs from JobStart to JobEnd and counts task attempts per executor', () => {
    const s = summarizeRun(wordCountTrace);
    const events = wordCountTrace.events;
    const start = events.find((e) => e.kind === 'jobStart')!.time;
    const end = events.find((e) => e.kind === 'jobEnd')!.time;
    expect(s.jobs.get(0)).toEqual({ durationMs: end - start, succeeded: true });
    const starts = events.filter((e) => e.kind === 'taskStart').length;
    expect([...s.tasksPerExecutor.values()].reduce((a, b) => a + b, 0)).toBe(starts);
    expect([s.stagesResubmitted, s.failedTasks]).toEqual([0, 0]);
  });

  it('counts failed attempts and resubmitted stage attempts of a run with faults', () => {
    // A task failing twice is retried, and each fetch failure resubmits the map stage.
    const trace = simulate(
      wordCount,
      {},
      {
        faults: [
          { kind: 'fail-task', stage: 0, partition: 0, times: 2 },
          { kind: 'fetch-failure', stage: 1, partition: 0, times: 1 },
        ],
      },
    );
    const s = summarizeRun(trace);
    expect(s.failedTasks).toBe(
      trace.events.filter(
        (e) => e.kind === 'taskEnd' && e.reason.kind !== 'success' && e.reason.kind !== 'taskKilled',
      ).length,
    );
    expect(s.failedTasks).toBeGreaterThanOrEqual(3);
    expect(s.stagesResubmitted).toBeGreaterThanOrEqual(1);
  });
});

describe('compareRuns', () => {
  it('lists the application, each job, each executor of either run, resubmissions and failures', () => {
    const before = summarizeRun(wordCountTrace);
    const after = summarizeRun(simulate(wordCount, { executorCount: 4 }));
    const rows = compareRuns(before, after);
    expect(rows.map((r) => r.metric.kind)).toEqual([
      'duration',
      'job',
      'executor',
      'executor',
      'executor',
      'executor',
      'resubmitted',
      'failed',
    ]);
    const executors = rows.filter((r) => r.metric.kind === 'executor');
    expect(executors.map((r) => r.before)).toEqual([
      before.tasksPerExecutor.get('0'),
      before.tasksPerExecutor.get('1'),
      null,
      null,
    ]);
    expect(executors.every((r) => r.after !== null)).toBe(true);
  });
});
