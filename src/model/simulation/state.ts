/**
 * The simulation's private, mutable state: the driver's and the executors' objects as Spark keeps
 * them (DAGScheduler's stage maps, TaskSchedulerImpl's task set managers, the backend's executor
 * data, block managers, the map output tracker). Only the files of this folder touch it; callers
 * see a `Simulation` (./simulation.ts), which exposes whole steps only.
 */
import type { Plan, PlannedJob, PlannedRdd, PlannedStage } from '../plan/planned.ts';
import type { Pipeline, StorageLevelName } from '../pipeline/types.ts';
import type { TraceEvent } from '../trace/trace.ts';
import type { Locality } from '../trace/listener-events.ts';
import type { EventQueue } from './event-queue.ts';
import type { Fault } from './faults.ts';
import type { Random } from './random.ts';
import type { ClusterSettings, ExecutorSpec } from './settings.ts';
import type { TaskSetManager } from './task-set-manager.ts';
import type { BlockStore } from './block-store.ts';
import type { CostModel } from './cost-model.ts';
import type { Pool } from './pools.ts';

/** Scheduler steps to record: all, only those not about one task (for very large runs), or none. */
export type StepDetail = 'all' | 'stage' | 'none';

export interface ExecutorState {
  readonly spec: ExecutorSpec;
  readonly id: string;
  readonly host: string;
  /** The driver's view (`ExecutorData.freeCores`). */
  freeCores: number;
  /** Registered with the driver and not yet removed. */
  alive: boolean;
  /** The process: dead (killed) or hung (stops answering) after a fault. */
  process: 'running' | 'dead' | 'hung';
  /** TaskRunners on the executor's thread pool. */
  readonly running: Set<TaskAttempt>;
  readonly blocks: BlockStore;
  addedAt: number;
  /** When the executor last had no running task (dynamic allocation's idle timer). */
  idleSince: number;
  /** The last heartbeat the HeartbeatReceiver got. */
  lastHeartbeat: number;
}

export type AttemptState = 'running' | 'finished' | 'failed' | 'killed';

/** One task attempt, from launch (TID given, R-1.6) to its end. */
export interface TaskAttempt {
  readonly tid: number;
  readonly tsm: TaskSetManager;
  readonly index: number;
  readonly partition: number;
  readonly attempt: number;
  readonly executor: ExecutorState;
  readonly launchTime: number;
  readonly locality: Locality;
  readonly speculative: boolean;
  state: AttemptState;
  /** Set when the executor starts it: when the run will end, and its metrics. */
  finishAt: number;
  /** When the driver marked it finished (`TaskInfo.markFinished`), after a success. */
  finishTime: number;
  gettingResultTime: number;
  resultBytes: number;
  outcome: 'success' | 'exception' | 'fetchFailed';
  metrics: TaskMetricsDraft | null;
  /** Records and bytes this map task writes (ShuffleMapTask). */
  outRecords: number;
  outBytes: number;
  /** Set at start when the task's shuffle input cannot be fetched. */
  fetchFailure: Extract<CompletionReason, { kind: 'fetchFailed' }> | null;
  /** Persisted RDDs this task computes, stored in its BlockManager when it succeeds. */
  toCache: readonly {
    readonly rddId: number;
    readonly partition: number;
    readonly level: StorageLevelName;
  }[];
}

export interface TaskMetricsDraft {
  deserialize: number;
  run: number;
  resultSerialize: number;
  fetchWait: number;
  localBytes: number;
  remoteBytes: number;
  localBlocks: number;
  remoteBlocks: number;
  recordsRead: number;
  inputBytes: number;
  inputRecords: number;
  writeBytes: number;
  writeRecords: number;
  writeTimeNs: number;
  cpuNs: number;
}

export interface StageState {
  readonly id: number;
  readonly kind: 'ShuffleMap' | 'Result';
  readonly numTasks: number;
  readonly rdd: PlannedRdd;
  readonly rddIds: ReadonlySet<number>;
  readonly shuffleId: number | null;
  readonly parents: readonly StageState[];
  readonly plan: PlannedStage;
  readonly name: string;
  readonly jobIds: Set<number>;
  readonly firstJobId: number;
  /** `Stage.nextAttemptId`. */
  nextAttemptId: number;
  /** The attempt number of `latestInfo`. */
  latestAttempt: number;
  readonly failedAttemptIds: Set<number>;
  readonly pendingPartitions: Set<number>;
  /** Result stages: the job it computes. */
  activeJob: ActiveJob | null;
  submissionTime: number | null;
  /** Tasks in the latest attempt (`makeNewStageAttempt(numPartitionsToCompute)`). */
  attemptNumTasks: number;
  /** The latest attempt's task set manager. */
  tsm: TaskSetManager | null;
}

export interface ActiveJob {
  readonly jobId: number;
  readonly plan: PlannedJob;
  readonly thread: DriverThread;
  readonly finalStage: StageState;
  readonly partitions: readonly number[];
  readonly finished: boolean[];
  numFinished: number;
  readonly pool: string;
  readonly stageIds: readonly number[];
}

/** A driver thread: runs its jobs one after another (pipeline `thread`). */
export interface DriverThread {
  readonly name: string;
  readonly jobs: readonly PlannedJob[];
  next: number;
  failed: boolean;
  /** A thread that must finish first: the program's main thread, while it defines RDDs. */
  readonly after: DriverThread | null;
}

/** MapOutputTrackerMaster's state for one shuffle: where each map output lives. */
export interface ShuffleStatus {
  readonly shuffleId: number;
  readonly numMaps: number;
  readonly numReduces: number;
  /** Executor holding map i's output, or null when missing. */
  readonly location: (ExecutorState | null)[];
  readonly mapTid: number[];
  readonly bytes: Float64Array;
  readonly records: Float64Array;
  available: number;
  /** Bumped on every register and unregister; `byHost` is valid for `byHostVersion`. */
  version: number;
  byHostVersion: number;
  readonly byHost: Map<string, { bytes: number; count: number }>;
  /** Running totals over registered outputs, so a reducer's read costs O(executors), not O(maps). */
  totalBytes: number;
  totalRecords: number;
  /** Per executor: how many outputs it holds and their bytes. */
  readonly byExecutor: Map<ExecutorState, { count: number; bytes: number }>;
}

export type DagEvent =
  | {
      readonly t: 'JobSubmitted';
      readonly jobId: number;
      readonly thread: DriverThread;
      readonly job: PlannedJob;
    }
  | { readonly t: 'BeginEvent'; readonly task: TaskAttempt }
  | { readonly t: 'GettingResult'; readonly task: TaskAttempt }
  | { readonly t: 'CompletionEvent'; readonly task: TaskAttempt; readonly reason: CompletionReason }
  | { readonly t: 'ExecutorLost'; readonly executor: ExecutorState; readonly fileLost: boolean }
  | { readonly t: 'ResubmitFailedStages' }
  | { readonly t: 'TaskSetFailed'; readonly tsm: TaskSetManager; readonly message: string }
  | { readonly t: 'SpeculativeTaskSubmitted'; readonly tsm: TaskSetManager; readonly index: number };

export type CompletionReason =
  | { readonly kind: 'success' }
  | { readonly kind: 'exception'; readonly message: string }
  | {
      readonly kind: 'fetchFailed';
      readonly shuffleId: number;
      readonly mapIndex: number;
      readonly mapTid: number;
      readonly executor: ExecutorState | null;
    }
  | {
      readonly kind: 'executorLost';
      readonly executorId: string;
      readonly causedByApp: boolean;
      readonly reason: string;
    }
  | { readonly kind: 'killed'; readonly reason: string }
  | { readonly kind: 'resubmitted' };

export type SimEvent =
  | { readonly k: 'appStart' }
  | { readonly k: 'threadNext'; readonly thread: DriverThread }
  | { readonly k: 'dag'; readonly ev: DagEvent }
  | { readonly k: 'revive'; readonly executor: ExecutorState | null }
  | { readonly k: 'reviveTimer' }
  | { readonly k: 'launch'; readonly task: TaskAttempt }
  | { readonly k: 'taskDone'; readonly task: TaskAttempt }
  | { readonly k: 'statusUpdate'; readonly task: TaskAttempt; readonly reason: CompletionReason }
  | { readonly k: 'resultFetched'; readonly task: TaskAttempt; readonly reason: CompletionReason }
  | { readonly k: 'killArrives'; readonly task: TaskAttempt; readonly reason: string }
  | { readonly k: 'executorFault'; readonly executor: ExecutorState; readonly mode: 'kill' | 'hang' }
  | { readonly k: 'executorFaultById'; readonly executor: string; readonly mode: 'kill' | 'hang' }
  | { readonly k: 'heartbeatCheck' }
  | { readonly k: 'speculationCheck' }
  | { readonly k: 'allocationTick' }
  | { readonly k: 'executorStarted'; readonly spec: ExecutorSpec }
  | { readonly k: 'appEnd' };

export interface Engine {
  readonly plan: Plan;
  readonly pipeline: Pipeline | null;
  readonly settings: ClusterSettings;
  readonly faults: readonly Fault[];
  readonly random: Random;
  readonly queue: EventQueue<SimEvent>;
  readonly events: TraceEvent[];
  /** Which scheduler steps are recorded (listener events always are). */
  readonly recordSteps: StepDetail;
  /** `recordSteps === 'all'`: whether steps about one task are recorded (checked before building them). */
  readonly taskSteps: boolean;
  /** Executors whose process is dead or hung: while 0, reducers need not look for unreachable outputs. */
  downExecutors: number;
  /** The run stops when simulated time passes this (ms from the start). */
  readonly maxTimeMs: number;
  /** Straggler factors by `stage.partition`. */
  readonly stragglers: ReadonlyMap<string, number>;
  /** The RDD that reads each shuffle (`ShuffledRDD`, `CoGroupedRDD`, …). */
  readonly shuffleReader: ReadonlyMap<number, PlannedRdd>;
  readonly costs: CostModel;
  readonly rddById: ReadonlyMap<number, PlannedRdd>;
  now: number;
  finished: boolean;
  // SparkContext and driver threads
  readonly threads: DriverThread[];
  nextJobId: number;
  nextStageId: number;
  nextTid: number;
  // DAGScheduler
  readonly stageIdToStage: Map<number, StageState>;
  readonly shuffleIdToMapStage: Map<number, StageState>;
  readonly activeJobs: Map<number, ActiveJob>;
  readonly waitingStages: Set<StageState>;
  readonly runningStages: Set<StageState>;
  readonly failedStages: Set<StageState>;
  resubmitScheduled: boolean;
  // MapOutputTrackerMaster
  readonly shuffles: Map<number, ShuffleStatus>;
  // TaskSchedulerImpl and the backend
  readonly taskSets: TaskSetManager[];
  readonly rootPool: Pool;
  /** Successful map tasks of each live task set (for Resubmitted on executor loss). */
  readonly finishedMapTasks: Map<TaskSetManager, TaskAttempt[]>;
  /** BlockManagerMaster's view of cached RDD blocks: rdd → partition → executors. */
  readonly cacheLocs: Map<number, Map<number, Set<ExecutorState>>>;
  readonly executors: ExecutorState[];
  readonly executorById: Map<string, ExecutorState>;
  /** Bumped when an executor registers or is removed. */
  executorsVersion: number;
  reviveTimerScheduled: boolean;
  speculationScheduled: boolean;
  /** Dynamic allocation: executors asked for and not yet registered; the backlog's start. */
  pendingExecutorRequests: number;
  backlogSince: number | null;
  nextRequestAt: number;
  requestBatch: number;
  nextExecutorNumber: number;
  /** fail-task faults: failures still to inject, keyed `stage.partition`. */
  readonly failuresLeft: Map<string, number>;
  readonly fetchFailuresLeft: Map<string, number>;
}
