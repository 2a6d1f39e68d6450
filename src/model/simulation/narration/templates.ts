/**
 * The shape of a narration language: one template per scheduler step and per listener event. A
 * template reads the event's ids and `data` and returns one or two sentences that name the Spark
 * class and method acting. No prose is stored in a trace; it is made here when shown.
 */
import type { ListenerEvent } from '../../trace/listener-events.ts';
import type { SchedulerStep, StepKind } from '../../trace/scheduler-steps.ts';

export type Lang = 'en' | 'zh-CN';

export type StepTemplates = { readonly [K in StepKind]: (s: SchedulerStep, v: Values) => string };
export type ListenerTemplates = {
  readonly [K in ListenerEvent['kind']]?: (e: Extract<ListenerEvent, { kind: K }>) => string;
};

/** Reads a step's data: `v.n('numTasks')` is a number (0 when absent), `v.s('locality')` a string. */
export interface Values {
  n(key: string): number;
  s(key: string): string;
  /** `stageId.stageAttemptId`, e.g. `1.0`. */
  readonly taskSet: string;
  readonly stage: string;
  readonly job: string;
  readonly tid: string;
  readonly exec: string;
}

export function values(s: SchedulerStep): Values {
  const data = s.data ?? {};
  return {
    n: (key) => {
      const x = data[key];
      return typeof x === 'number' ? x : Number(x ?? 0);
    },
    s: (key) => String(data[key] ?? ''),
    taskSet: `${s.stageId ?? '?'}.${s.stageAttemptId ?? 0}`,
    stage: String(s.stageId ?? '?'),
    job: String(s.jobId ?? '?'),
    tid: String(s.taskId ?? '?'),
    exec: s.executorId ?? '?',
  };
}

/** `1,234,567 bytes` → `1.2 MB`: sizes as a person reads them. */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(1)} GiB`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
