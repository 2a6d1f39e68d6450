/**
 * The import summary, version 1: exactly the shape of shared/spec/import-output.md, with the History
 * Server REST API's field names and status words, so it can be checked against Spark's own view of
 * the same log.
 */
import type { ImportWarning } from '../import-result.ts';
import type { Application, JobStatus, StageStatus, TaskCounts } from './types.ts';

export interface ImportSummary {
  readonly version: 1;
  readonly sparkVersion: string | null;
  readonly app: {
    readonly id: string | null;
    readonly name: string | null;
    readonly startTime: number | null;
    readonly endTime: number | null;
  };
  readonly executors: readonly {
    readonly executorId: string;
    readonly host: string;
    readonly totalCores: number;
    readonly addTime: number | null;
    readonly removeTime: number | null;
    readonly removeReason: string | null;
  }[];
  readonly jobs: readonly {
    readonly jobId: number;
    readonly status: JobStatus;
    readonly stageIds: readonly number[];
    readonly skippedStageIds: readonly number[];
    readonly numTasks: number;
    readonly submissionTime: number | null;
    readonly completionTime: number | null;
  }[];
  readonly stages: readonly {
    readonly stageId: number;
    readonly attemptId: number;
    readonly status: StageStatus;
    readonly numTasks: number;
    readonly parentStageIds: readonly number[] | null;
    readonly jobIds: readonly number[];
    readonly rddIds: readonly number[];
    readonly tasks: TaskCounts;
  }[];
  readonly tasks: TaskCounts & { readonly total: number };
  /** In English: the import output is the CLI's, which writes English. */
  readonly warnings: readonly { readonly line: number; readonly message: string }[];
}

const ascending = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);

export function importSummary(app: Application, warnings: readonly ImportWarning[] = []): ImportSummary {
  return {
    version: 1,
    sparkVersion: app.app.sparkVersion,
    app: { id: app.app.id, name: app.app.name, startTime: app.app.startTime, endTime: app.app.endTime },
    executors: app.executors.map((e) => ({
      executorId: e.executorId,
      host: e.host,
      totalCores: e.totalCores,
      addTime: e.addTime,
      removeTime: e.removeTime,
      removeReason: e.removeReason,
    })),
    jobs: app.jobs.map((j) => ({
      jobId: j.jobId,
      status: j.status,
      stageIds: ascending(j.stageIds),
      skippedStageIds: ascending(j.skippedStageIds),
      numTasks: j.numTasks,
      submissionTime: j.submissionTime,
      completionTime: j.completionTime,
    })),
    stages: app.stages.map((s) => ({
      stageId: s.stageId,
      attemptId: s.attemptId,
      status: s.status,
      numTasks: s.numTasks,
      parentStageIds: s.parentStageIds === null ? null : ascending(s.parentStageIds),
      jobIds: ascending(s.jobIds),
      rddIds: ascending(s.rddInfos.map((r) => r.id)),
      tasks: s.tasks,
    })),
    tasks: {
      total: app.taskTotals.total,
      succeeded: app.taskTotals.succeeded,
      failed: app.taskTotals.failed,
      killed: app.taskTotals.killed,
    },
    warnings: warnings.map((w) => ({ line: w.line, message: w.message })),
  };
}
