/**
 * A trace: everything the views play. The ordered, timestamped events of one Spark application
 * (listener events, plus the simulator's scheduler steps), with the application and its executors
 * as the events describe them. The simulator and the event-log importer both produce one; the views
 * never care which did.
 *
 * Contract: `events` are in posting order (the order Spark's listener bus delivered them, i.e. the
 * event log's line order), which is not always timestamp order (see eventlog-format.md §2). State is
 * applied in posting order; an animated timeline uses `indexTrace(trace).byTime`.
 */
import type { ListenerEvent } from './listener-events.ts';
import type { SchedulerStep } from './scheduler-steps.ts';

export type TraceEvent = ListenerEvent | SchedulerStep;

export interface TraceApp {
  readonly id: string | null;
  readonly name: string | null;
  readonly user: string | null;
  readonly attemptId: string | null;
  /** From SparkListenerLogStart; null for logs older than 1.3. */
  readonly sparkVersion: string | null;
  /** `spark.master` from the environment; null when absent. */
  readonly master: string | null;
  readonly startTime: number | null;
  readonly endTime: number | null;
  /** The scheduling-relevant Spark properties (see SCHEDULING_PROPERTIES). */
  readonly sparkProperties: Readonly<Record<string, string>>;
}

/** An executor as the History Server builds it (AppStatusListener: onExecutorAdded/onBlockManagerAdded). */
export interface TraceExecutor {
  /** `"driver"` for the driver (Spark ≤ 1.3's `"<driver>"` is mapped to it). */
  readonly executorId: string;
  readonly host: string;
  /** 0 for an executor known only through its block manager (the driver outside local mode). */
  readonly totalCores: number;
  /** Time of the first ExecutorAdded or BlockManagerAdded; null when that event had no timestamp. */
  readonly addTime: number | null;
  readonly removeTime: number | null;
  readonly removeReason: string | null;
}

export interface Trace {
  readonly app: TraceApp;
  /** Sorted by `compareExecutorIds`. */
  readonly executors: readonly TraceExecutor[];
  readonly events: readonly TraceEvent[];
}

/** An application no event has described yet: every field unknown. */
export function unknownApp(): TraceApp {
  return {
    id: null,
    name: null,
    user: null,
    attemptId: null,
    sparkVersion: null,
    master: null,
    startTime: null,
    endTime: null,
    sparkProperties: {},
  };
}

/** The trace of nothing: no application known, no executors, no events. */
export const EMPTY_TRACE: Trace = { app: unknownApp(), executors: [], events: [] };

/** The driver first, then numeric ids in numeric order, then any other ids in string order. */
export function compareExecutorIds(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'driver') return -1;
  if (b === 'driver') return 1;
  const na = /^\d+$/.test(a) ? Number(a) : NaN;
  const nb = /^\d+$/.test(b) ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  if (!Number.isNaN(na)) return -1;
  if (!Number.isNaN(nb)) return 1;
  return a < b ? -1 : 1;
}
