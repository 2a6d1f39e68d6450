/**
 * The five real Spark logs of ../shared/eventlogs import with the facts a reading of their lines
 * gives. Every expected value below was read from the raw JSON lines (python/jq over the log) and
 * from SOURCE.md's table, not from the importer's output; the line numbers cited are the log's.
 * Status rules: eventlog-format.md §4 and spark-rules.md R-9.3 (skipped = listed, never submitted).
 */
import { describe, expect, it } from 'vitest';
import { buildLineage } from '../../../src/model/event-log/application/lineage.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { importBytes, readSharedLog, summaryOf } from './shared-logs.ts';

const counts = (succeeded: number, failed: number, killed: number) => ({ succeeded, failed, killed });

describe('local-1422981780767 (Spark 1.2.0: no LogStart, no job times, no Parent IDs)', () => {
  it('reads the application, the driver from its BlockManagerAdded, and no Spark version', async () => {
    const s = await summaryOf(readSharedLog('local-1422981780767'));
    expect(s.sparkVersion).toBeNull();
    expect(s.app).toEqual({
      id: 'local-1422981780767',
      name: 'Spark shell',
      startTime: 1422981779720,
      endTime: 1422981788731,
    });
    expect(s.executors).toEqual([
      {
        executorId: 'driver',
        host: 'localhost',
        totalCores: 0,
        addTime: 1422981780906,
        removeTime: null,
        removeReason: null,
      },
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('has jobs 0 and 2 SUCCEEDED and job 1 FAILED, without submission or completion times', async () => {
    const s = await summaryOf(readSharedLog('local-1422981780767'));
    expect(s.jobs).toEqual([
      {
        jobId: 0,
        status: 'SUCCEEDED',
        stageIds: [0],
        skippedStageIds: [],
        numTasks: 8,
        submissionTime: null,
        completionTime: null,
      },
      {
        jobId: 1,
        status: 'FAILED',
        stageIds: [1, 2],
        skippedStageIds: [],
        numTasks: 16,
        submissionTime: null,
        completionTime: null,
      },
      {
        jobId: 2,
        status: 'SUCCEEDED',
        stageIds: [3],
        skippedStageIds: [],
        numTasks: 8,
        submissionTime: null,
        completionTime: null,
      },
    ]);
  });

  it('has stage 2 FAILED with one ExceptionFailure, and null parents everywhere', async () => {
    const s = await summaryOf(readSharedLog('local-1422981780767'));
    expect(s.stages).toEqual([
      {
        stageId: 0,
        attemptId: 0,
        status: 'COMPLETE',
        numTasks: 8,
        parentStageIds: null,
        jobIds: [0],
        rddIds: [0],
        tasks: counts(8, 0, 0),
      },
      {
        stageId: 1,
        attemptId: 0,
        status: 'COMPLETE',
        numTasks: 8,
        parentStageIds: null,
        jobIds: [1],
        rddIds: [0, 1],
        tasks: counts(8, 0, 0),
      },
      {
        stageId: 2,
        attemptId: 0,
        status: 'FAILED',
        numTasks: 8,
        parentStageIds: null,
        jobIds: [1],
        rddIds: [2, 3],
        tasks: counts(7, 1, 0),
      },
      {
        stageId: 3,
        attemptId: 0,
        status: 'COMPLETE',
        numTasks: 8,
        parentStageIds: null,
        jobIds: [2],
        rddIds: [5, 6],
        tasks: counts(8, 0, 0),
      },
    ]);
    expect(s.tasks).toEqual({ total: 32, succeeded: 31, failed: 1, killed: 0 });
  });

  it('keeps the failed task (TID 19, index 3, line 59) with its exception, and stage 1 shuffle writes 13180 bytes', async () => {
    const { application } = await importBytes(readSharedLog('local-1422981780767'));
    const task = application.tasks.get(19)!;
    expect(task.status).toBe('FAILED');
    expect(task.info.index).toBe(3);
    expect(task.reason).toEqual({
      kind: 'exceptionFailure',
      className: 'java.lang.RuntimeException',
      description: 'got a 3, failing',
    });
    const written = [...application.tasks.values()]
      .filter((t) => t.stageId === 1)
      .reduce((n, t) => n + (t.metrics?.shuffleBytesWritten ?? 0), 0);
    expect(written).toBe(13180);
    expect(application.stages.find((st) => st.stageId === 2)!.failureReason).toMatch(
      /^Job aborted due to stage failure/,
    );
  });

  it('says the lineage edges are unknown instead of guessing them', async () => {
    const { application } = await importBytes(readSharedLog('local-1422981780767'));
    const lineage = buildLineage(application);
    expect(lineage.parentsKnown).toBe(false);
    expect(lineage.edges).toEqual([]);
    expect(lineage.warnings[0]!.message).toMatch(/does not record the parents/);
    expect(lineage.nodes.map((n) => n.rddId)).toEqual([0, 1, 2, 3, 5, 6]);
  });
});

describe('local-1430917381534 (Spark 1.4.0-SNAPSHOT: still no Parent IDs)', () => {
  it('has one job over a map stage of 100 tasks and a collect stage of 10, parents unknown', async () => {
    const s = await summaryOf(readSharedLog('local-1430917381534'));
    expect(s.sparkVersion).toBe('1.4.0-SNAPSHOT');
    expect(s.jobs).toEqual([
      {
        jobId: 0,
        status: 'SUCCEEDED',
        stageIds: [0, 1],
        skippedStageIds: [],
        numTasks: 110,
        submissionTime: 1430917386422,
        completionTime: 1430917387589,
      },
    ]);
    expect(s.stages.map((st) => [st.stageId, st.status, st.numTasks, st.parentStageIds, st.rddIds])).toEqual([
      [0, 'COMPLETE', 100, null, [0, 1, 2, 3]],
      [1, 'COMPLETE', 10, null, [4]],
    ]);
    expect(s.tasks).toEqual({ total: 110, succeeded: 110, failed: 0, killed: 0 });
  });

  it('reads the 171000-byte, 1000-record shuffle written by stage 0 and read by stage 1', async () => {
    const { application } = await importBytes(readSharedLog('local-1430917381534'));
    const tasks = [...application.tasks.values()];
    const sum = (stageId: number, f: (m: NonNullable<(typeof tasks)[number]['metrics']>) => number) =>
      tasks.filter((t) => t.stageId === stageId).reduce((n, t) => n + (t.metrics ? f(t.metrics) : 0), 0);
    expect(sum(0, (m) => m.shuffleBytesWritten)).toBe(171000);
    expect(sum(0, (m) => m.shuffleRecordsWritten)).toBe(1000);
    expect(sum(1, (m) => m.shuffleRemoteBytesRead + m.shuffleLocalBytesRead)).toBe(171000);
    expect(sum(1, (m) => m.shuffleRecordsRead)).toBe(1000);
  });
});

describe('app-20161115172038-0000 (Spark 2.1: local-cluster, blacklisting)', () => {
  it('has the driver from BlockManagerAdded and 4 executors of 4 cores from ExecutorAdded', async () => {
    const s = await summaryOf(readSharedLog('app-20161115172038-0000'));
    expect(s.executors.map((e) => [e.executorId, e.totalCores, e.addTime])).toEqual([
      ['driver', 0, 1479252038836],
      ['0', 4, 1479252042593],
      ['1', 4, 1479252042629],
      ['2', 4, 1479252042589],
      ['3', 4, 1479252042711],
    ]);
    expect(s.executors.every((e) => e.host === '172.22.0.111' && e.removeTime === null)).toBe(true);
  });

  it('counts 16 successes and 10 ExceptionFailures (two of them retries) in its one stage', async () => {
    const s = await summaryOf(readSharedLog('app-20161115172038-0000'));
    expect(s.jobs.map((j) => [j.jobId, j.status])).toEqual([[0, 'SUCCEEDED']]);
    expect(s.stages).toEqual([
      {
        stageId: 0,
        attemptId: 0,
        status: 'COMPLETE',
        numTasks: 16,
        parentStageIds: [],
        jobIds: [0],
        rddIds: [0, 1],
        tasks: counts(16, 10, 0),
      },
    ]);
    const { application } = await importBytes(readSharedLog('app-20161115172038-0000'));
    const failedRetries = [...application.tasks.values()].filter(
      (t) => t.status === 'FAILED' && t.info.attempt === 1,
    );
    expect(failedRetries.map((t) => [t.taskId, t.info.index]).sort()).toEqual([
      [19, 11],
      [20, 15],
    ]);
  });

  it('keeps the blacklist events (lines 69-74) as exclusion events, written after JobEnd though timed before it', async () => {
    const { trace } = await importBytes(readSharedLog('app-20161115172038-0000'));
    const kinds = trace.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'executorExcluded')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'nodeExcluded')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'executorUnexcluded')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'nodeUnexcluded')).toHaveLength(1);
    const jobEnd = kinds.indexOf('jobEnd');
    expect(kinds.indexOf('executorExcluded')).toBeGreaterThan(jobEnd);
    expect(trace.events[kinds.indexOf('executorExcluded')]!.time).toBeLessThan(trace.events[jobEnd]!.time);
  });
});

describe('application_1628109047826_1317105 (Spark 3.1 on YARN: speculation, dynamic allocation)', () => {
  it('has the driver and 10 executors, 6 of them removed with YARN reasons', async () => {
    const s = await summaryOf(readSharedLog('application_1628109047826_1317105'));
    expect(s.executors.map((e) => e.executorId)).toEqual([
      'driver',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    const removed = s.executors.filter((e) => e.removeTime !== null);
    expect(removed.map((e) => e.executorId)).toEqual(['1', '2', '3', '4', '6', '9']);
    expect(
      removed.every((e) => e.removeReason!.startsWith('Container container_e18_1628109047826_1317105_01_0')),
    ).toBe(true);
    expect(s.executors.find((e) => e.executorId === '1')).toMatchObject({
      host: 'host-25253',
      totalCores: 1,
      addTime: 1628637966675,
      removeTime: 1628638118895,
    });
  });

  it('counts the speculative copy killed after its stage and job ended (line 49) as KILLED', async () => {
    const s = await summaryOf(readSharedLog('application_1628109047826_1317105'));
    expect(s.stages).toEqual([
      {
        stageId: 0,
        attemptId: 0,
        status: 'COMPLETE',
        numTasks: 4,
        parentStageIds: [],
        jobIds: [0],
        rddIds: [0, 1],
        tasks: counts(4, 0, 1),
      },
    ]);
    expect(s.tasks).toEqual({ total: 5, succeeded: 4, failed: 0, killed: 1 });
    const { application } = await importBytes(readSharedLog('application_1628109047826_1317105'));
    const task = application.tasks.get(4)!;
    expect(task.info).toMatchObject({ index: 3, attempt: 1, speculative: true, executorId: '7' });
    expect(task.reason).toEqual({ kind: 'taskKilled', reason: 'another attempt succeeded' });
  });
});

describe('local-1642039451826 (Spark 3.3 SQL with AQE: reused shuffles)', () => {
  it('has 6 SUCCEEDED jobs whose never-submitted stages are SKIPPED (R-9.3)', async () => {
    const s = await summaryOf(readSharedLog('local-1642039451826'));
    expect(s.sparkVersion).toBe('3.3.0-SNAPSHOT');
    expect(s.jobs.map((j) => [j.jobId, j.status, j.stageIds, j.skippedStageIds, j.numTasks])).toEqual([
      [0, 'SUCCEEDED', [0], [], 8],
      [1, 'SUCCEEDED', [1, 2], [1], 18],
      [2, 'SUCCEEDED', [3, 4, 5], [3, 4], 19],
      [3, 'SUCCEEDED', [6], [], 5],
      [4, 'SUCCEEDED', [7, 8], [7], 15],
      [5, 'SUCCEEDED', [9, 10, 11], [9, 10], 16],
    ]);
    expect(s.jobs[2]).toMatchObject({ submissionTime: 1642039497179, completionTime: 1642039497251 });
  });

  it('marks stages 1, 3, 4, 7, 9 and 10 SKIPPED with attempt 0 and no task ends', async () => {
    const s = await summaryOf(readSharedLog('local-1642039451826'));
    expect(s.stages.map((st) => [st.stageId, st.attemptId, st.status])).toEqual([
      [0, 0, 'COMPLETE'],
      [1, 0, 'SKIPPED'],
      [2, 0, 'COMPLETE'],
      [3, 0, 'SKIPPED'],
      [4, 0, 'SKIPPED'],
      [5, 0, 'COMPLETE'],
      [6, 0, 'COMPLETE'],
      [7, 0, 'SKIPPED'],
      [8, 0, 'COMPLETE'],
      [9, 0, 'SKIPPED'],
      [10, 0, 'SKIPPED'],
      [11, 0, 'COMPLETE'],
    ]);
    expect(s.stages.find((st) => st.stageId === 4)).toEqual({
      stageId: 4,
      attemptId: 0,
      status: 'SKIPPED',
      numTasks: 10,
      parentStageIds: [3],
      jobIds: [2],
      rddIds: [5, 6, 7],
      tasks: counts(0, 0, 0),
    });
    expect(s.stages.find((st) => st.stageId === 0)!.rddIds).toEqual([0, 1, 2, 3, 4]);
    expect(s.stages.find((st) => st.stageId === 2)!.parentStageIds).toEqual([1]);
    expect(s.tasks).toEqual({ total: 35, succeeded: 35, failed: 0, killed: 0 });
  });

  it('reads the driver from its local-mode ExecutorAdded (8 cores) and the 2 SQL executions with their jobs', async () => {
    const { application, warnings } = await importBytes(readSharedLog('local-1642039451826'));
    expect(warnings).toEqual([]);
    expect(application.executors).toEqual([
      {
        executorId: 'driver',
        host: '172.22.200.52',
        totalCores: 8,
        addTime: 1642039451891,
        removeTime: null,
        removeReason: null,
      },
    ]);
    expect(
      application.sqlExecutions.map((e) => [e.executionId, e.description, e.startTime, e.endTime]),
    ).toEqual([
      [0, 'count at <console>:23', 1642039495581, 1642039497259],
      [1, 'count at <console>:23', 1642039528290, 1642039528481],
    ]);
    expect(application.sqlExecutions.map((e) => e.jobIds)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(application.app.master).toMatch(/^local/);
  });

  it('builds the lineage with shuffle edges where a parent RDD lies only in another stage', async () => {
    const { application } = await importBytes(readSharedLog('local-1642039451826'));
    const lineage = buildLineage(application);
    expect(lineage.parentsKnown).toBe(true);
    // Stage 0 holds RDDs 0→1→2→3→4 (line 11: parents [], [0], [1], [2], [3]): narrow edges.
    for (const [from, to] of [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]) {
      expect(lineage.edges).toContainEqual({ from, to, shuffle: false });
    }
    // Stage 2 (line 33) has RDD 5 whose parent RDD 4 is only in stages 0, 1 and 3 (lines 11, 32, 57): a shuffle.
    expect(lineage.edges).toContainEqual({ from: 4, to: 5, shuffle: true });
    expect(lineage.nodes.find((n) => n.rddId === 4)!.stageIds).toEqual([0, 1, 3]);
    expect(lineage.nodes.find((n) => n.rddId === 1)!.scope).toEqual({
      id: '1',
      name: 'WholeStageCodegen (1)',
    });
  });

  it('gives the same summary from importSummary(application) as the CLI shape, stages sorted by id', async () => {
    const { application, warnings } = await importBytes(readSharedLog('local-1642039451826'));
    const s = importSummary(application, warnings);
    expect(s.version).toBe(1);
    expect(s.stages.map((st) => st.stageId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
