/**
 * Anchors → playback positions. An anchor names an event by what a lesson author knows (a job id,
 * a stage and its attempt, a task's stage, partition and attempt, an executor, a scheduler step),
 * never by its index or time, so a lesson stays right when the simulator's timing changes. The
 * position is the playback contract's index just after that event (events `0 .. i` applied).
 */
import type { TaskInfo } from '../trace/listener-events.ts';
import type { Trace, TraceEvent } from '../trace/trace.ts';
import type { Anchor, TaskRef } from './types.ts';

/** Whether a task event's ids fit a task reference (absent attempt numbers match any). */
function taskMatches(stageId: number, stageAttemptId: number, task: TaskInfo, ref: TaskRef): boolean {
  return (
    stageId === ref.stage &&
    task.partitionId === ref.partition &&
    (ref.attempt === undefined || task.attempt === ref.attempt) &&
    (ref.stageAttempt === undefined || stageAttemptId === ref.stageAttempt)
  );
}

function matches(ev: TraceEvent, a: Exclude<Anchor, 'start' | 'end'>): boolean {
  switch (a.at) {
    case 'jobStart':
    case 'jobEnd':
      return ev.kind === a.at && ev.jobId === a.job;
    case 'stageSubmitted':
    case 'stageCompleted':
      return (
        ev.kind === a.at &&
        ev.stage.stageId === a.stage &&
        (a.attempt === undefined || ev.stage.attemptId === a.attempt)
      );
    case 'taskStart':
    case 'taskEnd':
      return ev.kind === a.at && taskMatches(ev.stageId, ev.stageAttemptId, ev.task, a);
    case 'executorAdded':
    case 'executorRemoved':
      return ev.kind === a.at && ev.executorId === a.executor;
    case 'step':
      return (
        ev.kind === 'step' &&
        ev.step === a.step &&
        (a.job === undefined || ev.jobId === a.job) &&
        (a.stage === undefined || ev.stageId === a.stage) &&
        (a.executor === undefined || ev.executorId === a.executor)
      );
  }
}

/** The position an anchor names in a trace, or null when no event matches it. */
export function resolveAnchor(trace: Trace, anchor: Anchor): number | null {
  if (anchor === 'start') return 0;
  if (anchor === 'end') return trace.events.length;
  let left = anchor.occurrence ?? 1;
  for (const [i, ev] of trace.events.entries()) if (matches(ev, anchor) && --left === 0) return i + 1;
  return null;
}

/** The task id (TID) of the first launch that fits a task reference, or null. */
export function resolveTask(trace: Trace, ref: TaskRef): number | null {
  for (const ev of trace.events)
    if (ev.kind === 'taskStart' && taskMatches(ev.stageId, ev.stageAttemptId, ev.task, ref))
      return ev.task.taskId;
  return null;
}

/** An anchor in words, for error messages: `stageSubmitted of stage 1 attempt 0`. */
export function describeAnchor(a: Exclude<Anchor, 'start' | 'end'>): string {
  const nth = a.occurrence && a.occurrence > 1 ? ` (occurrence ${a.occurrence})` : '';
  switch (a.at) {
    case 'jobStart':
    case 'jobEnd':
      return `${a.at} of job ${a.job}${nth}`;
    case 'stageSubmitted':
    case 'stageCompleted':
      return `${a.at} of stage ${a.stage}${a.attempt === undefined ? '' : ` attempt ${a.attempt}`}${nth}`;
    case 'taskStart':
    case 'taskEnd':
      return `${a.at} of ${describeTask(a)}${nth}`;
    case 'executorAdded':
    case 'executorRemoved':
      return `${a.at} of executor "${a.executor}"${nth}`;
    case 'step': {
      const ids = [
        a.job === undefined ? '' : ` job ${a.job}`,
        a.stage === undefined ? '' : ` stage ${a.stage}`,
        a.executor === undefined ? '' : ` executor "${a.executor}"`,
      ].join('');
      return `scheduler step ${a.step}${ids}${nth}`;
    }
  }
}

export function describeTask(t: TaskRef): string {
  return [
    `task of stage ${t.stage}`,
    t.stageAttempt === undefined ? '' : ` (stage attempt ${t.stageAttempt})`,
    `, partition ${t.partition}`,
    t.attempt === undefined ? '' : `, attempt ${t.attempt}`,
  ].join('');
}
