/** Reads SparkListenerJobStart / SparkListenerJobEnd (JsonProtocol.jobStartFromJson, jobEndFromJson). */
import type { JobProperties, JobResult } from '../../trace/listener-events.ts';
import type { NormalizeContext } from './context.ts';
import type { Fields } from './fields.ts';
import type { Normalized } from './normalize-event.ts';
import { readStageInfo } from './stage-info.ts';

const SUCCEEDED: JobResult = Object.freeze({ kind: 'succeeded' });

export function readJobStart(f: Fields, ctx: NormalizeContext): Normalized {
  const stageInfos = f.has('Stage Infos') ? f.objs('Stage Infos').map((s) => readStageInfo(s, ctx)) : [];
  // "Stage IDs" is in every version; Spark reads the job's stages from "Stage Infos" when present.
  const stageIds = f.has('Stage IDs') ? f.nums('Stage IDs') : stageInfos.map((s) => s.stageId);
  const submissionTime = f.optNum('Submission Time');
  return {
    event: {
      kind: 'jobStart',
      time: submissionTime ?? ctx.lastTime ?? 0,
      jobId: f.num('Job ID'),
      submissionTime,
      stageInfos,
      stageIds,
      properties: readProperties(f.optObj('Properties')),
    },
    timed: submissionTime !== null,
  };
}

export function readJobEnd(f: Fields, ctx: NormalizeContext): Normalized {
  const completionTime = f.optNum('Completion Time');
  const result = f.obj('Job Result');
  const word = result.str('Result');
  const jobResult: JobResult =
    word === 'JobSucceeded'
      ? SUCCEEDED
      : { kind: 'failed', message: result.optObj('Exception')?.optStr('Message') ?? word };
  return {
    event: {
      kind: 'jobEnd',
      time: completionTime ?? ctx.lastTime ?? 0,
      jobId: f.num('Job ID'),
      completionTime,
      result: jobResult,
    },
    timed: completionTime !== null,
  };
}

function readProperties(f: Fields | null): JobProperties {
  const text = (key: string): string | null => {
    const v = f?.value[key];
    return typeof v === 'string' ? v : null;
  };
  const sqlId = text('spark.sql.execution.id');
  const sqlExecutionId = sqlId !== null && /^\d+$/.test(sqlId) ? Number(sqlId) : null;
  return {
    sqlExecutionId,
    jobGroup: text('spark.jobGroup.id'),
    description: text('spark.job.description'),
    schedulerPool: text('spark.scheduler.pool'),
  };
}
