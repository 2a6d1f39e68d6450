/**
 * Collects a trace event by event, in posting order, and keeps the application and its executors up
 * to date the way the History Server does (AppStatusListener.onApplicationStart/End,
 * onExecutorAdded/Removed, onBlockManagerAdded). Used by the event-log importer, and usable by any
 * producer that emits events one at a time.
 */
import type { TraceApp, TraceEvent, TraceExecutor, Trace } from './trace.ts';
import { compareExecutorIds, unknownApp } from './trace.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class TraceBuilder {
  private readonly events: TraceEvent[] = [];
  private readonly app: Mutable<TraceApp> = unknownApp();
  private readonly executors = new Map<string, Mutable<TraceExecutor>>();
  private latest: number | null = null;
  /** Untimed events before the first timed one: they get its time once it is known. */
  private leading: number[] = [];
  private sawTimed = false;

  /** The time of the last event added (null before the first): the time of an event the log left untimed. */
  get lastTime(): number | null {
    return this.latest;
  }

  get eventCount(): number {
    return this.events.length;
  }

  /**
   * Appends an event. `timed` is false when the producer had no timestamp for it and carried the
   * previous event's time forward; untimed events at the very start take the first real time.
   */
  add(event: TraceEvent, timed = true): void {
    this.events.push(event);
    if (!timed && !this.sawTimed) this.leading.push(this.events.length - 1);
    if (timed && !this.sawTimed) {
      this.sawTimed = true;
      for (const i of this.leading) this.events[i] = { ...this.events[i]!, time: event.time };
      this.leading = [];
    }
    this.latest = event.time;
    switch (event.kind) {
      case 'logStart':
        this.app.sparkVersion = event.sparkVersion;
        break;
      case 'applicationStart':
        this.app.id = event.appId;
        this.app.name = event.appName;
        this.app.user = event.user;
        this.app.attemptId = event.attemptId;
        this.app.startTime = event.time;
        break;
      case 'applicationEnd':
        this.app.endTime = event.time;
        break;
      case 'environmentUpdate':
        this.app.sparkProperties = event.sparkProperties;
        this.app.master = event.sparkProperties['spark.master'] ?? null;
        break;
      case 'executorAdded': {
        const exec = this.executor(event.executorId, event.host, event.time);
        exec.host = event.host;
        exec.totalCores = event.totalCores;
        // A re-registered executor id is active again (AppStatusListener sets isActive).
        exec.removeTime = null;
        exec.removeReason = null;
        break;
      }
      case 'blockManagerAdded':
        this.executor(event.executorId, event.host, event.timed ? event.time : null);
        break;
      case 'executorRemoved': {
        const exec = this.executors.get(event.executorId);
        if (exec) {
          exec.removeTime = event.time;
          exec.removeReason = event.reason;
        }
        break;
      }
      default:
        break;
    }
  }

  private executor(id: string, host: string, addTime: number | null): Mutable<TraceExecutor> {
    let exec = this.executors.get(id);
    if (!exec) {
      exec = { executorId: id, host, totalCores: 0, addTime, removeTime: null, removeReason: null };
      this.executors.set(id, exec);
    }
    return exec;
  }

  /** The trace so far. Later `add` calls do not change a trace already built. */
  build(): Trace {
    const executors = [...this.executors.values()]
      .map((e) => ({ ...e }))
      .sort((a, b) => compareExecutorIds(a.executorId, b.executorId));
    return { app: { ...this.app }, executors, events: this.events.slice() };
  }
}
