/**
 * The timeline's geometry (issue 7, "Timeline"): every task attempt of a trace as a bar on one core
 * lane of its executor, job and stage spans in rows above, and executor added/removed marks.
 *
 * Bars live in parallel typed arrays indexed by bar number, so a million task attempts take tens of
 * megabytes and no per-task object. Times are epoch milliseconds, as the trace's events carry them;
 * the views subtract `startTime` for their axis. Lanes are numbered from 0 across all executors, in
 * the trace's executor order (`compareExecutorIds`); each executor owns `laneCount` consecutive lanes.
 */
import type { Locality } from '../../model/index.ts';

/**
 * The phases of a task attempt in the order Spark's stage page draws them
 * (core/…/ui/jobs/StagePage.scala `makeTimeline`, times from status/AppStatusUtils.scala).
 */
export const PHASES = [
  'schedulerDelay',
  'deserialization',
  'shuffleRead',
  'compute',
  'shuffleWrite',
  'resultSerialization',
  'gettingResult',
] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_COUNT = PHASES.length;

/** Bits of `TimelineBars.flags`. */
export const BAR_FAILED = 1;
export const BAR_KILLED = 2;
export const BAR_SPECULATIVE = 4;
/** No TaskEnd in the trace: the bar runs to the trace's end. */
export const BAR_UNFINISHED = 8;
/** A later `Resubmitted` TaskEnd says the attempt's map output was lost with its executor. */
export const BAR_RESUBMITTED = 16;
/** No TaskStart in the trace: the bar starts at the TaskEnd's launch time. */
export const BAR_NO_START = 32;

/** `TimelineBars.locality` codes, indexes into this list. */
export const LOCALITIES: readonly Locality[] = [
  'PROCESS_LOCAL',
  'NODE_LOCAL',
  'NO_PREF',
  'RACK_LOCAL',
  'ANY',
];

export interface TimelineBars {
  readonly count: number;
  /** Spark's task id (a Long in Spark; exact here up to 2^53). */
  readonly taskId: Float64Array;
  readonly start: Float64Array;
  /** ≥ start. */
  readonly end: Float64Array;
  readonly stageId: Int32Array;
  readonly stageAttempt: Int32Array;
  /** The task's position in its task set (`TaskInfo.index`) and its attempt number. */
  readonly taskIndex: Int32Array;
  readonly attempt: Int32Array;
  /** Index into `TimelineLayout.executors`. */
  readonly executor: Int32Array;
  /** Global lane number. */
  readonly lane: Int32Array;
  readonly flags: Uint8Array;
  /** Index into LOCALITIES. */
  readonly locality: Uint8Array;
  /**
   * PHASE_COUNT durations (ms) per bar, bar-major (`phases[bar * PHASE_COUNT + p]`); their sum is at
   * most `end − start`. All zero when the trace has no metrics for the attempt.
   */
  readonly phases: Float32Array;
  /** Positions in `trace.events` of the attempt's TaskStart and (last) TaskEnd; −1 when absent. */
  readonly startEvent: Int32Array;
  readonly endEvent: Int32Array;
}

export interface ExecutorLanes {
  readonly executorId: string;
  readonly host: string;
  readonly totalCores: number;
  readonly firstLane: number;
  /** max(totalCores, the most attempts the trace runs on it at once); at least 1. */
  readonly laneCount: number;
  readonly addTime: number | null;
  readonly removeTime: number | null;
  readonly removeReason: string | null;
}

/** A job or a stage attempt over time, on a row where it overlaps no other span of its kind. */
export interface TimelineSpan {
  /** Job id, or stage id. */
  readonly id: number;
  /** Stage attempt id; 0 for jobs. */
  readonly attempt: number;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly row: number;
  readonly failed: boolean;
  /** No end event in the trace: the span runs to the trace's end. */
  readonly unfinished: boolean;
}

export interface TimelineLayout {
  /** Earliest and latest time of the trace (events and task times); equal for an empty trace. */
  readonly startTime: number;
  readonly endTime: number;
  readonly bars: TimelineBars;
  readonly executors: readonly ExecutorLanes[];
  readonly laneCount: number;
  /**
   * Bars grouped by lane and sorted by start: lane L holds `laneOrder[laneOffsets[L] … laneOffsets[L+1])`.
   * A bar may overlap the one before it in its lane by that one's release slack (./assign-lanes.ts).
   */
  readonly laneOrder: Int32Array;
  readonly laneOffsets: Int32Array;
  /** Aligned with `laneOrder`: the largest end of the lane's bars up to that position (sorted per lane). */
  readonly laneEndMax: Float64Array;
  /** Bars sorted by task id, for `barOfTask`. */
  readonly byTaskId: Int32Array;
  readonly jobs: readonly TimelineSpan[];
  readonly jobRows: number;
  readonly stages: readonly TimelineSpan[];
  readonly stageRows: number;
}
