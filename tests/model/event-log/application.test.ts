/**
 * History Server rules on a stage retry after a fetch failure (spark-rules.md;
 * eventlog-format.md §4): each attempt is its own stage entry, a FetchFailed stage attempt is FAILED,
 * a Resubmitted task end (no TaskStart) counts as FAILED, and the retried attempt belongs to the job.
 * The log is written by hand in Spark's format, in the event order describes.
 */
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { importText } from './shared-logs.ts';

const stageInfo = (id: number, attempt: number, extra: Record<string, unknown> = {}) => ({
  'Stage ID': id,
  'Stage Attempt ID': attempt,
  'Stage Name': id === 0 ? 'map at x:1' : 'collect at x:2',
  'Number of Tasks': 2,
  'RDD Info': [{ 'RDD ID': id, Name: 'r', 'Parent IDs': id === 0 ? [] : [0], 'Number of Partitions': 2 }],
  'Parent IDs': id === 0 ? [] : [0],
  ...extra,
});

const taskInfo = (tid: number, index: number, attempt: number, launch: number, finish: number) => ({
  'Task ID': tid,
  Index: index,
  Attempt: attempt,
  'Launch Time': launch,
  'Executor ID': tid % 2 === 0 ? '1' : '2',
  Host: tid % 2 === 0 ? 'hA' : 'hB',
  Locality: 'PROCESS_LOCAL',
  Speculative: false,
  'Getting Result Time': 0,
  'Finish Time': finish,
  Failed: false,
  Killed: false,
});

const start = (stage: number, attempt: number, tid: number, index: number, t: number) => ({
  Event: 'SparkListenerTaskStart',
  'Stage ID': stage,
  'Stage Attempt ID': attempt,
  'Task Info': taskInfo(tid, index, 0, t, 0),
});
const end = (stage: number, attempt: number, tid: number, index: number, t: number, reason: object) => ({
  Event: 'SparkListenerTaskEnd',
  'Stage ID': stage,
  'Stage Attempt ID': attempt,
  'Task Type': stage === 0 ? 'ShuffleMapTask' : 'ResultTask',
  'Task End Reason': reason,
  'Task Info': taskInfo(tid, index, 0, t - 10, t),
});
const ok = { Reason: 'Success' };

const log = [
  { Event: 'SparkListenerApplicationStart', 'App Name': 'retry', 'App ID': 'app-1', Timestamp: 1, User: 'u' },
  {
    Event: 'SparkListenerJobStart',
    'Job ID': 0,
    'Submission Time': 100,
    'Stage Infos': [stageInfo(0, 0), stageInfo(1, 0)],
    'Stage IDs': [0, 1],
  },
  { Event: 'SparkListenerStageSubmitted', 'Stage Info': stageInfo(0, 0, { 'Submission Time': 110 }) },
  start(0, 0, 0, 0, 120),
  start(0, 0, 1, 1, 120),
  end(0, 0, 0, 0, 150, ok),
  end(0, 0, 1, 1, 160, ok),
  {
    Event: 'SparkListenerStageCompleted',
    'Stage Info': stageInfo(0, 0, { 'Submission Time': 110, 'Completion Time': 160 }),
  },
  { Event: 'SparkListenerStageSubmitted', 'Stage Info': stageInfo(1, 0, { 'Submission Time': 170 }) },
  start(1, 0, 2, 0, 180),
  start(1, 0, 3, 1, 180),
  {
    Event: 'SparkListenerExecutorRemoved',
    Timestamp: 190,
    'Executor ID': '2',
    'Removed Reason': 'worker lost',
  },
  // the finished map task whose output lived on executor 2 is marked Resubmitted.
  end(0, 0, 1, 1, 190, { Reason: 'Resubmitted' }),
  end(1, 0, 3, 1, 195, {
    Reason: 'ExecutorLostFailure',
    'Executor ID': '2',
    'Exit Caused By App': false,
    'Loss Reason': 'worker lost',
  }),
  end(1, 0, 2, 0, 200, {
    Reason: 'FetchFailed',
    'Block Manager Address': { 'Executor ID': '2', Host: 'hB', Port: 7337 },
    'Shuffle ID': 0,
    'Map ID': 1,
    'Map Index': 1,
    'Reduce ID': 0,
    Message: 'missing output',
  }),
  {
    Event: 'SparkListenerStageCompleted',
    'Stage Info': stageInfo(1, 0, {
      'Submission Time': 170,
      'Completion Time': 200,
      'Failure Reason': 'FetchFailed(…)',
    }),
  },
  {
    Event: 'SparkListenerStageSubmitted',
    'Stage Info': stageInfo(0, 1, { 'Number of Tasks': 1, 'Submission Time': 400 }),
  },
  start(0, 1, 4, 0, 410),
  end(0, 1, 4, 0, 450, ok),
  {
    Event: 'SparkListenerStageCompleted',
    'Stage Info': stageInfo(0, 1, { 'Number of Tasks': 1, 'Submission Time': 400, 'Completion Time': 450 }),
  },
  { Event: 'SparkListenerStageSubmitted', 'Stage Info': stageInfo(1, 1, { 'Submission Time': 460 }) },
  start(1, 1, 5, 0, 470),
  start(1, 1, 6, 1, 470),
  end(1, 1, 5, 0, 500, ok),
  end(1, 1, 6, 1, 510, ok),
  {
    Event: 'SparkListenerStageCompleted',
    'Stage Info': stageInfo(1, 1, { 'Submission Time': 460, 'Completion Time': 510 }),
  },
  {
    Event: 'SparkListenerJobEnd',
    'Job ID': 0,
    'Completion Time': 520,
    'Job Result': { Result: 'JobSucceeded' },
  },
];

describe('a stage retried after a fetch failure', () => {
  it('lists each stage attempt with its status, task outcomes and the job', async () => {
    const result = await importText(log.map((e) => JSON.stringify(e)).join('\n') + '\n');
    expect(result.warnings).toEqual([]);
    const s = importSummary(result.application);
    expect(s.stages.map((st) => [st.stageId, st.attemptId, st.status, st.jobIds, st.tasks])).toEqual([
      [0, 0, 'COMPLETE', [0], { succeeded: 2, failed: 1, killed: 0 }],
      [0, 1, 'COMPLETE', [0], { succeeded: 1, failed: 0, killed: 0 }],
      [1, 0, 'FAILED', [0], { succeeded: 0, failed: 2, killed: 0 }],
      [1, 1, 'COMPLETE', [0], { succeeded: 2, failed: 0, killed: 0 }],
    ]);
    expect(s.jobs).toEqual([
      {
        jobId: 0,
        status: 'SUCCEEDED',
        stageIds: [0, 1],
        skippedStageIds: [],
        numTasks: 4,
        submissionTime: 100,
        completionTime: 520,
      },
    ]);
    expect(s.tasks).toEqual({ total: 8, succeeded: 5, failed: 3, killed: 0 });
    expect(result.application.stages[2]!.failureReason).toBe('FetchFailed(…)');
    expect(result.application.tasks.get(2)!.reason).toEqual({
      kind: 'fetchFailed',
      blockManager: { executorId: '2', host: 'hB', port: 7337 },
      shuffleId: 0,
      mapId: 1,
      mapIndex: 1,
      reduceId: 0,
      message: 'missing output',
    });
    expect(result.application.tasks.get(3)!.reason).toMatchObject({
      kind: 'executorLostFailure',
      exitCausedByApp: false,
    });
  });

  it('round-trips through the writer', async () => {
    const { writeEventLog } = await import('../../../src/model/event-log/write.ts');
    const first = await importText(log.map((e) => JSON.stringify(e)).join('\n'));
    const second = await importText(writeEventLog(first.trace));
    expect(second.trace.events).toEqual(first.trace.events);
  });
});
