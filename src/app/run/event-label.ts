/**
 * A short label for one trace event in the event list: the scheduler step's Spark method, or the
 * listener event's name with the ids it concerns. Spark's names stay as Spark writes them; the
 * words around the ids follow the interface language (`taskEnd 任务 6（阶段 1.0，执行器 1）`).
 */
import { msg, str } from '@lit/localize';
import type { TraceEvent } from '../../model/index.ts';

export function eventLabel(e: TraceEvent): string {
  switch (e.kind) {
    case 'step':
      return e.method;
    case 'jobStart':
    case 'jobEnd':
      return msg(str`${e.kind} job ${e.jobId}`);
    case 'stageSubmitted':
    case 'stageCompleted':
      return msg(str`${e.kind} stage ${e.stage.stageId}.${e.stage.attemptId}`);
    case 'taskStart':
    case 'taskEnd':
      return msg(
        str`${e.kind} task ${e.task.taskId} (stage ${e.stageId}.${e.stageAttemptId}, exec ${e.task.executorId})`,
      );
    case 'taskGettingResult':
      return msg(str`${e.kind} task ${e.task.taskId}`);
    case 'executorAdded':
    case 'executorRemoved':
    case 'blockManagerAdded':
    case 'blockManagerRemoved':
      return `${e.kind} ${e.executorId}`;
    case 'speculativeTaskSubmitted':
      return msg(str`${e.kind} stage ${e.stageId}.${e.stageAttemptId}`);
    default:
      return e.kind;
  }
}

/** Milliseconds after `start` as seconds, `+1.234 s`. */
export function relativeTime(time: number, start: number): string {
  return `+${((time - start) / 1000).toFixed(3)} s`;
}
