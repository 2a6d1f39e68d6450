/**
 * Spark's listener events (core/src/main/scala/org/apache/spark/scheduler/SparkListener.scala, and the
 * SQL ones from sql/core …/execution/ui/SQLListener.scala) as typed, readonly, camelCase values.
 *
 * Contract: every event has `kind` and `time` (epoch ms). `time` is the event's own timestamp where
 * Spark records one (see each event); where the log has none (JobStart/JobEnd of Spark 1.2, the
 * EnvironmentUpdate, LogStart) it is the time of the previous event in posting order, so `time`
 * never goes backwards because of a missing value. Fields that a log may lack are `null`, never
 * guessed. Events Spark posts under two names (the `…Blacklisted` / `…Excluded` pairs since 3.1)
 * appear once.
 */
import type { StageInfo } from './stage-info.ts';
import type { TaskEndReason } from './task-end-reason.ts';
import type { TaskMetrics } from './task-metrics.ts';

export type Locality = 'PROCESS_LOCAL' | 'NODE_LOCAL' | 'NO_PREF' | 'RACK_LOCAL' | 'ANY';

/** `TaskInfo` ("Task Info"). Times are epoch ms, 0 when not set (as Spark writes them). */
export interface TaskInfo {
  readonly taskId: number;
  /** Position in the stage attempt's task set. */
  readonly index: number;
  readonly attempt: number;
  /** "Partition ID" (3.3+); −1 when absent, as the REST API shows it. */
  readonly partitionId: number;
  readonly launchTime: number;
  readonly gettingResultTime: number;
  readonly finishTime: number;
  readonly executorId: string;
  readonly host: string;
  readonly locality: Locality;
  readonly speculative: boolean;
  readonly failed: boolean;
  readonly killed: boolean;
}

/** Scheduling-relevant properties of a job (its "Properties"); null when not set. */
export interface JobProperties {
  readonly sqlExecutionId: number | null;
  readonly jobGroup: string | null;
  readonly description: string | null;
  readonly schedulerPool: string | null;
}

export type JobResult =
  { readonly kind: 'succeeded' } | { readonly kind: 'failed'; readonly message: string };

export interface StageRef {
  readonly stageId: number;
  readonly attemptId: number;
}

interface At<K extends string> {
  readonly kind: K;
  readonly time: number;
}

/** SparkListenerLogStart (1.3+): the Spark version that wrote the log. */
export interface LogStart extends At<'logStart'> {
  readonly sparkVersion: string;
}
export interface ApplicationStart extends At<'applicationStart'> {
  readonly appId: string | null;
  readonly appName: string;
  readonly attemptId: string | null;
  readonly user: string;
}
export interface ApplicationEnd extends At<'applicationEnd'> {
  /** "ExitCode" (4.x); null when absent. */
  readonly exitCode: number | null;
}
/** SparkListenerEnvironmentUpdate, reduced to the Spark properties that matter for scheduling. */
export interface EnvironmentUpdate extends At<'environmentUpdate'> {
  readonly sparkProperties: Readonly<Record<string, string>>;
}
export interface ExecutorAdded extends At<'executorAdded'> {
  readonly executorId: string;
  readonly host: string;
  readonly totalCores: number;
}
export interface ExecutorRemoved extends At<'executorRemoved'> {
  readonly executorId: string;
  readonly reason: string;
}
export interface BlockManagerAdded extends At<'blockManagerAdded'> {
  readonly executorId: string;
  readonly host: string;
  readonly port: number;
  readonly maxMemory: number;
  /** Whether the log had a "Timestamp" (very old logs do not). */
  readonly timed: boolean;
}
export interface BlockManagerRemoved extends At<'blockManagerRemoved'> {
  readonly executorId: string;
  readonly host: string;
  readonly port: number;
}
export interface JobStart extends At<'jobStart'> {
  readonly jobId: number;
  /** "Submission Time" (1.3+); null in 1.2 logs. */
  readonly submissionTime: number | null;
  /** Every stage of the job, including those that will be skipped. */
  readonly stageInfos: readonly StageInfo[];
  /** "Stage IDs" as the log lists them (not sorted). */
  readonly stageIds: readonly number[];
  readonly properties: JobProperties;
}
export interface JobEnd extends At<'jobEnd'> {
  readonly jobId: number;
  /** "Completion Time" (1.3+); null in 1.2 logs. */
  readonly completionTime: number | null;
  readonly result: JobResult;
}
/** `time` = the stage's submission time. */
export interface StageSubmitted extends At<'stageSubmitted'> {
  readonly stage: StageInfo;
}
/** `time` = the stage's completion time. `stage.failureReason` is set when the attempt failed. */
export interface StageCompleted extends At<'stageCompleted'> {
  readonly stage: StageInfo;
}
/** `time` = the task's launch time. */
export interface TaskStart extends At<'taskStart'> {
  readonly stageId: number;
  readonly stageAttemptId: number;
  readonly task: TaskInfo;
}
/** Posted for results larger than 1 MiB (an IndirectTaskResult); `time` = getting-result time. */
export interface TaskGettingResult extends At<'taskGettingResult'> {
  readonly task: TaskInfo;
}
/** `time` = the task's finish time (the event's time when Spark wrote no finish time). */
export interface TaskEnd extends At<'taskEnd'> {
  readonly stageId: number;
  readonly stageAttemptId: number;
  /** "ShuffleMapTask" or "ResultTask" (as the log writes it). */
  readonly taskType: string;
  readonly reason: TaskEndReason;
  readonly task: TaskInfo;
  /** Null when the log has no metrics (some failures). */
  readonly metrics: TaskMetrics | null;
}
export interface SpeculativeTaskSubmitted extends At<'speculativeTaskSubmitted'> {
  readonly stageId: number;
  readonly stageAttemptId: number;
  /** The task index being copied; null before Spark 3.2. */
  readonly taskIndex: number | null;
}
/** `…ExecutorExcluded` / `…ExecutorBlacklisted` (and their `…ForStage` forms, which set `stage`). */
export interface ExecutorExcluded extends At<'executorExcluded'> {
  readonly executorId: string;
  readonly taskFailures: number;
  readonly stage: StageRef | null;
}
export interface ExecutorUnexcluded extends At<'executorUnexcluded'> {
  readonly executorId: string;
}
/** `…NodeExcluded` / `…NodeBlacklisted` (and their `…ForStage` forms). */
export interface NodeExcluded extends At<'nodeExcluded'> {
  readonly host: string;
  readonly executorFailures: number;
  readonly stage: StageRef | null;
}
export interface NodeUnexcluded extends At<'nodeUnexcluded'> {
  readonly host: string;
}
export interface SqlExecutionStart extends At<'sqlExecutionStart'> {
  readonly executionId: number;
  readonly description: string;
}
export interface SqlExecutionEnd extends At<'sqlExecutionEnd'> {
  readonly executionId: number;
  /** "errorMessage" (3.4+); null when the execution succeeded or the log does not say. */
  readonly errorMessage: string | null;
}

export type ListenerEvent =
  | LogStart
  | ApplicationStart
  | ApplicationEnd
  | EnvironmentUpdate
  | ExecutorAdded
  | ExecutorRemoved
  | BlockManagerAdded
  | BlockManagerRemoved
  | JobStart
  | JobEnd
  | StageSubmitted
  | StageCompleted
  | TaskStart
  | TaskGettingResult
  | TaskEnd
  | SpeculativeTaskSubmitted
  | ExecutorExcluded
  | ExecutorUnexcluded
  | NodeExcluded
  | NodeUnexcluded
  | SqlExecutionStart
  | SqlExecutionEnd;

export type ListenerEventKind = ListenerEvent['kind'];
