import { describe, expect, it } from 'vitest';
import { TraceBuilder } from '../../../src/model/trace/trace-builder.ts';
import { indexTrace } from '../../../src/model/trace/trace-index.ts';
import { compareExecutorIds } from '../../../src/model/trace/trace.ts';
import { taskOutcome } from '../../../src/model/trace/task-end-reason.ts';
import { importBytes, readSharedLog } from '../event-log/shared-logs.ts';

describe('TraceBuilder', () => {
  it('gives untimed events at the start (LogStart, EnvironmentUpdate) the first real time', () => {
    const b = new TraceBuilder();
    b.add({ kind: 'logStart', time: 0, sparkVersion: '3.5.0' }, false);
    b.add({ kind: 'environmentUpdate', time: 0, sparkProperties: { 'spark.master': 'local[2]' } }, false);
    b.add({ kind: 'applicationStart', time: 1000, appId: 'a', appName: 'n', attemptId: null, user: 'u' });
    const trace = b.build();
    expect(trace.events.map((e) => e.time)).toEqual([1000, 1000, 1000]);
    expect(trace.app).toMatchObject({ sparkVersion: '3.5.0', master: 'local[2]', id: 'a', startTime: 1000 });
  });

  it('creates an executor on its first ExecutorAdded or BlockManagerAdded, as AppStatusListener does', () => {
    const b = new TraceBuilder();
    b.add({
      kind: 'blockManagerAdded',
      time: 10,
      executorId: '1',
      host: 'h1',
      port: 7,
      maxMemory: 1,
      timed: true,
    });
    b.add({ kind: 'executorAdded', time: 12, executorId: '1', host: 'h1', totalCores: 4 });
    b.add({ kind: 'executorRemoved', time: 20, executorId: '1', reason: 'lost' });
    expect(b.build().executors).toEqual([
      { executorId: '1', host: 'h1', totalCores: 4, addTime: 10, removeTime: 20, removeReason: 'lost' },
    ]);
  });
});

describe('compareExecutorIds', () => {
  it('puts the driver first, then numeric ids numerically, then other ids', () => {
    expect(['10', 'b', 'driver', '2', 'a', '1'].sort(compareExecutorIds)).toEqual([
      'driver',
      '1',
      '2',
      '10',
      'a',
      'b',
    ]);
  });
});

describe('indexTrace', () => {
  it('orders events by time, ties in posting order, and finds each task’s start and end', async () => {
    const { trace } = await importBytes(readSharedLog('application_1628109047826_1317105'));
    const index = indexTrace(trace);
    const times = Array.from(index.byTime, (i) => trace.events[i]!.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(index.byTime).toHaveLength(trace.events.length);
    // The killed speculative copy (TID 4) ends after the job's JobEnd in posting order.
    const end = index.taskEnd.get(4)!;
    expect(trace.events[end]!.kind).toBe('taskEnd');
    expect(end).toBeGreaterThan(trace.events.findIndex((e) => e.kind === 'jobEnd'));
    expect(index.startTime).toBe(Math.min(...trace.events.map((e) => e.time)));
  });
});

describe('taskOutcome', () => {
  it('maps reasons as the REST API does: killed and commit-denied are KILLED, Resubmitted is FAILED', () => {
    expect(taskOutcome({ kind: 'success' })).toBe('SUCCESS');
    expect(taskOutcome({ kind: 'taskKilled', reason: 'r' })).toBe('KILLED');
    expect(taskOutcome({ kind: 'taskCommitDenied', jobId: 1, partitionId: 1, attemptNumber: 0 })).toBe(
      'KILLED',
    );
    expect(taskOutcome({ kind: 'resubmitted' })).toBe('FAILED');
    expect(
      taskOutcome({ kind: 'executorLostFailure', executorId: '1', exitCausedByApp: false, lossReason: null }),
    ).toBe('FAILED');
  });
});
