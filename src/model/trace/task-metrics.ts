/**
 * A finished task's metrics: Spark's `TaskMetrics` as JsonProtocol writes it under "Task Metrics".
 * Flat on purpose: one object per task instead of five (shuffle read, shuffle write, input, output),
 * so a trace of a million tasks stays small. Times are milliseconds unless the name ends in `Ns`
 * (Spark measures CPU time and shuffle write time in nanoseconds). A counter the log does not
 * record (older Spark versions, sub-objects Spark ≤ 1.6 omits when unused) is 0, as Spark reads it.
 */
export interface TaskMetrics {
  readonly executorDeserializeTime: number;
  readonly executorDeserializeCpuTimeNs: number;
  readonly executorRunTime: number;
  readonly executorCpuTimeNs: number;
  readonly resultSize: number;
  readonly jvmGcTime: number;
  readonly resultSerializationTime: number;
  readonly memoryBytesSpilled: number;
  readonly diskBytesSpilled: number;
  readonly peakExecutionMemory: number;
  /** "Shuffle Read Metrics". */
  readonly shuffleRemoteBlocksFetched: number;
  readonly shuffleLocalBlocksFetched: number;
  readonly shuffleFetchWaitTime: number;
  readonly shuffleRemoteBytesRead: number;
  readonly shuffleRemoteBytesReadToDisk: number;
  readonly shuffleLocalBytesRead: number;
  readonly shuffleRecordsRead: number;
  /** "Shuffle Write Metrics". */
  readonly shuffleBytesWritten: number;
  readonly shuffleWriteTimeNs: number;
  readonly shuffleRecordsWritten: number;
  /** "Input Metrics" and "Output Metrics". */
  readonly inputBytesRead: number;
  readonly inputRecordsRead: number;
  readonly outputBytesWritten: number;
  readonly outputRecordsWritten: number;
}

export const ZERO_TASK_METRICS: TaskMetrics = Object.freeze({
  executorDeserializeTime: 0,
  executorDeserializeCpuTimeNs: 0,
  executorRunTime: 0,
  executorCpuTimeNs: 0,
  resultSize: 0,
  jvmGcTime: 0,
  resultSerializationTime: 0,
  memoryBytesSpilled: 0,
  diskBytesSpilled: 0,
  peakExecutionMemory: 0,
  shuffleRemoteBlocksFetched: 0,
  shuffleLocalBlocksFetched: 0,
  shuffleFetchWaitTime: 0,
  shuffleRemoteBytesRead: 0,
  shuffleRemoteBytesReadToDisk: 0,
  shuffleLocalBytesRead: 0,
  shuffleRecordsRead: 0,
  shuffleBytesWritten: 0,
  shuffleWriteTimeNs: 0,
  shuffleRecordsWritten: 0,
  inputBytesRead: 0,
  inputRecordsRead: 0,
  outputBytesWritten: 0,
  outputRecordsWritten: 0,
});

/** The REST API's `shuffleReadBytes`: remote plus local bytes read. */
export function shuffleReadBytes(m: TaskMetrics): number {
  return m.shuffleRemoteBytesRead + m.shuffleLocalBytesRead;
}
