/**
 * Trace → Spark 3.5 event log → trace: reading a written log gives the same trace and the same
 * import summary (DESIGN.md: "a simulated trace can be written out as a Spark event log, and
 * reading it back gives the same trace").
 */
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { schedulerStep } from '../../../src/model/trace/scheduler-steps.ts';
import { unknownApp } from '../../../src/model/trace/trace.ts';
import { eventLogLines, writeEventLog } from '../../../src/model/event-log/write.ts';
import { SHARED_LOG_NAMES, importBytes, importText, readSharedLog } from './shared-logs.ts';

describe('writeEventLog', () => {
  it.each(SHARED_LOG_NAMES)(
    '%s: read → write → read gives the same import summary and the same events',
    async (name) => {
      const first = await importBytes(readSharedLog(name));
      const written = writeEventLog(first.trace);
      const second = await importText(written);
      expect(second.warnings).toEqual([]);
      expect(importSummary(second.application)).toEqual(importSummary(first.application));
      expect(second.trace.events).toEqual(first.trace.events);
      expect(second.trace.app).toEqual(first.trace.app);
    },
  );

  it('uses JsonProtocol names: short core event names, Title-Case keys, nested "Stage Info"/"Task Info"/"Task Metrics"', async () => {
    const { trace } = await importBytes(readSharedLog('local-1642039451826'));
    const events = [...eventLogLines(trace)].map((l) => JSON.parse(l) as Record<string, unknown>);
    const taskEnd = events.find((e) => e['Event'] === 'SparkListenerTaskEnd')!;
    expect(Object.keys(taskEnd)).toEqual([
      'Event',
      'Stage ID',
      'Stage Attempt ID',
      'Task Type',
      'Task End Reason',
      'Task Info',
      'Task Metrics',
    ]);
    expect(taskEnd['Task End Reason']).toEqual({ Reason: 'Success' });
    expect(Object.keys(taskEnd['Task Metrics'] as object)).toContain('Shuffle Read Metrics');
    const jobStart = events.find((e) => e['Event'] === 'SparkListenerJobStart')!;
    expect(Object.keys(jobStart)).toEqual([
      'Event',
      'Job ID',
      'Submission Time',
      'Stage Infos',
      'Stage IDs',
      'Properties',
    ]);
    expect(jobStart['Properties']).toEqual({ 'spark.sql.execution.id': '0' });
    expect(events.filter((e) => String(e['Event']).endsWith('SQLExecutionStart'))).toHaveLength(2);
  });

  it('writes each exclusion event under its old and new name, as Spark ≥ 3.1 does, and reads one back', async () => {
    const { trace } = await importBytes(readSharedLog('app-20161115172038-0000'));
    const names = [...eventLogLines(trace)].map((l) => String(JSON.parse(l)['Event']));
    expect(names.filter((n) => n.endsWith('SparkListenerExecutorBlacklisted'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('SparkListenerExecutorExcluded'))).toHaveLength(2);
  });

  it('writes no line for scheduler steps', () => {
    const text = writeEventLog({
      app: unknownApp(),
      executors: [],
      events: [schedulerStep('runJob', 1, { jobId: 0 }), { kind: 'applicationEnd', time: 2, exitCode: null }],
    });
    expect(text).toBe('{"Event":"SparkListenerApplicationEnd","Timestamp":2}\n');
  });
});
