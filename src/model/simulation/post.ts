/**
 * Builds the trace's values: listener events in the shapes of ../trace (StageInfo, TaskInfo,
 * TaskMetrics) and scheduler steps. Posting appends to the trace in posting order, which is the
 * order Spark's listener bus delivers events (R-7).
 */
import type { PlannedRdd } from '../plan/planned.ts';
import type { StorageLevelName } from '../pipeline/types.ts';
import type { TaskInfo } from '../trace/listener-events.ts';
import { schedulerStep, type StepIds, type StepKind } from '../trace/scheduler-steps.ts';
import type { RddInfo, StageInfo, StorageLevel } from '../trace/stage-info.ts';
import { STORAGE_NONE } from '../trace/stage-info.ts';
import type { TaskMetrics } from '../trace/task-metrics.ts';
import { ZERO_TASK_METRICS } from '../trace/task-metrics.ts';
import type { TraceEvent } from '../trace/trace.ts';
import type { Engine, StageState, TaskAttempt, TaskMetricsDraft } from './state.ts';

export function post(e: Engine, event: TraceEvent): void {
  e.events.push(event);
}

export function step(
  e: Engine,
  kind: StepKind,
  ids: StepIds,
  data: Readonly<Record<string, number | string>> | null = null,
): void {
  if (e.recordSteps === 'all' || (e.recordSteps === 'stage' && ids.taskId === undefined))
    e.events.push(schedulerStep(kind, e.now, ids, data));
}

export function storageLevel(name: StorageLevelName | null): StorageLevel {
  if (name === null || name === 'NONE') return STORAGE_NONE;
  return {
    useDisk: name.includes('DISK'),
    useMemory: name.startsWith('MEMORY'),
    useOffHeap: name === 'OFF_HEAP',
    deserialized:
      !name.includes('SER') && name !== 'DISK_ONLY' && !name.startsWith('DISK_ONLY') && name !== 'OFF_HEAP',
    replication: /_2$/.test(name) ? 2 : /_3$/.test(name) ? 3 : 1,
  };
}

export function rddInfo(rdd: PlannedRdd, name: string): RddInfo {
  return {
    id: rdd.rddId,
    name: rdd.class,
    scope: { id: String(rdd.rddId), name: rdd.scope.op },
    callsite: name,
    parentIds: rdd.deps.map((d) => d.rddId),
    numPartitions: rdd.numPartitions,
    numCachedPartitions: 0,
    storageLevel: storageLevel(rdd.storageLevel),
    memorySize: 0,
    diskSize: 0,
  };
}

/** `StageInfo.fromStage` for one attempt; `rddInfos` lists the stage's RDD first, then its narrow ancestors. */
export function stageInfo(
  e: Engine,
  stage: StageState,
  attempt: number,
  numTasks: number,
  times: { submission: number | null; completion: number | null; failure: string | null },
): StageInfo {
  const ids = [
    stage.rdd.rddId,
    ...[...stage.rddIds].filter((id) => id !== stage.rdd.rddId).sort((a, b) => b - a),
  ];
  return {
    stageId: stage.id,
    attemptId: attempt,
    name: stage.name,
    numTasks,
    parentIds: stage.parents.map((p) => p.id),
    rddInfos: ids.flatMap((id) => {
      const rdd = e.rddById.get(id);
      return rdd ? [rddInfo(rdd, callsite(rdd))] : [];
    }),
    details: '',
    submissionTime: times.submission,
    completionTime: times.completion,
    failureReason: times.failure,
  };
}

/** A call site in the style Spark prints: `reduceByKey at counts`. */
export function callsite(rdd: PlannedRdd): string {
  return `${rdd.scope.op} at ${rdd.scope.rdd ?? `action ${rdd.scope.action ?? 0}`}`;
}

export function taskInfo(t: TaskAttempt, finishTime: number, failed: boolean, killed: boolean): TaskInfo {
  return {
    taskId: t.tid,
    index: t.index,
    attempt: t.attempt,
    partitionId: t.partition,
    launchTime: t.launchTime,
    gettingResultTime: t.gettingResultTime,
    finishTime,
    executorId: t.executor.id,
    host: t.executor.host,
    locality: t.locality,
    speculative: t.speculative,
    failed,
    killed,
  };
}

export function taskMetrics(d: TaskMetricsDraft | null, resultSize: number): TaskMetrics {
  if (d === null) return ZERO_TASK_METRICS;
  // Spark's metrics are longs: whole numbers, in TaskMetrics' field order.
  const r = Math.round;
  return {
    executorDeserializeTime: r(d.deserialize),
    executorDeserializeCpuTimeNs: r(d.deserialize * 0.8e6),
    executorRunTime: r(d.run),
    executorCpuTimeNs: r(d.cpuNs),
    resultSize: r(resultSize),
    jvmGcTime: 0,
    resultSerializationTime: r(d.resultSerialize),
    memoryBytesSpilled: 0,
    diskBytesSpilled: 0,
    peakExecutionMemory: 0,
    shuffleRemoteBlocksFetched: r(d.remoteBlocks),
    shuffleLocalBlocksFetched: r(d.localBlocks),
    shuffleFetchWaitTime: r(d.fetchWait),
    shuffleRemoteBytesRead: r(d.remoteBytes),
    shuffleRemoteBytesReadToDisk: 0,
    shuffleLocalBytesRead: r(d.localBytes),
    shuffleRecordsRead: r(d.recordsRead),
    shuffleBytesWritten: r(d.writeBytes),
    shuffleWriteTimeNs: r(d.writeTimeNs),
    shuffleRecordsWritten: r(d.writeRecords),
    inputBytesRead: r(d.inputBytes),
    inputRecordsRead: r(d.inputRecords),
    outputBytesWritten: 0,
    outputRecordsWritten: 0,
  };
}
