/**
 * The public face of the simulator (DESIGN.md "The simulator is deterministic"): a discrete-event
 * core with no clock of its own. `createSimulation` sets up the cluster and the driver threads;
 * `step` applies exactly one event (a whole Spark action such as one offer round or one completion,
 * never half of one); `runUntil`/`runToEnd` repeat it. All randomness comes from one seeded
 * generator, so the same plan, cluster, faults and seed give the same trace byte for byte.
 */
import type { Pipeline } from '../pipeline/types.ts';
import type { Plan, PlannedJob, PlannedRdd } from '../plan/planned.ts';
import { planPipeline } from '../plan/plan-pipeline.ts';
import { TraceBuilder } from '../trace/trace-builder.ts';
import type { Trace, TraceEvent } from '../trace/trace.ts';
import { buildCostModel } from './cost-model.ts';
import { handleJobSubmitted } from './dag-scheduler.ts';
import {
  EPOCH,
  REGISTRATION_MS,
  allocationTick,
  applicationEnd,
  applicationStart,
  executorFault,
  heartbeatCheck,
  registerExecutor,
  speculationCheck,
  threadNext,
} from './driver.ts';
import { EventQueue } from './event-queue.ts';
import type { Fault } from './faults.ts';
import { createRootPool } from './pools.ts';
import { post } from './post.ts';
import { createRandom } from './random.ts';
import { type ClusterOptions, type ClusterSettings, resolveCluster } from './settings.ts';
import type { DagEvent, DriverThread, Engine, SimEvent, StepDetail } from './state.ts';
import {
  abortStage,
  handleBeginEvent,
  handleExecutorLost,
  handleGettingResult,
  handleTaskCompletion,
  resubmitFailedStages,
} from './task-completion.ts';
import { finishOnExecutor, killOnExecutor, launchOnExecutor } from './task-runner.ts';
import { resultFetched } from './task-end.ts';
import { makeOffers, statusUpdate } from './task-scheduler.ts';

export interface SimulationOptions {
  /** Seed of the run's one random source (offer shuffling, noise, probabilistic faults); 0 by default. */
  readonly seed?: number;
  readonly faults?: readonly Fault[];
  /**
   * Which scheduler steps to record besides the listener events: `all`, `stage` (only steps that
   * concern no single task: a million-task run stays near a gigabyte), `none`, or `auto` (the
   * default): `all` up to AUTO_STEP_TASKS planned tasks, `stage` above.
   */
  readonly steps?: StepDetail | 'auto';
  /**
   * Simulated time after which the run stops (ms from the start; 7 days by default), so a program
   * Spark would leave waiting forever (every executor lost while dynamic allocation cannot add one)
   * still ends.
   */
  readonly maxTimeMs?: number;
}

/**
 * What to simulate: a parsed pipeline (planned here with `planPipeline`), a plan, or both (the
 * pipeline then only supplies its data `hints` to the cost model).
 */
export type SimulationInput = Pipeline | Plan | { readonly plan: Plan; readonly pipeline?: Pipeline | null };

function resolveInput(input: SimulationInput): { plan: Plan; pipeline: Pipeline | null } {
  if ('plan' in input) return { plan: input.plan, pipeline: input.pipeline ?? null };
  if ('jobs' in input) return { plan: input, pipeline: null };
  return { plan: planPipeline(input), pipeline: input };
}

/** Above this many planned tasks, `steps: 'auto'` keeps only the steps that concern no single task. */
export const AUTO_STEP_TASKS = 100_000;

export type { StepDetail };

function plannedTasks(plan: Plan): number {
  let n = 0;
  for (const job of plan.jobs) for (const s of job.stages) if (!s.skipped) n += s.numTasks;
  return n;
}

/** The engine behind each simulation: reachable only from this module, so callers see whole steps only. */
const engines = new WeakMap<Simulation, Engine>();

function engineOf(sim: Simulation): Engine {
  const e = engines.get(sim);
  if (!e) throw new Error('not a simulation made by createSimulation');
  return e;
}

/**
 * A running simulation. What it shows changes only inside `step`, one whole event at a time; its
 * state is private to the simulator.
 */
export class Simulation {
  private readonly builder = new TraceBuilder();
  private posted = 0;

  private constructor() {}

  /** @internal Used by createSimulation only. */
  static of(engine: Engine): Simulation {
    const sim = new Simulation();
    engines.set(sim, engine);
    return sim;
  }

  /** Simulated time, epoch ms. */
  get time(): number {
    return engineOf(this).now;
  }
  get done(): boolean {
    return engineOf(this).finished;
  }
  /** The trace's events so far, in posting order (a live view: read it, do not keep it across steps). */
  get events(): readonly TraceEvent[] {
    return engineOf(this).events;
  }
  /** The resolved cluster settings, Spark's defaults filled in. */
  get settings(): ClusterSettings {
    return engineOf(this).settings;
  }

  /**
   * The trace so far, with the application and executors as its events describe them. Copies the
   * event list: a playback loop reads `events` instead.
   */
  trace(): Trace {
    const events = engineOf(this).events;
    for (; this.posted < events.length; this.posted++) this.builder.add(events[this.posted] as TraceEvent);
    return this.builder.build();
  }
}

/**
 * Groups the plan's jobs into driver threads (`thread`; one thread when none is named), in order.
 * Jobs that operations run while RDDs are defined (a sortByKey sample, zipWithIndex's sizes) come
 * before every action and run on the main thread; named threads start only after them.
 */
function driverThreads(jobs: readonly PlannedJob[]): DriverThread[] {
  const firstAction = jobs.findIndex((j) => j.trigger.kind === 'action' || j.thread !== undefined);
  const defining = firstAction < 0 ? [] : jobs.slice(0, firstAction);
  const rest = firstAction < 0 ? jobs : jobs.slice(firstAction);
  const byName = new Map<string, PlannedJob[]>();
  for (const job of rest) {
    const name = job.thread ?? 'main';
    const list = byName.get(name);
    if (list) list.push(job);
    else byName.set(name, [job]);
  }
  const named = [...byName];
  if (defining.length === 0 || (named.length === 1 && named[0]?.[0] === 'main'))
    return named.length === 0
      ? []
      : named.map(([name, list]) => ({
          name,
          jobs: name === 'main' ? [...defining, ...list] : list,
          next: 0,
          failed: false,
          after: null,
        }));
  const main: DriverThread = { name: 'main', jobs: defining, next: 0, failed: false, after: null };
  return [main, ...named.map(([name, list]) => ({ name, jobs: list, next: 0, failed: false, after: main }))];
}

export function createSimulation(
  input: SimulationInput,
  cluster: ClusterOptions = {},
  options: SimulationOptions = {},
): Simulation {
  const settings = resolveCluster(cluster);
  const faults = options.faults ?? [];
  const ids = new Set<string>();
  for (const [i, x] of settings.executors.entries()) {
    if (ids.has(x.id)) throw new Error(`executors[${i}]: duplicate executor id "${x.id}"`);
    ids.add(x.id);
    // SparkContext refuses to start when a task needs more cores than an executor has.
    if (x.cores < settings.taskCpus)
      throw new Error(
        `executors[${i}]: the number of cores per executor (=${x.cores}) has to be >= the number of cpus per task = ${settings.taskCpus}`,
      );
  }
  for (const [i, f] of faults.entries()) {
    if ((f.kind === 'kill-executor' || f.kind === 'hang-executor') && f.executor === 'driver')
      throw new Error(
        `faults[${i}]: executor "driver" is the driver itself (local mode); losing it ends the application`,
      );
    if (
      (f.kind === 'kill-executor' || f.kind === 'hang-executor') &&
      !settings.executors.some((x) => x.id === f.executor)
    )
      throw new Error(
        `faults[${i}]: unknown executor "${f.executor}" (executors: ${settings.executors.map((x) => x.id).join(', ')})`,
      );
  }
  const { plan, pipeline } = resolveInput(input);
  const detail = options.steps ?? 'auto';
  const recordSteps: StepDetail =
    detail !== 'auto' ? detail : plannedTasks(plan) <= AUTO_STEP_TASKS ? 'all' : 'stage';
  const events: TraceEvent[] = [];
  const stragglers = new Map<string, number>();
  for (const f of faults) if (f.kind === 'straggler') stragglers.set(`${f.stage}.${f.partition}`, f.factor);
  const shuffleReader = new Map<number, PlannedRdd>();
  for (const r of plan.rdds)
    for (const d of r.deps) if (d.shuffleId !== undefined) shuffleReader.set(d.shuffleId, r);
  const e: Engine = {
    plan,
    pipeline,
    settings,
    faults,
    random: createRandom(options.seed ?? 0),
    queue: new EventQueue<SimEvent>(),
    events,
    recordSteps,
    taskSteps: recordSteps === 'all',
    downExecutors: 0,
    maxTimeMs: options.maxTimeMs ?? 7 * 24 * 3600 * 1000,
    stragglers,
    shuffleReader,
    costs: buildCostModel(plan, pipeline, settings.costs),
    rddById: new Map(plan.rdds.map((r) => [r.rddId, r])),
    now: EPOCH,
    finished: false,
    threads: driverThreads(plan.jobs),
    nextJobId: 0,
    nextStageId: 0,
    nextTid: 0,
    stageIdToStage: new Map(),
    shuffleIdToMapStage: new Map(),
    activeJobs: new Map(),
    waitingStages: new Set(),
    runningStages: new Set(),
    failedStages: new Set(),
    resubmitScheduled: false,
    shuffles: new Map(),
    taskSets: [],
    rootPool: createRootPool(settings.schedulingMode, settings.pools),
    finishedMapTasks: new Map(),
    cacheLocs: new Map(),
    executors: [],
    executorById: new Map(),
    executorsVersion: 0,
    reviveTimerScheduled: false,
    speculationScheduled: false,
    pendingExecutorRequests: 0,
    backlogSince: null,
    nextRequestAt: 0,
    requestBatch: 1,
    nextExecutorNumber: settings.executors.length + (settings.deployMode.startsWith('yarn') ? 1 : 0),
    failuresLeft: new Map(),
    fetchFailuresLeft: new Map(),
  };
  for (const f of faults) {
    if (f.kind === 'fail-task') e.failuresLeft.set(`${f.stage}.${f.partition}`, f.times);
    if (f.kind === 'fetch-failure') e.fetchFailuresLeft.set(`${f.stage}.${f.partition}`, f.times);
  }
  e.queue.push(EPOCH, { k: 'appStart' });
  return Simulation.of(e);
}

/** Applies the next event; a finished simulation stays as it is. */
export function step(sim: Simulation): Simulation {
  const e = engineOf(sim);
  if (e.finished) return sim;
  const item = e.queue.pop();
  if (!item || item.time - EPOCH > e.maxTimeMs) {
    post(e, { kind: 'applicationEnd', time: e.now, exitCode: null });
    e.finished = true;
    return sim;
  }
  e.now = item.time;
  dispatch(e, item.event);
  afterEvent(e);
  return sim;
}

/** Steps until simulated time passes `time` (epoch ms) or the run ends. */
export function runUntil(sim: Simulation, time: number): Simulation {
  const e = engineOf(sim);
  while (!e.finished) {
    const next = e.queue.peek();
    if (next && next.time > time) break;
    step(sim);
  }
  return sim;
}

/** Steps until the application ends. */
export function runToEnd(sim: Simulation): Simulation {
  const e = engineOf(sim);
  while (!e.finished) step(sim);
  return sim;
}

/** Runs a whole simulation and returns its trace. */
export function simulate(
  input: SimulationInput,
  cluster: ClusterOptions = {},
  options: SimulationOptions = {},
): Trace {
  return runToEnd(createSimulation(input, cluster, options)).trace();
}

function dispatch(e: Engine, ev: SimEvent): void {
  switch (ev.k) {
    case 'appStart':
      applicationStart(e);
      for (const f of e.faults) {
        if (f.kind !== 'kill-executor' && f.kind !== 'hang-executor') continue;
        const at = EPOCH + f.atMs;
        e.queue.push(at, {
          k: 'executorFaultById',
          executor: f.executor,
          mode: f.kind === 'kill-executor' ? 'kill' : 'hang',
        });
      }
      return;
    case 'executorFaultById': {
      const ex = e.executorById.get(ev.executor);
      if (ex) executorFault(e, ex, ev.mode);
      // A fault timed before the executor registered hits it as soon as it has.
      else if (e.now < EPOCH + REGISTRATION_MS) e.queue.push(EPOCH + REGISTRATION_MS, ev);
      return;
    }
    case 'executorFault':
      return executorFault(e, ev.executor, ev.mode);
    case 'threadNext':
      return threadNext(e, ev.thread);
    case 'dag':
      return dagEvent(e, ev.ev);
    case 'revive':
      return makeOffers(e, ev.executor, true);
    case 'reviveTimer':
      e.reviveTimerScheduled = false;
      return makeOffers(e, null, false);
    case 'launch':
      return launchOnExecutor(e, ev.task);
    case 'taskDone':
      return finishOnExecutor(e, ev.task);
    case 'killArrives':
      return killOnExecutor(e, ev.task, ev.reason);
    case 'statusUpdate':
      return statusUpdate(e, ev.task, ev.reason);
    case 'resultFetched':
      return resultFetched(e, ev.task, ev.reason);
    case 'heartbeatCheck':
      return heartbeatCheck(e);
    case 'speculationCheck':
      return speculationCheck(e);
    case 'allocationTick':
      return allocationTick(e);
    case 'executorStarted':
      return registerExecutor(e, ev.spec);
    case 'appEnd':
      return applicationEnd(e);
  }
}

/** The DAGScheduler's event loop (`DAGSchedulerEventProcessLoop.doOnReceive`). */
function dagEvent(e: Engine, ev: DagEvent): void {
  switch (ev.t) {
    case 'JobSubmitted':
      return handleJobSubmitted(e, ev.jobId, ev.thread, ev.job);
    case 'BeginEvent':
      return handleBeginEvent(e, ev.task);
    case 'GettingResult':
      return handleGettingResult(e, ev.task);
    case 'CompletionEvent':
      return handleTaskCompletion(e, ev.task, ev.reason);
    case 'ExecutorLost':
      return handleExecutorLost(e, ev.executor, ev.fileLost);
    case 'ResubmitFailedStages':
      return resubmitFailedStages(e);
    case 'TaskSetFailed':
      return abortStage(e, ev.tsm.stage, ev.message);
    case 'SpeculativeTaskSubmitted':
      post(e, {
        kind: 'speculativeTaskSubmitted',
        time: e.now,
        stageId: ev.tsm.stageId,
        stageAttemptId: ev.tsm.stageAttempt,
        taskIndex: ev.index,
      });
      return;
  }
}

/** Timers that run only while there is work: speculation checks every spark.speculation.interval. */
function afterEvent(e: Engine): void {
  const s = e.settings.speculation;
  if (s.enabled && !e.speculationScheduled && !e.finished && e.taskSets.some((t) => t.running.size > 0)) {
    e.speculationScheduled = true;
    e.queue.push(e.now + s.intervalMs, { k: 'speculationCheck' });
  }
}
