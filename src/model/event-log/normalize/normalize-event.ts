/**
 * One parsed event-log line → one typed listener event (JsonProtocol.sparkEventFromJson, plus the
 * Jackson-serialised SQL and exclusion events). Unknown event types give null, as Spark ignores
 * them; so does the second copy of an exclusion event that Spark ≥ 3.1 posts under two names.
 * A required field that is missing or malformed throws a FieldError.
 */
import type { ListenerEvent, StageRef } from '../../trace/listener-events.ts';
import { isSchedulingProperty } from '../../trace/scheduling-properties.ts';
import type { NormalizeContext } from './context.ts';
import { Fields } from './fields.ts';
import type { JsonObject } from './fields.ts';
import { executorId } from './ids.ts';
import { readJobEnd, readJobStart } from './job.ts';
import { readStageInfo } from './stage-info.ts';
import { readTaskEndReason, readTaskInfo, readTaskMetrics } from './task.ts';

export interface Normalized {
  readonly event: ListenerEvent;
  /** False when the log gave this event no timestamp and `event.time` was carried forward. */
  readonly timed: boolean;
}

type Reader = (f: Fields, ctx: NormalizeContext) => Normalized | null;

const SPARK_PACKAGES = ['org.apache.spark.scheduler.', 'org.apache.spark.sql.execution.ui.'];

/**
 * The event's name without Spark's package: `org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd`
 * → `SparkListenerSQLExecutionEnd`. A class from another package keeps its full name, so a
 * third-party `com.example.SparkListenerJobStart` is not taken for Spark's (and is ignored).
 */
export function shortEventName(name: string): string {
  const prefix = SPARK_PACKAGES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

export function normalizeEvent(raw: JsonObject, ctx: NormalizeContext): Normalized | null {
  const f = new Fields(raw);
  const name = f.str('Event');
  const reader = READERS.get(shortEventName(name));
  return reader ? reader(f, ctx) : null;
}

function carried(ctx: NormalizeContext): number {
  return ctx.lastTime ?? 0;
}

function timedAt(time: number | null, ctx: NormalizeContext): { time: number; timed: boolean } {
  return time === null || time <= 0 ? { time: carried(ctx), timed: false } : { time, timed: true };
}

function stageRef(f: Fields): StageRef | null {
  const stageId = f.optNum('stageId');
  return stageId === null ? null : { stageId, attemptId: f.optNum('stageAttemptId') ?? 0 };
}

function exclusion(event: ListenerEvent, ctx: NormalizeContext): Normalized | null {
  const key = JSON.stringify(event);
  return ctx.firstExclusion(event.time, key) ? { event, timed: true } : null;
}

const executorExcluded: Reader = (f, ctx) =>
  exclusion(
    {
      kind: 'executorExcluded',
      time: f.num('time'),
      executorId: ctx.intern(executorId(f.str('executorId'))),
      taskFailures: f.count('taskFailures'),
      stage: stageRef(f),
    },
    ctx,
  );
const executorUnexcluded: Reader = (f, ctx) =>
  exclusion(
    {
      kind: 'executorUnexcluded',
      time: f.num('time'),
      executorId: ctx.intern(executorId(f.str('executorId'))),
    },
    ctx,
  );
const nodeExcluded: Reader = (f, ctx) =>
  exclusion(
    {
      kind: 'nodeExcluded',
      time: f.num('time'),
      host: ctx.intern(f.str('hostId')),
      executorFailures: f.count('executorFailures'),
      stage: stageRef(f),
    },
    ctx,
  );
const nodeUnexcluded: Reader = (f, ctx) =>
  exclusion({ kind: 'nodeUnexcluded', time: f.num('time'), host: ctx.intern(f.str('hostId')) }, ctx);

const READERS = new Map<string, Reader>([
  [
    'SparkListenerLogStart',
    (f, ctx) => ({
      event: { kind: 'logStart', time: carried(ctx), sparkVersion: f.str('Spark Version') },
      timed: false,
    }),
  ],
  [
    'SparkListenerApplicationStart',
    (f) => ({
      event: {
        kind: 'applicationStart',
        time: f.num('Timestamp'),
        appId: f.optStr('App ID'),
        appName: f.str('App Name'),
        attemptId: f.optStr('App Attempt ID'),
        user: f.optStr('User') ?? '',
      },
      timed: true,
    }),
  ],
  [
    'SparkListenerApplicationEnd',
    (f) => ({
      event: { kind: 'applicationEnd', time: f.num('Timestamp'), exitCode: f.optNum('ExitCode') },
      timed: true,
    }),
  ],
  [
    'SparkListenerEnvironmentUpdate',
    (f, ctx) => {
      const props = f.optObj('Spark Properties');
      const kept: Record<string, string> = {};
      if (props) {
        // Spark ≥ 1.x writes a map; some very old logs wrote [key, value] pairs.
        for (const [key, value] of Object.entries(props.value)) {
          if (isSchedulingProperty(key) && typeof value === 'string') kept[key] = value;
        }
      }
      return {
        event: { kind: 'environmentUpdate', time: carried(ctx), sparkProperties: kept },
        timed: false,
      };
    },
  ],
  [
    'SparkListenerExecutorAdded',
    (f, ctx) => {
      const info = f.obj('Executor Info');
      return {
        event: {
          kind: 'executorAdded',
          time: f.num('Timestamp'),
          executorId: ctx.intern(executorId(f.str('Executor ID'))),
          host: ctx.intern(info.str('Host')),
          totalCores: info.count('Total Cores'),
        },
        timed: true,
      };
    },
  ],
  [
    'SparkListenerExecutorRemoved',
    (f, ctx) => ({
      event: {
        kind: 'executorRemoved',
        time: f.num('Timestamp'),
        executorId: ctx.intern(executorId(f.str('Executor ID'))),
        reason: f.optStr('Removed Reason') ?? '',
      },
      timed: true,
    }),
  ],
  [
    'SparkListenerBlockManagerAdded',
    (f, ctx) => {
      const bm = f.obj('Block Manager ID');
      const { time, timed } = timedAt(f.optNum('Timestamp'), ctx);
      return {
        event: {
          kind: 'blockManagerAdded',
          time,
          executorId: ctx.intern(executorId(bm.str('Executor ID'))),
          host: ctx.intern(bm.str('Host')),
          port: bm.count('Port'),
          maxMemory: f.count('Maximum Memory'),
          timed,
        },
        timed,
      };
    },
  ],
  [
    'SparkListenerBlockManagerRemoved',
    (f, ctx) => {
      const bm = f.obj('Block Manager ID');
      const { time, timed } = timedAt(f.optNum('Timestamp'), ctx);
      return {
        event: {
          kind: 'blockManagerRemoved',
          time,
          executorId: ctx.intern(executorId(bm.str('Executor ID'))),
          host: ctx.intern(bm.str('Host')),
          port: bm.count('Port'),
        },
        timed,
      };
    },
  ],
  ['SparkListenerJobStart', readJobStart],
  ['SparkListenerJobEnd', readJobEnd],
  [
    'SparkListenerStageSubmitted',
    (f, ctx) => {
      const stage = readStageInfo(f.obj('Stage Info'), ctx);
      const { time, timed } = timedAt(stage.submissionTime, ctx);
      return { event: { kind: 'stageSubmitted', time, stage }, timed };
    },
  ],
  [
    'SparkListenerStageCompleted',
    (f, ctx) => {
      const stage = readStageInfo(f.obj('Stage Info'), ctx);
      const { time, timed } = timedAt(stage.completionTime, ctx);
      return { event: { kind: 'stageCompleted', time, stage }, timed };
    },
  ],
  [
    'SparkListenerTaskStart',
    (f, ctx) => {
      const task = readTaskInfo(f.obj('Task Info'), ctx);
      const { time, timed } = timedAt(task.launchTime, ctx);
      const stageAttemptId = f.optNum('Stage Attempt ID') ?? 0;
      return { event: { kind: 'taskStart', time, stageId: f.num('Stage ID'), stageAttemptId, task }, timed };
    },
  ],
  [
    'SparkListenerTaskGettingResult',
    (f, ctx) => {
      const task = readTaskInfo(f.obj('Task Info'), ctx);
      const { time, timed } = timedAt(task.gettingResultTime, ctx);
      return { event: { kind: 'taskGettingResult', time, task }, timed };
    },
  ],
  [
    'SparkListenerTaskEnd',
    (f, ctx) => {
      const task = readTaskInfo(f.obj('Task Info'), ctx);
      const metrics = f.optObj('Task Metrics');
      const { time, timed } = timedAt(task.finishTime, ctx);
      return {
        event: {
          kind: 'taskEnd',
          time,
          stageId: f.num('Stage ID'),
          stageAttemptId: f.optNum('Stage Attempt ID') ?? 0,
          taskType: ctx.intern(f.optStr('Task Type') ?? ''),
          reason: readTaskEndReason(f.obj('Task End Reason'), ctx),
          task,
          metrics: metrics ? readTaskMetrics(metrics) : null,
        },
        timed,
      };
    },
  ],
  [
    'SparkListenerSpeculativeTaskSubmitted',
    (f, ctx) => {
      // Jackson-serialised (camelCase) in every version that writes it.
      const stageId = f.optNum('stageId') ?? f.num('Stage ID');
      return {
        event: {
          kind: 'speculativeTaskSubmitted',
          time: carried(ctx),
          stageId,
          stageAttemptId: f.optNum('stageAttemptId') ?? f.optNum('Stage Attempt ID') ?? 0,
          taskIndex: f.optNum('taskIndex'),
        },
        timed: false,
      };
    },
  ],
  ['SparkListenerExecutorBlacklisted', executorExcluded],
  ['SparkListenerExecutorExcluded', executorExcluded],
  ['SparkListenerExecutorBlacklistedForStage', executorExcluded],
  ['SparkListenerExecutorExcludedForStage', executorExcluded],
  ['SparkListenerExecutorUnblacklisted', executorUnexcluded],
  ['SparkListenerExecutorUnexcluded', executorUnexcluded],
  ['SparkListenerNodeBlacklisted', nodeExcluded],
  ['SparkListenerNodeExcluded', nodeExcluded],
  ['SparkListenerNodeBlacklistedForStage', nodeExcluded],
  ['SparkListenerNodeExcludedForStage', nodeExcluded],
  ['SparkListenerNodeUnblacklisted', nodeUnexcluded],
  ['SparkListenerNodeUnexcluded', nodeUnexcluded],
  [
    'SparkListenerSQLExecutionStart',
    (f) => ({
      event: {
        kind: 'sqlExecutionStart',
        time: f.num('time'),
        executionId: f.num('executionId'),
        description: f.optStr('description') ?? '',
      },
      timed: true,
    }),
  ],
  [
    'SparkListenerSQLExecutionEnd',
    (f) => ({
      event: {
        kind: 'sqlExecutionEnd',
        time: f.num('time'),
        executionId: f.num('executionId'),
        errorMessage: f.optStr('errorMessage'),
      },
      timed: true,
    }),
  ],
]);
