/**
 * Spark is the judge: logs written by Spark 3.5.9 (fixtures/eventlogs/spark-3.5-rest, plain and with
 * every codec) import to what Spark's own REST API said about the same running application
 * (AppStatusListener, which the History Server also replays logs with).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEventLog } from '../../../src/model/event-log/importer.ts';
import { REPO_ROOT } from './shared-logs.ts';

const DIR = join(REPO_ROOT, 'fixtures', 'eventlogs', 'spark-3.5-rest');
const LOGS = readdirSync(DIR).filter((f) => /^local-\d+(\.(lz4|lzf|snappy|zstd))?$/.test(f));

interface RestJob {
  jobId: number;
  status: string;
  stageIds: number[];
  numTasks: number;
  numSkippedStages: number;
  submissionTime?: string;
  completionTime?: string;
}
interface RestStage {
  stageId: number;
  attemptId: number;
  status: string;
  numTasks: number;
  numCompleteTasks: number;
  numFailedTasks: number;
  numKilledTasks: number;
  numCompletedIndices: number;
  rddIds: number[];
  submissionTime?: string;
  completionTime?: string;
  failureReason?: string;
}
interface RestExecutor {
  id: string;
  hostPort: string;
  totalCores: number;
  addTime: string;
  removeTime?: string;
}
interface Rest {
  jobs: RestJob[];
  stages: RestStage[];
  executors: RestExecutor[];
}

/** The REST API's time format, `yyyy-MM-dd'T'HH:mm:ss.SSS'GMT'`. */
function restTime(ms: number | null): string | undefined {
  return ms === null ? undefined : new Date(ms).toISOString().replace('Z', 'GMT');
}

const byNumber = (a: number, b: number) => a - b;

describe.each(LOGS)('%s', (file) => {
  const rest = JSON.parse(readFileSync(join(DIR, `${file}.rest.json`), 'utf8')) as Rest;
  const load = async () => {
    const result = await importEventLog([new Uint8Array(readFileSync(join(DIR, file)))], { fileName: file });
    expect(result.warnings).toEqual([]);
    return result.application;
  };

  it('has the jobs of the REST API: status, stages, skipped stages, task count, times', async () => {
    const app = await load();
    const expected = [...rest.jobs]
      .sort((a, b) => a.jobId - b.jobId)
      .map((j) => ({
        jobId: j.jobId,
        status: j.status,
        stageIds: [...j.stageIds].sort(byNumber),
        numSkippedStages: j.numSkippedStages,
        numTasks: j.numTasks,
        submissionTime: j.submissionTime,
        completionTime: j.completionTime,
      }));
    expect(
      app.jobs.map((j) => ({
        jobId: j.jobId,
        status: j.status,
        stageIds: [...j.stageIds].sort(byNumber),
        numSkippedStages: j.skippedStageIds.length,
        numTasks: j.numTasks,
        submissionTime: restTime(j.submissionTime),
        completionTime: restTime(j.completionTime),
      })),
    ).toEqual(expected);
    expect(expected.some((j) => j.status === 'FAILED')).toBe(true);
    expect(expected.some((j) => j.numSkippedStages > 0)).toBe(true);
  });

  it('has the stage attempts of the REST API: status, task outcomes, completed indices, RDDs', async () => {
    const app = await load();
    const expected = [...rest.stages]
      .sort((a, b) => a.stageId - b.stageId || a.attemptId - b.attemptId)
      .map((s) => ({
        stageId: s.stageId,
        attemptId: s.attemptId,
        status: s.status,
        numTasks: s.numTasks,
        counts: [s.numCompleteTasks, s.numFailedTasks, s.numKilledTasks],
        numCompletedIndices: s.numCompletedIndices,
        rddIds: [...s.rddIds].sort(byNumber),
        submissionTime: s.submissionTime,
        completionTime: s.completionTime,
        failed: s.failureReason !== undefined,
      }));
    expect(
      app.stages.map((s) => ({
        stageId: s.stageId,
        attemptId: s.attemptId,
        status: s.status,
        numTasks: s.numTasks,
        counts: [s.tasks.succeeded, s.tasks.failed, s.tasks.killed],
        numCompletedIndices: s.completedIndices,
        rddIds: s.rddInfos.map((r) => r.id).sort(byNumber),
        submissionTime: restTime(s.submissionTime),
        completionTime: restTime(s.completionTime),
        failed: s.failureReason !== null,
      })),
    ).toEqual(expected);
  });

  it('has the executors of the REST API', async () => {
    const app = await load();
    expect(
      app.executors.map((e) => ({
        id: e.executorId,
        host: e.host,
        totalCores: e.totalCores,
        addTime: restTime(e.addTime),
        removeTime: restTime(e.removeTime),
      })),
    ).toEqual(
      rest.executors.map((e) => ({
        id: e.id,
        host: e.hostPort.slice(0, e.hostPort.lastIndexOf(':')),
        totalCores: e.totalCores,
        addTime: e.addTime,
        removeTime: e.removeTime,
      })),
    );
  });
});
