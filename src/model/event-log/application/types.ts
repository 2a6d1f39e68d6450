/**
 * An application as the History Server reconstructs it from listener events (AppStatusListener):
 * jobs, stage attempts, tasks and SQL executions, with the status words of its REST API. Built from
 * a trace by `ApplicationBuilder`, whichever producer made the trace.
 */
import type { TaskInfo } from '../../trace/listener-events.ts';
import type { RddInfo } from '../../trace/stage-info.ts';
import type { TaskEndReason } from '../../trace/task-end-reason.ts';
import type { TaskMetrics } from '../../trace/task-metrics.ts';
import type { TraceApp, TraceExecutor } from '../../trace/trace.ts';

export type JobStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export type StageStatus = 'ACTIVE' | 'COMPLETE' | 'FAILED' | 'PENDING' | 'SKIPPED';
export type TaskStatus = 'RUNNING' | 'SUCCESS' | 'FAILED' | 'KILLED';

export interface TaskCounts {
  readonly succeeded: number;
  readonly failed: number;
  readonly killed: number;
}

export interface AppJob {
  readonly jobId: number;
  /** The name the REST API shows: the name of the job's highest stage id. */
  readonly name: string;
  readonly status: JobStatus;
  /** As the log lists them (not sorted). */
  readonly stageIds: readonly number[];
  /** Stages of the job still PENDING when the job ended, ascending. */
  readonly skippedStageIds: readonly number[];
  /** Tasks of the stages not already completed at JobStart (AppStatusListener.onJobStart). */
  readonly numTasks: number;
  readonly submissionTime: number | null;
  readonly completionTime: number | null;
  /** The JobFailed exception message; null unless FAILED. */
  readonly failure: string | null;
  readonly sqlExecutionId: number | null;
}

export interface AppStageAttempt {
  readonly stageId: number;
  readonly attemptId: number;
  readonly name: string;
  readonly status: StageStatus;
  readonly numTasks: number;
  /** Null when the log does not record parents (Spark ≤ 1.4). */
  readonly parentStageIds: readonly number[] | null;
  /** Ascending. */
  readonly jobIds: readonly number[];
  /** In the log's order. */
  readonly rddInfos: readonly RddInfo[];
  readonly details: string;
  readonly submissionTime: number | null;
  readonly completionTime: number | null;
  readonly failureReason: string | null;
  /** Task ends of this attempt by outcome. */
  readonly tasks: TaskCounts;
  /** Distinct task indexes with a successful end (`numCompletedIndices`). */
  readonly completedIndices: number;
}

export interface AppTask {
  readonly taskId: number;
  readonly stageId: number;
  readonly stageAttemptId: number;
  /** From the TaskEnd when the task ended, else from the TaskStart. */
  readonly info: TaskInfo;
  readonly taskType: string | null;
  readonly status: TaskStatus;
  readonly reason: TaskEndReason | null;
  readonly metrics: TaskMetrics | null;
}

export interface AppSqlExecution {
  readonly executionId: number;
  readonly description: string;
  readonly startTime: number;
  readonly endTime: number | null;
  readonly errorMessage: string | null;
  /** Jobs whose "spark.sql.execution.id" property names this execution, ascending. */
  readonly jobIds: readonly number[];
}

export interface Application {
  readonly app: TraceApp;
  readonly executors: readonly TraceExecutor[];
  /** Sorted by job id. */
  readonly jobs: readonly AppJob[];
  /** One per stage attempt, sorted by stage id then attempt id. */
  readonly stages: readonly AppStageAttempt[];
  /** By task id; the last TaskEnd wins for a task that ended twice (Resubmitted). */
  readonly tasks: ReadonlyMap<number, AppTask>;
  /** Every TaskEnd of the log, by outcome. */
  readonly taskTotals: TaskCounts & { readonly total: number };
  readonly sqlExecutions: readonly AppSqlExecution[];
}
