/**
 * Why a task attempt ended: Spark's `TaskEndReason` (core/src/main/scala/org/apache/spark/TaskEndReason.scala),
 * as JsonProtocol writes it under "Task End Reason". Stack traces are not kept: a trace stays small, and the
 * views show the exception class and message.
 */

export type TaskEndReason =
  | { readonly kind: 'success' }
  | { readonly kind: 'resubmitted' }
  | {
      readonly kind: 'fetchFailed';
      /** The block manager that held the missing map output; null when the log has no address. */
      readonly blockManager: BlockManagerAddress | null;
      readonly shuffleId: number;
      readonly mapId: number;
      /** Absent before Spark 3.0 (then null). */
      readonly mapIndex: number | null;
      readonly reduceId: number;
      readonly message: string;
    }
  | { readonly kind: 'exceptionFailure'; readonly className: string; readonly description: string }
  | { readonly kind: 'taskResultLost' }
  | { readonly kind: 'taskKilled'; readonly reason: string }
  | {
      readonly kind: 'taskCommitDenied';
      readonly jobId: number | null;
      readonly partitionId: number | null;
      readonly attemptNumber: number | null;
    }
  | {
      readonly kind: 'executorLostFailure';
      readonly executorId: string;
      /** Whether the loss counts toward the task's failure limit; true when the log does not say. */
      readonly exitCausedByApp: boolean;
      readonly lossReason: string | null;
    }
  | { readonly kind: 'unknownReason' };

export type TaskEndReasonKind = TaskEndReason['kind'];

export interface BlockManagerAddress {
  readonly executorId: string;
  readonly host: string;
  readonly port: number;
}

/** The History Server's outcome words (AppStatusListener.onTaskEnd / the REST API's task status). */
export type TaskOutcome = 'SUCCESS' | 'FAILED' | 'KILLED';

/**
 * Success → SUCCESS; TaskKilled and TaskCommitDenied → KILLED; every other reason, Resubmitted
 * included, → FAILED (eventlog-format.md §3, "REST outcome mapping").
 */
export function taskOutcome(reason: TaskEndReason): TaskOutcome {
  switch (reason.kind) {
    case 'success':
      return 'SUCCESS';
    case 'taskKilled':
    case 'taskCommitDenied':
      return 'KILLED';
    default:
      return 'FAILED';
  }
}

/** Shared instances of the reasons that carry no fields, so a million successful tasks share one object. */
export const SUCCESS: TaskEndReason = Object.freeze({ kind: 'success' });
export const RESUBMITTED: TaskEndReason = Object.freeze({ kind: 'resubmitted' });
export const TASK_RESULT_LOST: TaskEndReason = Object.freeze({ kind: 'taskResultLost' });
export const UNKNOWN_REASON: TaskEndReason = Object.freeze({ kind: 'unknownReason' });
