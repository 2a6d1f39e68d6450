/**
 * The mutable state of the playback fold: the scene's facts as the events so far left them. Only
 * the fold (apply-*.ts) writes it; `cloneState` copies it for a snapshot or a replay, sharing
 * nothing a later write could change (the map-output table shares chunks copy-on-write).
 */
import type { Locality } from '../trace/listener-events.ts';
import type { ChunkedInts } from './chunked-ints.ts';
import type {
  ExecutorState,
  JobStatus,
  SceneDeploy,
  SceneFault,
  SceneQueueEntry,
  SceneToken,
  StageState,
} from './scene.ts';

export interface JobRec {
  jobId: number;
  status: JobStatus;
  stageIds: number[];
  resultStageId: number | null;
  totalTasks: number;
  finishedTasks: number;
  waiting: boolean;
  pool: string | null;
}

export interface AttemptRec {
  attemptId: number;
  numTasks: number;
  state: 'running' | 'finished' | 'failed';
  failureReason: string | null;
}

export interface StageRec {
  stageId: number;
  name: string;
  parentIds: number[] | null;
  numPartitions: number;
  state: StageState;
  attempts: AttemptRec[];
  jobIds: number[];
  shuffleId: number | null;
  isResult: boolean;
}

export interface TaskSetRec {
  stageId: number;
  stageAttemptId: number;
  jobId: number;
  numTasks: number;
  pool: string;
  running: Set<number>;
  succeeded: number;
  failedAttempts: number;
  killedAttempts: number;
  localityLevels: string[];
  launchedByLocality: Partial<Record<Locality, number>>;
  speculatable: number;
  zombie: boolean;
}

/**
 * A task attempt: the token the scene shows, without `racing` (derived when the scene is read),
 * and whether it has started. Replaced on every change (patchTask), so a snapshot shares the records.
 */
export interface TaskRec extends Omit<SceneToken, 'racing'> {
  /** Started (TaskStart seen) and not ended: a member of runningTaskIds. */
  readonly started: boolean;
}

export interface ExecutorRec {
  executorId: string;
  host: string;
  cores: number;
  state: ExecutorState;
  reason: string | null;
  slots: (number | null)[];
  /** Cached blocks per RDD id. */
  cached: Map<number, number>;
}

export interface ShuffleRec {
  stageId: number;
  shuffleId: number | null;
  numMaps: number;
  available: number;
  /** Map index → executor ordinal + 1 (0: no output). */
  outputs: ChunkedInts;
  /** Outputs held per executor ordinal (index 0 unused): the table's counts, kept as it changes. */
  held: number[];
}

export interface OffersRec {
  rounds: number;
  lastIndex: number | null;
  executorId: string | null;
  offers: number;
  freeCores: number;
  launched: number[];
}

export interface FoldState {
  index: number;
  readonly hasSteps: boolean;
  /**
   * Whether the steps include those about single tasks (a simulation recorded with `steps: 'all'`);
   * with `stage` detail the task hops and map-output registrations come from listener events.
   */
  readonly taskSteps: boolean;
  readonly deploy: SceneDeploy;
  readonly fairScheduler: boolean;
  readonly externalShuffleService: boolean;
  activeJobs: Set<number>;
  runningStages: Set<number>;
  runningTasks: Set<number>;
  jobs: Map<number, JobRec>;
  stages: Map<number, StageRec>;
  taskSets: Map<string, TaskSetRec>;
  /** Tasks in flight or started and not ended. */
  tasks: Map<number, TaskRec>;
  /** The last few ended task attempts, oldest first. */
  ended: TaskRec[];
  executors: Map<string, ExecutorRec>;
  /** Executor ids by ordinal (the map-output table stores ordinal + 1), and back. */
  executorOrdinals: string[];
  ordinalOf: Map<string, number>;
  shuffles: Map<number, ShuffleRec>;
  /** Shuffle id → map stage id. */
  shuffleStage: Map<number, number>;
  offers: OffersRec;
  queue: SceneQueueEntry[];
  posted: number;
  handled: number;
  handling: string | null;
  handlingAt: number;
  faults: SceneFault[];
}

/** Which scheduler steps a trace has: none (an event log), stage-level only, or all. */
export type StepDetailSeen = 'none' | 'stage' | 'all';

export function taskSetKey(stageId: number, attemptId: number): string {
  return `${stageId}.${attemptId}`;
}

export function emptyState(
  steps: StepDetailSeen,
  deploy: SceneDeploy,
  fair: boolean,
  ess: boolean,
): FoldState {
  const hasSteps = steps !== 'none';
  return {
    index: 0,
    hasSteps,
    taskSteps: steps === 'all',
    deploy,
    fairScheduler: fair,
    externalShuffleService: ess,
    activeJobs: new Set(),
    runningStages: new Set(),
    runningTasks: new Set(),
    jobs: new Map(),
    stages: new Map(),
    taskSets: new Map(),
    tasks: new Map(),
    ended: [],
    executors: new Map(),
    executorOrdinals: [],
    ordinalOf: new Map(),
    shuffles: new Map(),
    shuffleStage: new Map(),
    offers: { rounds: 0, lastIndex: null, executorId: null, offers: 0, freeCores: 0, launched: [] },
    queue: [],
    posted: 0,
    handled: 0,
    handling: null,
    handlingAt: -1,
    faults: [],
  };
}

function copyMap<K, V>(m: Map<K, V>, copy: (v: V) => V): Map<K, V> {
  const out = new Map<K, V>();
  for (const [k, v] of m) out.set(k, copy(v));
  return out;
}

export function cloneState(s: FoldState): FoldState {
  return {
    ...s,
    activeJobs: new Set(s.activeJobs),
    runningStages: new Set(s.runningStages),
    runningTasks: new Set(s.runningTasks),
    jobs: copyMap(s.jobs, (j) => ({ ...j, stageIds: [...j.stageIds] })),
    stages: copyMap(s.stages, (st) => ({
      ...st,
      jobIds: [...st.jobIds],
      attempts: st.attempts.map((a) => ({ ...a })),
    })),
    taskSets: copyMap(s.taskSets, (t) => ({
      ...t,
      running: new Set(t.running),
      localityLevels: [...t.localityLevels],
      launchedByLocality: { ...t.launchedByLocality },
    })),
    tasks: new Map(s.tasks),
    ended: [...s.ended],
    executors: copyMap(s.executors, (x) => ({ ...x, slots: [...x.slots], cached: new Map(x.cached) })),
    executorOrdinals: [...s.executorOrdinals],
    ordinalOf: new Map(s.ordinalOf),
    shuffles: copyMap(s.shuffles, (r) => ({ ...r, outputs: r.outputs.clone(), held: [...r.held] })),
    shuffleStage: new Map(s.shuffleStage),
    offers: { ...s.offers, launched: [...s.offers.launched] },
    queue: [...s.queue],
    faults: [...s.faults],
  };
}
