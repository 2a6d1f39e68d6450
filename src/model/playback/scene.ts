/**
 * A scene: what the scheduler flow shows after the first `index` events of a trace (the playback
 * contract's position). Every value is readonly and built only from trace events, so the same
 * trace and index always give an equal scene, forwards or backwards.
 *
 * Traces from the simulator carry scheduler steps (trace/scheduler-steps.ts); imported event logs
 * do not. Then `hasSteps` is false and the parts only steps can tell (the event-loop queue, offers,
 * locality levels, cached blocks, the hop of a task between driver and executor) stay empty: the
 * scene never invents what the listener events do not say.
 */
import type { Locality } from '../trace/listener-events.ts';
import type { TaskEndReasonKind } from '../trace/task-end-reason.ts';

/** Where the driver runs (spark.master / spark.submit.deployMode). */
export interface SceneDeploy {
  readonly master: string | null;
  /** `local`: driver and executor in one JVM; `client`: driver outside the cluster; `cluster`: on a worker. */
  readonly mode: 'local' | 'client' | 'cluster';
}

export type JobStatus = 'running' | 'succeeded' | 'failed';

/** A job and its `JobWaiter` (tasks finished / total result partitions). */
export interface SceneJob {
  readonly jobId: number;
  readonly status: JobStatus;
  readonly stageIds: readonly number[];
  /** The job's ResultStage: the last stage created for it, so the highest id. */
  readonly resultStageId: number | null;
  /** Result partitions the waiter waits for, and how many have succeeded. */
  readonly totalTasks: number;
  readonly finishedTasks: number;
  /** The calling thread is inside `SparkContext.runJob` (from runJob until the waiter completes). */
  readonly waiting: boolean;
  readonly pool: string | null;
}

export type StageState = 'created' | 'waiting' | 'running' | 'finished' | 'failed' | 'skipped';

export interface SceneStageAttempt {
  readonly attemptId: number;
  readonly numTasks: number;
  readonly state: 'running' | 'finished' | 'failed';
  readonly failureReason: string | null;
}

export interface SceneStage {
  readonly stageId: number;
  readonly name: string;
  readonly kind: 'shuffleMap' | 'result';
  /** Parent stage ids; null when the log does not record them. */
  readonly parentIds: readonly number[] | null;
  readonly numPartitions: number;
  readonly state: StageState;
  readonly attempts: readonly SceneStageAttempt[];
  readonly jobIds: readonly number[];
  /** The shuffle this map stage writes, when the trace says (scheduler steps or a fetch failure). */
  readonly shuffleId: number | null;
}

/** One `TaskSetManager`: a running (or zombie, still draining) stage attempt in the TaskScheduler. */
export interface SceneTaskSet {
  readonly stageId: number;
  readonly stageAttemptId: number;
  readonly numTasks: number;
  readonly pool: string;
  /** Tasks not yet succeeded and not running. */
  readonly pending: number;
  readonly runningTaskIds: readonly number[];
  readonly succeeded: number;
  readonly failedAttempts: number;
  readonly killedAttempts: number;
  /** Valid locality levels (TaskSetManager.computeValidLocalityLevels), best first; empty without steps. */
  readonly localityLevels: readonly string[];
  /** Task attempts launched per locality level so far. */
  readonly launchedByLocality: Readonly<Partial<Record<Locality, number>>>;
  /** Indexes marked speculatable and not yet copied. */
  readonly speculatable: number;
  /** No more launches (its stage attempt completed or failed, R-11.2), but tasks still running. */
  readonly zombie: boolean;
}

export interface ScenePool {
  readonly name: string;
  /** `stageId.attempt` keys of its task sets, in FIFO order (job id, then stage id; ). */
  readonly taskSets: readonly string[];
}

export interface ScenePools {
  readonly mode: 'FIFO' | 'FAIR';
  readonly pools: readonly ScenePool[];
}

/** The last `makeOffers` round of the scheduler backend (steps only). */
export interface SceneOffers {
  readonly rounds: number;
  /** Event index of the last round's `makeOffers`, or null before any. */
  readonly lastIndex: number | null;
  /** One executor (after a status update) or null for all alive executors. */
  readonly executorId: string | null;
  readonly offers: number;
  readonly freeCores: number;
  /** Task ids the round launched so far. */
  readonly launched: readonly number[];
}

export type ExecutorState = 'alive' | 'unresponsive' | 'lost' | 'removed';

export interface SceneExecutor {
  readonly executorId: string;
  readonly host: string;
  readonly cores: number;
  readonly state: ExecutorState;
  readonly reason: string | null;
  /** One entry per TaskRunner slot (cores, more if the trace shows more tasks at once): task id or null. */
  readonly slots: readonly (number | null)[];
  /** Shuffle map outputs held, per map stage. */
  readonly shuffleOutputs: readonly { readonly stageId: number; readonly count: number }[];
  /** Cached RDD blocks held, per RDD (steps only). */
  readonly cachedBlocks: readonly { readonly rddId: number; readonly count: number }[];
}

/** The MapOutputTracker's view of one map stage's outputs. */
export interface SceneShuffle {
  readonly stageId: number;
  readonly shuffleId: number | null;
  readonly numMaps: number;
  readonly available: number;
}

/**
 * Where a task attempt is in its round trip. `offered`: picked by TaskSetManager.resourceOffer;
 * `launching`: LaunchTask on its way to the executor; `running`: in a TaskRunner slot; `reporting`:
 * its StatusUpdate on the way back; `result`: at the TaskResultGetter / DAGScheduler queue.
 * Without steps a task is `running` from TaskStart and `reporting` from TaskGettingResult.
 */
export type TokenPhase = 'offered' | 'launching' | 'running' | 'reporting' | 'result' | 'ended';

export interface SceneToken {
  readonly taskId: number;
  readonly stageId: number;
  readonly stageAttemptId: number;
  readonly index: number;
  readonly partition: number;
  readonly attempt: number;
  readonly executorId: string;
  readonly slot: number | null;
  readonly phase: TokenPhase;
  readonly speculative: boolean;
  readonly locality: Locality | null;
  /** Set when `phase` is `ended`. */
  readonly outcome: TaskEndReasonKind | null;
  /** Another attempt of the same index is running at the same time (speculation, R-10.7). */
  readonly racing: boolean;
}

/**
 * Shuffle reads of one stage attempt: its tasks on their slots fetch from every executor holding
 * map outputs of the parent stages (R-12.1: a reducer reads its slice of each map output).
 */
export interface SceneFetch {
  readonly stageId: number;
  readonly stageAttemptId: number;
  readonly mapStageIds: readonly number[];
  readonly fromExecutorIds: readonly string[];
  /** The stage attempt's tasks in phase `running`, ascending. */
  readonly taskIds: readonly number[];
}

export interface SceneQueueEntry {
  /** DAGSchedulerEvent class name: JobSubmitted, CompletionEvent, ExecutorLost, ResubmitFailedStages … */
  readonly event: string;
  readonly postedAt: number;
  readonly jobId: number | null;
  readonly taskId: number | null;
  readonly executorId: string | null;
}

export interface SceneQueue {
  readonly entries: readonly SceneQueueEntry[];
  readonly posted: number;
  readonly handled: number;
  /** The event the loop handled at the current position, if any. */
  readonly handling: string | null;
}

export type SceneFault =
  | {
      readonly kind: 'taskFailed';
      readonly at: number;
      readonly taskId: number;
      readonly stageId: number;
      readonly index: number;
      readonly attempt: number;
      readonly executorId: string;
      readonly reason: TaskEndReasonKind;
    }
  | {
      readonly kind: 'executorLost';
      readonly at: number;
      readonly executorId: string;
      readonly outputsLost: number;
    }
  | {
      readonly kind: 'fetchFailed';
      readonly at: number;
      readonly taskId: number;
      readonly stageId: number;
      readonly mapStageId: number | null;
      readonly shuffleId: number;
      readonly mapIndex: number | null;
      readonly executorId: string | null;
    }
  | {
      readonly kind: 'stageResubmitted';
      readonly at: number;
      readonly stageId: number;
      readonly attemptId: number;
    }
  | {
      readonly kind: 'speculative';
      readonly at: number;
      readonly stageId: number;
      readonly index: number | null;
    };

export interface Scene {
  readonly index: number;
  readonly time: number;
  readonly hasSteps: boolean;
  readonly deploy: SceneDeploy;
  readonly activeJobIds: ReadonlySet<number>;
  readonly runningStageIds: ReadonlySet<number>;
  readonly runningTaskIds: ReadonlySet<number>;
  /** Jobs in id order. */
  readonly jobs: readonly SceneJob[];
  /** Stages in id order. */
  readonly stages: readonly SceneStage[];
  readonly taskSets: readonly SceneTaskSet[];
  readonly pools: ScenePools;
  readonly offers: SceneOffers;
  readonly queue: SceneQueue;
  /** Executors (the driver's block manager included as `driver`) in compareExecutorIds order. */
  readonly executors: readonly SceneExecutor[];
  readonly shuffles: readonly SceneShuffle[];
  /** Tasks on their way or running, then the last few that ended. */
  readonly tokens: readonly SceneToken[];
  readonly fetches: readonly SceneFetch[];
  /** Fault marks so far, latest last (at most FAULT_MEMORY). */
  readonly faults: readonly SceneFault[];
}
