/**
 * The cluster a simulation runs on and the Spark settings that shape scheduling. Every default is
 * Spark 3.5's (shared/spark-rules.md §10–11, `internal/config/package.scala`); the cost numbers
 * are the simulator's own model (./cost-model.ts) and are settings too, so nothing is hidden.
 */

export type DeployMode = 'local' | 'standalone' | 'yarn-client' | 'yarn-cluster' | 'kubernetes';
export type SchedulingMode = 'FIFO' | 'FAIR';

export interface ExecutorSpec {
  /** Spark's executor id: standalone numbers from "0", YARN and Kubernetes from "1"; local mode is "driver". */
  readonly id: string;
  readonly host: string;
  /** The rack a topology script would name; null (Spark's default, no script) means unknown, so no RACK_LOCAL level. */
  readonly rack: string | null;
  readonly cores: number;
}

/** A FAIR scheduler pool as `fairscheduler.xml` declares it. */
export interface PoolSpec {
  readonly name: string;
  readonly schedulingMode: SchedulingMode;
  readonly weight: number;
  readonly minShare: number;
}

export interface DynamicAllocation {
  /** `spark.dynamicAllocation.enabled` (false). */
  readonly enabled: boolean;
  readonly minExecutors: number;
  readonly maxExecutors: number;
  readonly initialExecutors: number;
  /** `spark.dynamicAllocation.schedulerBacklogTimeout` (1s). */
  readonly schedulerBacklogTimeoutMs: number;
  /** `spark.dynamicAllocation.sustainedSchedulerBacklogTimeout` (1s). */
  readonly sustainedSchedulerBacklogTimeoutMs: number;
  /** `spark.dynamicAllocation.executorIdleTimeout` (60s). */
  readonly executorIdleTimeoutMs: number;
  /** Time from a request to the new executor registering with the driver (the cluster manager's work). */
  readonly executorStartupMs: number;
}

export interface Speculation {
  /** `spark.speculation` (false; never in local mode, R-10.7). */
  readonly enabled: boolean;
  /** `spark.speculation.interval` (100ms). */
  readonly intervalMs: number;
  /** `spark.speculation.quantile` (0.75 in 3.5). */
  readonly quantile: number;
  /** `spark.speculation.multiplier` (1.5 in 3.5). */
  readonly multiplier: number;
  /** `spark.speculation.minTaskRuntime` (100ms). */
  readonly minTaskRuntimeMs: number;
}

/** The simulator's cost model: every number that turns data into time (./cost-model.ts). */
export interface CostSettings {
  /** Records in a source partition when the pipeline gives no `hints.records`. */
  readonly defaultRecordsPerPartition: number;
  /** Bytes per record when the pipeline gives no `hints.bytes`. */
  readonly bytesPerRecord: number;
  /** CPU time per record for each RDD a task computes, in microseconds. */
  readonly microsPerRecordPerRdd: number;
  /** Fraction of records a map-side combine (`reduceByKey`, `aggregateByKey`, …) keeps. */
  readonly combineRatio: number;
  /** Disk read and write speed, bytes per millisecond. */
  readonly diskBytesPerMs: number;
  /** Network speed between hosts, bytes per millisecond. */
  readonly networkBytesPerMs: number;
  /** Memory read speed for cached blocks, bytes per millisecond. */
  readonly memoryBytesPerMs: number;
  /** One-way RPC latency between driver and executor (LaunchTask, StatusUpdate), ms. */
  readonly rpcLatencyMs: number;
  /** Task deserialization, including the first fetch of the stage's taskBinary broadcast, ms. */
  readonly deserializeMs: number;
  /** Result serialization on the executor, ms per task. */
  readonly resultSerializeMs: number;
  /** Bytes of a task result that returns only a MapStatus or a count. */
  readonly smallResultBytes: number;
  /** Time the driver program spends between two actions of one thread, ms. */
  readonly driverGapMs: number;
  /** Relative random spread of task run times (0.2 = ±10 %); 0 for exact times. */
  readonly noise: number;
}

export interface ClusterSettings {
  readonly deployMode: DeployMode;
  /** The executors that register at application start (with dynamic allocation: the initial ones). */
  readonly executors: readonly ExecutorSpec[];
  /** `spark.task.cpus` (1). */
  readonly taskCpus: number;
  /** `spark.scheduler.mode` (FIFO). */
  readonly schedulingMode: SchedulingMode;
  /** Pools from `fairscheduler.xml`; an unknown pool is created FIFO, weight 1, minShare 0. */
  readonly pools: readonly PoolSpec[];
  /** `spark.locality.wait` (3s) and the per-level overrides `.process`, `.node`, `.rack`. */
  readonly localityWaitMs: { readonly process: number; readonly node: number; readonly rack: number };
  /** `spark.task.maxFailures`: 4 on a cluster, 1 in local mode. */
  readonly maxTaskFailures: number;
  /** `spark.stage.maxConsecutiveAttempts` (4, R-11.2). */
  readonly maxConsecutiveStageAttempts: number;
  readonly speculation: Speculation;
  readonly dynamicAllocation: DynamicAllocation;
  /** `spark.shuffle.service.enabled` (false): shuffle files outlive their executor. */
  readonly externalShuffleService: boolean;
  /** `spark.network.timeout` (120s): heartbeat timeout for executor loss. */
  readonly networkTimeoutMs: number;
  /** `spark.network.timeoutInterval` (60s): how often the HeartbeatReceiver checks. */
  readonly networkTimeoutIntervalMs: number;
  /** `spark.executor.heartbeatInterval` (10s). */
  readonly heartbeatIntervalMs: number;
  /** `spark.scheduler.revive.interval` (1s). */
  readonly reviveIntervalMs: number;
  /** `spark.shuffle.sort.bypassMergeThreshold` (200, R-12.2). */
  readonly bypassMergeThreshold: number;
  /** Teaching option: the pre-2.0 hash shuffle, one file per map task and reducer. */
  readonly legacyHashShuffle: boolean;
  /** `spark.task.maxDirectResultSize` (1 MiB): larger results go through the BlockManager. */
  readonly maxDirectResultSize: number;
  /** Storage memory per executor for cached blocks, bytes (unified memory's storage share). */
  readonly storageMemoryBytes: number;
  readonly costs: CostSettings;
}

export const DEFAULT_COSTS: CostSettings = {
  defaultRecordsPerPartition: 100_000,
  bytesPerRecord: 100,
  microsPerRecordPerRdd: 2,
  combineRatio: 0.05,
  diskBytesPerMs: 200_000,
  networkBytesPerMs: 100_000,
  memoryBytesPerMs: 2_000_000,
  rpcLatencyMs: 1,
  deserializeMs: 8,
  resultSerializeMs: 1,
  smallResultBytes: 2_000,
  driverGapMs: 20,
  noise: 0.2,
};

/** One executor per host, named as the deploy mode names them. */
export function defaultExecutors(
  count: number,
  cores: number,
  deployMode: DeployMode = 'standalone',
): ExecutorSpec[] {
  if (deployMode === 'local') return [{ id: 'driver', host: 'localhost', rack: null, cores }];
  // Standalone's Master numbers an application's executors from 0; YARN's allocator and
  // Kubernetes' ExecutorPodsAllocator (EXECUTOR_ID_COUNTER.incrementAndGet) from 1.
  const first = deployMode === 'standalone' ? 0 : 1;
  return Array.from({ length: count }, (_, i) => ({
    id: String(first + i),
    host: `host-${i}`,
    rack: null,
    cores,
  }));
}

/** What a caller may override; everything else takes Spark's default. */
export interface ClusterOptions {
  readonly deployMode?: DeployMode;
  /** Number of executors (2) and cores each (2) when `executors` is not given. */
  readonly executorCount?: number;
  readonly cores?: number;
  readonly executors?: readonly ExecutorSpec[];
  readonly taskCpus?: number;
  readonly schedulingMode?: SchedulingMode;
  readonly pools?: readonly PoolSpec[];
  readonly localityWaitMs?: number | Partial<ClusterSettings['localityWaitMs']>;
  readonly maxTaskFailures?: number;
  readonly maxConsecutiveStageAttempts?: number;
  readonly speculation?: Partial<Speculation>;
  readonly dynamicAllocation?: Partial<DynamicAllocation>;
  readonly externalShuffleService?: boolean;
  readonly networkTimeoutMs?: number;
  readonly networkTimeoutIntervalMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly reviveIntervalMs?: number;
  readonly bypassMergeThreshold?: number;
  readonly legacyHashShuffle?: boolean;
  readonly maxDirectResultSize?: number;
  readonly storageMemoryBytes?: number;
  readonly costs?: Partial<CostSettings>;
}

/** Fills in Spark 3.5's defaults. Local mode means one executor "driver" and maxTaskFailures 1. */
export function resolveCluster(options: ClusterOptions = {}): ClusterSettings {
  const deployMode = options.deployMode ?? 'standalone';
  const local = deployMode === 'local';
  const executors =
    options.executors ?? defaultExecutors(options.executorCount ?? 2, options.cores ?? 2, deployMode);
  const wait = options.localityWaitMs;
  const base = typeof wait === 'number' ? wait : 3000;
  const perLevel = typeof wait === 'object' ? wait : {};
  const speculation: Speculation = {
    enabled: false,
    intervalMs: 100,
    quantile: 0.75,
    multiplier: 1.5,
    minTaskRuntimeMs: 100,
    ...options.speculation,
  };
  const n = executors.length;
  const dynamicAllocation: DynamicAllocation = {
    enabled: false,
    minExecutors: 0,
    maxExecutors: Math.max(n, 1) * 4,
    initialExecutors: n,
    schedulerBacklogTimeoutMs: 1000,
    sustainedSchedulerBacklogTimeoutMs: 1000,
    executorIdleTimeoutMs: 60_000,
    executorStartupMs: 2000,
    ...options.dynamicAllocation,
  };
  return {
    deployMode,
    executors,
    taskCpus: options.taskCpus ?? 1,
    schedulingMode: options.schedulingMode ?? 'FIFO',
    pools: options.pools ?? [],
    localityWaitMs: {
      process: perLevel.process ?? base,
      node: perLevel.node ?? base,
      rack: perLevel.rack ?? base,
    },
    maxTaskFailures: options.maxTaskFailures ?? (local ? 1 : 4),
    maxConsecutiveStageAttempts: options.maxConsecutiveStageAttempts ?? 4,
    // speculation never runs in local mode.
    speculation: local ? { ...speculation, enabled: false } : speculation,
    dynamicAllocation: local ? { ...dynamicAllocation, enabled: false } : dynamicAllocation,
    externalShuffleService: options.externalShuffleService ?? false,
    networkTimeoutMs: options.networkTimeoutMs ?? 120_000,
    networkTimeoutIntervalMs: options.networkTimeoutIntervalMs ?? 60_000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 10_000,
    reviveIntervalMs: options.reviveIntervalMs ?? 1000,
    bypassMergeThreshold: options.bypassMergeThreshold ?? 200,
    legacyHashShuffle: options.legacyHashShuffle ?? false,
    maxDirectResultSize: options.maxDirectResultSize ?? 1024 * 1024,
    storageMemoryBytes: options.storageMemoryBytes ?? 512 * 1024 * 1024,
    costs: { ...DEFAULT_COSTS, ...options.costs },
  };
}
