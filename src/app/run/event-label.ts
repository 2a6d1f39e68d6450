/**
 * A short label for one trace event in the event list: the scheduler step's Spark method, or the
 * listener event's name with the ids it concerns. Made of Spark's own names, so not translated.
 */
import type { TraceEvent } from '../../model/index.ts';

export function eventLabel(e: TraceEvent): string {
  switch (e.kind) {
    case 'step':
      return e.method;
    case 'jobStart':
    case 'jobEnd':
      return `${e.kind} job ${e.jobId}`;
    case 'stageSubmitted':
    case 'stageCompleted':
      return `${e.kind} stage ${e.stage.stageId}.${e.stage.attemptId}`;
    case 'taskStart':
    case 'taskEnd':
      return `${e.kind} task ${e.task.taskId} (stage ${e.stageId}.${e.stageAttemptId}, exec ${e.task.executorId})`;
    case 'taskGettingResult':
      return `${e.kind} task ${e.task.taskId}`;
    case 'executorAdded':
    case 'executorRemoved':
    case 'blockManagerAdded':
    case 'blockManagerRemoved':
      return `${e.kind} ${e.executorId}`;
    case 'speculativeTaskSubmitted':
      return `${e.kind} stage ${e.stageId}.${e.stageAttemptId}`;
    default:
      return e.kind;
  }
}

/** Milliseconds after `start` as seconds, `+1.234 s`. */
export function relativeTime(time: number, start: number): string {
  return `+${((time - start) / 1000).toFixed(3)} s`;
}
