/**
 * The nested objects of a Spark 3.5 event log, with JsonProtocol's own field names and order
 * (JsonProtocol.stageInfoToJson, rddInfoToJson, taskInfoToJson, taskEndReasonToJson,
 * taskMetricsToJson). Values a trace does not keep (accumulables, stack traces, executor metrics)
 * are written empty, as Spark writes them when it has none.
 */
import type { TaskInfo } from '../trace/listener-events.ts';
import type { RddInfo, StageInfo, StorageLevel } from '../trace/stage-info.ts';
import type { TaskEndReason } from '../trace/task-end-reason.ts';
import type { TaskMetrics } from '../trace/task-metrics.ts';

type Json = Record<string, unknown>;

export function storageLevelJson(level: StorageLevel): Json {
  return {
    'Use Disk': level.useDisk,
    'Use Memory': level.useMemory,
    'Use Off Heap': level.useOffHeap,
    Deserialized: level.deserialized,
    Replication: level.replication,
  };
}

export function rddInfoJson(rdd: RddInfo): Json {
  const json: Json = { 'RDD ID': rdd.id, Name: rdd.name };
  if (rdd.scope) json['Scope'] = JSON.stringify({ id: rdd.scope.id, name: rdd.scope.name });
  if (rdd.callsite !== null) json['Callsite'] = rdd.callsite;
  if (rdd.parentIds !== null) json['Parent IDs'] = rdd.parentIds;
  json['Storage Level'] = storageLevelJson(rdd.storageLevel);
  json['Barrier'] = false;
  json['DeterministicLevel'] = 'DETERMINATE';
  json['Number of Partitions'] = rdd.numPartitions;
  json['Number of Cached Partitions'] = rdd.numCachedPartitions;
  json['Memory Size'] = rdd.memorySize;
  json['Disk Size'] = rdd.diskSize;
  return json;
}

export function stageInfoJson(stage: StageInfo): Json {
  const json: Json = {
    'Stage ID': stage.stageId,
    'Stage Attempt ID': stage.attemptId,
    'Stage Name': stage.name,
    'Number of Tasks': stage.numTasks,
    'RDD Info': stage.rddInfos.map(rddInfoJson),
  };
  // A log that did not record parents is written without them, so reading it back says so again.
  if (stage.parentIds !== null) json['Parent IDs'] = stage.parentIds;
  json['Details'] = stage.details;
  if (stage.submissionTime !== null) json['Submission Time'] = stage.submissionTime;
  if (stage.completionTime !== null) json['Completion Time'] = stage.completionTime;
  if (stage.failureReason !== null) json['Failure Reason'] = stage.failureReason;
  json['Accumulables'] = [];
  json['Resource Profile Id'] = 0;
  json['Shuffle Push Enabled'] = false;
  json['Shuffle Push Mergers Count'] = 0;
  return json;
}

export function taskInfoJson(task: TaskInfo): Json {
  return {
    'Task ID': task.taskId,
    Index: task.index,
    Attempt: task.attempt,
    'Partition ID': task.partitionId,
    'Launch Time': task.launchTime,
    'Executor ID': task.executorId,
    Host: task.host,
    Locality: task.locality,
    Speculative: task.speculative,
    'Getting Result Time': task.gettingResultTime,
    'Finish Time': task.finishTime,
    Failed: task.failed,
    Killed: task.killed,
    Accumulables: [],
  };
}

export function taskEndReasonJson(reason: TaskEndReason): Json {
  switch (reason.kind) {
    case 'success':
      return { Reason: 'Success' };
    case 'resubmitted':
      return { Reason: 'Resubmitted' };
    case 'taskResultLost':
      return { Reason: 'TaskResultLost' };
    case 'unknownReason':
      return { Reason: 'UnknownReason' };
    case 'fetchFailed': {
      const json: Json = { Reason: 'FetchFailed' };
      if (reason.blockManager) {
        json['Block Manager Address'] = {
          'Executor ID': reason.blockManager.executorId,
          Host: reason.blockManager.host,
          Port: reason.blockManager.port,
        };
      }
      json['Shuffle ID'] = reason.shuffleId;
      json['Map ID'] = reason.mapId;
      if (reason.mapIndex !== null) json['Map Index'] = reason.mapIndex;
      json['Reduce ID'] = reason.reduceId;
      json['Message'] = reason.message;
      return json;
    }
    case 'exceptionFailure':
      return {
        Reason: 'ExceptionFailure',
        'Class Name': reason.className,
        Description: reason.description,
        'Stack Trace': [],
        'Full Stack Trace': '',
        'Accumulator Updates': [],
      };
    case 'taskKilled':
      return { Reason: 'TaskKilled', 'Kill Reason': reason.reason, 'Accumulator Updates': [] };
    case 'taskCommitDenied': {
      const json: Json = { Reason: 'TaskCommitDenied' };
      if (reason.jobId !== null) json['Job ID'] = reason.jobId;
      if (reason.partitionId !== null) json['Partition ID'] = reason.partitionId;
      if (reason.attemptNumber !== null) json['Attempt Number'] = reason.attemptNumber;
      return json;
    }
    case 'executorLostFailure': {
      const json: Json = {
        Reason: 'ExecutorLostFailure',
        'Executor ID': reason.executorId,
        'Exit Caused By App': reason.exitCausedByApp,
      };
      if (reason.lossReason !== null) json['Loss Reason'] = reason.lossReason;
      return json;
    }
  }
}

const PUSH_BASED_SHUFFLE_ZEROS: Json = {
  'Corrupt Merged Block Chunks': 0,
  'Merged Fetch Fallback Count': 0,
  'Merged Remote Blocks Fetched': 0,
  'Merged Local Blocks Fetched': 0,
  'Merged Remote Chunks Fetched': 0,
  'Merged Local Chunks Fetched': 0,
  'Merged Remote Bytes Read': 0,
  'Merged Local Bytes Read': 0,
  'Merged Remote Requests Duration': 0,
};

export function taskMetricsJson(m: TaskMetrics): Json {
  return {
    'Executor Deserialize Time': m.executorDeserializeTime,
    'Executor Deserialize CPU Time': m.executorDeserializeCpuTimeNs,
    'Executor Run Time': m.executorRunTime,
    'Executor CPU Time': m.executorCpuTimeNs,
    'Peak Execution Memory': m.peakExecutionMemory,
    'Result Size': m.resultSize,
    'JVM GC Time': m.jvmGcTime,
    'Result Serialization Time': m.resultSerializationTime,
    'Memory Bytes Spilled': m.memoryBytesSpilled,
    'Disk Bytes Spilled': m.diskBytesSpilled,
    'Shuffle Read Metrics': {
      'Remote Blocks Fetched': m.shuffleRemoteBlocksFetched,
      'Local Blocks Fetched': m.shuffleLocalBlocksFetched,
      'Fetch Wait Time': m.shuffleFetchWaitTime,
      'Remote Bytes Read': m.shuffleRemoteBytesRead,
      'Remote Bytes Read To Disk': m.shuffleRemoteBytesReadToDisk,
      'Local Bytes Read': m.shuffleLocalBytesRead,
      'Total Records Read': m.shuffleRecordsRead,
      'Remote Requests Duration': 0,
      'Push Based Shuffle': PUSH_BASED_SHUFFLE_ZEROS,
    },
    'Shuffle Write Metrics': {
      'Shuffle Bytes Written': m.shuffleBytesWritten,
      'Shuffle Write Time': m.shuffleWriteTimeNs,
      'Shuffle Records Written': m.shuffleRecordsWritten,
    },
    'Input Metrics': { 'Bytes Read': m.inputBytesRead, 'Records Read': m.inputRecordsRead },
    'Output Metrics': { 'Bytes Written': m.outputBytesWritten, 'Records Written': m.outputRecordsWritten },
    'Updated Blocks': [],
  };
}
