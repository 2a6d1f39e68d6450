/**
 * Reads "Task Info", "Task End Reason" and "Task Metrics" (JsonProtocol.taskInfoFromJson,
 * taskEndReasonFromJson, taskMetricsFromJson), with the keys each Spark version writes
 * (eventlog-format.md §3).
 */
import type { Locality, TaskInfo } from '../../trace/listener-events.ts';
import type { TaskEndReason } from '../../trace/task-end-reason.ts';
import { RESUBMITTED, SUCCESS, TASK_RESULT_LOST, UNKNOWN_REASON } from '../../trace/task-end-reason.ts';
import type { TaskMetrics } from '../../trace/task-metrics.ts';
import type { NormalizeContext } from './context.ts';
import type { Fields } from './fields.ts';
import { FieldError } from './fields.ts';
import { executorId } from './ids.ts';
import { importMessage } from '../messages/params.ts';

const LOCALITIES: ReadonlySet<string> = new Set([
  'PROCESS_LOCAL',
  'NODE_LOCAL',
  'NO_PREF',
  'RACK_LOCAL',
  'ANY',
]);

export function readTaskInfo(f: Fields, ctx: NormalizeContext): TaskInfo {
  const locality = f.str('Locality');
  if (!LOCALITIES.has(locality))
    throw new FieldError(
      importMessage('badLocality', { path: `${f.path}."Locality"`, value: locality.slice(0, 20) }),
    );
  return {
    taskId: f.num('Task ID'),
    index: f.num('Index'),
    attempt: f.optNum('Attempt') ?? 0,
    partitionId: f.optNum('Partition ID') ?? -1,
    launchTime: f.num('Launch Time'),
    gettingResultTime: f.count('Getting Result Time'),
    finishTime: f.count('Finish Time'),
    executorId: ctx.intern(executorId(f.str('Executor ID'))),
    host: ctx.intern(f.str('Host')),
    locality: ctx.intern(locality) as Locality,
    speculative: f.optBool('Speculative') ?? false,
    failed: f.optBool('Failed') ?? false,
    killed: f.optBool('Killed') ?? false,
  };
}

export function readTaskEndReason(f: Fields, ctx: NormalizeContext): TaskEndReason {
  const reason = f.str('Reason');
  switch (reason) {
    case 'Success':
      return SUCCESS;
    case 'Resubmitted':
      return RESUBMITTED;
    case 'TaskResultLost':
      return TASK_RESULT_LOST;
    case 'UnknownReason':
      return UNKNOWN_REASON;
    case 'FetchFailed': {
      const bm = f.optObj('Block Manager Address');
      return {
        kind: 'fetchFailed',
        blockManager: bm
          ? {
              executorId: ctx.intern(executorId(bm.str('Executor ID'))),
              host: ctx.intern(bm.str('Host')),
              port: bm.count('Port'),
            }
          : null,
        shuffleId: f.num('Shuffle ID'),
        mapId: f.count('Map ID'),
        mapIndex: f.optNum('Map Index'),
        reduceId: f.count('Reduce ID'),
        message: ctx.share(f.optStr('Message') ?? ''),
      };
    }
    case 'ExceptionFailure':
      return {
        kind: 'exceptionFailure',
        className: ctx.intern(f.optStr('Class Name') ?? ''),
        description: ctx.share(f.optStr('Description') ?? ''),
      };
    case 'TaskKilled':
      // JsonProtocol reads an absent "Kill Reason" (logs before 2.2) as "unknown reason".
      return { kind: 'taskKilled', reason: ctx.intern(f.optStr('Kill Reason') ?? 'unknown reason') };
    case 'TaskCommitDenied':
      return {
        kind: 'taskCommitDenied',
        jobId: f.optNum('Job ID'),
        partitionId: f.optNum('Partition ID'),
        attemptNumber: f.optNum('Attempt Number'),
      };
    case 'ExecutorLostFailure':
      return {
        kind: 'executorLostFailure',
        executorId: ctx.intern(executorId(f.optStr('Executor ID') ?? '')),
        exitCausedByApp: f.optBool('Exit Caused By App') ?? true,
        lossReason: f.optStr('Loss Reason'),
      };
    default:
      throw new FieldError(
        importMessage('badEndReason', { path: `${f.path}."Reason"`, value: reason.slice(0, 40) }),
      );
  }
}

export function readTaskMetrics(f: Fields): TaskMetrics {
  const read = f.optObj('Shuffle Read Metrics');
  const write = f.optObj('Shuffle Write Metrics');
  const input = f.optObj('Input Metrics');
  const output = f.optObj('Output Metrics');
  return {
    executorDeserializeTime: f.count('Executor Deserialize Time'),
    executorDeserializeCpuTimeNs: f.count('Executor Deserialize CPU Time'),
    executorRunTime: f.count('Executor Run Time'),
    executorCpuTimeNs: f.count('Executor CPU Time'),
    resultSize: f.count('Result Size'),
    jvmGcTime: f.count('JVM GC Time'),
    resultSerializationTime: f.count('Result Serialization Time'),
    memoryBytesSpilled: f.count('Memory Bytes Spilled'),
    diskBytesSpilled: f.count('Disk Bytes Spilled'),
    peakExecutionMemory: f.count('Peak Execution Memory'),
    shuffleRemoteBlocksFetched: read?.count('Remote Blocks Fetched') ?? 0,
    shuffleLocalBlocksFetched: read?.count('Local Blocks Fetched') ?? 0,
    shuffleFetchWaitTime: read?.count('Fetch Wait Time') ?? 0,
    shuffleRemoteBytesRead: read?.count('Remote Bytes Read') ?? 0,
    shuffleRemoteBytesReadToDisk: read?.count('Remote Bytes Read To Disk') ?? 0,
    shuffleLocalBytesRead: read?.count('Local Bytes Read') ?? 0,
    shuffleRecordsRead: read?.count('Total Records Read') ?? 0,
    shuffleBytesWritten: write?.count('Shuffle Bytes Written') ?? 0,
    shuffleWriteTimeNs: write?.count('Shuffle Write Time') ?? 0,
    shuffleRecordsWritten: write?.count('Shuffle Records Written') ?? 0,
    inputBytesRead: input?.count('Bytes Read') ?? 0,
    inputRecordsRead: input?.count('Records Read') ?? 0,
    outputBytesWritten: output?.count('Bytes Written') ?? 0,
    outputRecordsWritten: output?.count('Records Written') ?? 0,
  };
}
