/**
 * Geometry of the scheduler flow: where each part of the driver and the cluster sits, and where a
 * task token stands in each phase of its trip. Pure (no DOM): a scene in, boxes and points out,
 * so the element only draws, and a token keeps its key while its point changes (the CSS
 * transition then moves it).
 */
import type { Scene, SceneExecutor, SceneStage, SceneToken } from '../../model/index.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ExecutorLayout {
  readonly executor: SceneExecutor;
  readonly box: Box;
  readonly slots: readonly Box[];
  readonly blocks: Box;
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly driver: Box;
  readonly cluster: Box;
  /** The frame around the driver and the executors that share its place (cluster or one JVM). */
  readonly outer: Box | null;
  readonly jobs: Box;
  readonly dag: Box;
  readonly queue: Box;
  readonly scheduler: Box;
  readonly backend: Box;
  readonly faults: Box;
  readonly stageBoxes: ReadonlyMap<number, Box>;
  readonly taskSetBoxes: ReadonlyMap<string, Box>;
  readonly jobBoxes: ReadonlyMap<number, Box>;
  readonly executors: readonly ExecutorLayout[];
  readonly hiddenExecutors: number;
}

/** The widest layout: a wider host scales it up. */
export const WIDTH = 1000;
/** The narrowest layout: a narrower host scales it down (and its text with it). */
export const MIN_WIDTH = 540;
/** Below this the driver's four parts take two rows of two, so each keeps a readable width. */
export const ONE_ROW_WIDTH = 820;
const PAD = 10;
/** Height of one row of driver parts (runJob, DAGScheduler, TaskScheduler, backend). */
const ROW_H = 204;
const EXEC_W = 236;
const EXEC_GAP = 10;
const SLOT = 26;
const SLOTS_PER_ROW = 7;
/** More executors than this are summarised: a view of 200 executors would be unreadable. */
export const MAX_EXECUTORS = 16;
export const MAX_STAGES = 16;
export const MAX_JOBS = 4;
export const TASK_SET_H = 72;

export const STAGE_COLUMNS = ['waiting', 'running', 'finished', 'failed'] as const;

/** The column a stage state is drawn in (created and skipped stages join waiting and finished). */
export function stageColumn(stage: SceneStage): (typeof STAGE_COLUMNS)[number] {
  switch (stage.state) {
    case 'created':
    case 'waiting':
      return 'waiting';
    case 'skipped':
      return 'finished';
    default:
      return stage.state;
  }
}

/** Stages worth drawing: those of the active jobs, else of the last job; the newest MAX_STAGES. */
export function visibleStages(scene: Scene): SceneStage[] {
  const jobs =
    scene.activeJobIds.size > 0 ? scene.activeJobIds : new Set(scene.jobs.slice(-1).map((j) => j.jobId));
  const picked = scene.stages.filter(
    (s) => s.jobIds.some((j) => jobs.has(j)) || scene.runningStageIds.has(s.stageId),
  );
  return picked.slice(-MAX_STAGES);
}

/** Jobs worth drawing: running or still waited for, then the latest finished ones. */
export function visibleJobs(scene: Scene) {
  const live = scene.jobs.filter((j) => j.status === 'running' || j.waiting);
  const done = scene.jobs.filter((j) => !(j.status === 'running' || j.waiting));
  return [...done.slice(-Math.max(1, MAX_JOBS - live.length)), ...live].slice(-MAX_JOBS);
}

/** Executors with cores (the driver's own block manager is drawn only in local mode). */
function drawnExecutors(scene: Scene): SceneExecutor[] {
  const all = scene.executors.filter((x) => x.cores > 0 || x.slots.length > 0);
  if (all.length <= MAX_EXECUTORS) return all;
  // Busy and faulty executors first, then by id.
  const weight = (x: SceneExecutor): number =>
    (x.state === 'alive' ? 0 : 2) + (x.slots.some((s) => s !== null) ? 1 : 0);
  const keep = new Set([...all].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_EXECUTORS));
  return all.filter((x) => keep.has(x));
}

function executorHeight(x: SceneExecutor): number {
  const rows = Math.max(1, Math.ceil(Math.max(x.slots.length, x.cores) / SLOTS_PER_ROW));
  return 36 + rows * (SLOT + 6) + 48;
}

/**
 * The width to lay out for a host `available` CSS pixels wide: the host's own width between
 * MIN_WIDTH and WIDTH, so the drawing is shown at scale 1 (text at its stylesheet size) on the
 * widths a projected run page has, and scaled only outside that range. An unmeasured host gets WIDTH.
 */
export function layoutWidth(available: number): number {
  if (!(available > 0)) return WIDTH;
  return Math.round(Math.min(WIDTH, Math.max(MIN_WIDTH, available)));
}

interface DriverParts {
  readonly jobs: Box;
  readonly dag: Box;
  readonly scheduler: Box;
  readonly backend: Box;
}

/**
 * The driver's four parts in one row (widths in the proportions 172 : 320 : 262 : rest of the
 * 1000-wide layout) or, below ONE_ROW_WIDTH, in two rows: runJob beside the DAGScheduler, the
 * TaskScheduler beside the backend.
 */
function driverParts(driver: Box, top: number): DriverParts {
  const left = driver.x + 8;
  const span = driver.w - 16;
  const right = left + span;
  if (driver.w + 2 * PAD >= ONE_ROW_WIDTH) {
    const inner = span - 30;
    const jobs = { x: left, y: top, w: Math.round((inner * 172) / 934), h: ROW_H };
    const dag = { x: jobs.x + jobs.w + 10, y: top, w: Math.round((inner * 320) / 934), h: ROW_H };
    const scheduler = { x: dag.x + dag.w + 10, y: top, w: Math.round((inner * 262) / 934), h: ROW_H };
    const bx = scheduler.x + scheduler.w + 10;
    return { jobs, dag, scheduler, backend: { x: bx, y: top, w: right - bx, h: ROW_H } };
  }
  const second = top + ROW_H + 10;
  const jobs = { x: left, y: top, w: Math.round((span - 10) * 0.32), h: ROW_H };
  const dag = { x: jobs.x + jobs.w + 10, y: top, w: right - (jobs.x + jobs.w + 10), h: ROW_H };
  const scheduler = { x: left, y: second, w: Math.round((span - 10) * 0.56), h: ROW_H };
  const bx = scheduler.x + scheduler.w + 10;
  return { jobs, dag, scheduler, backend: { x: bx, y: second, w: right - bx, h: ROW_H } };
}

/** Lays the scene out `width` user units wide (layoutWidth of the host; WIDTH when not given). */
export function layoutFlow(scene: Scene, width = WIDTH): FlowLayout {
  const shown = drawnExecutors(scene);
  const perRow = Math.max(1, Math.floor((width - 2 * PAD + EXEC_GAP) / (EXEC_W + EXEC_GAP)));
  const rows = width >= ONE_ROW_WIDTH ? 1 : 2;
  // Title, the rows of parts, and the faults strip under them.
  const driverH = 20 + 26 + rows * ROW_H + (rows - 1) * 10 + 50;
  const clusterTop = PAD + driverH + 34;
  const executors: ExecutorLayout[] = [];
  let rowTop = clusterTop + 30;
  for (let i = 0; i < shown.length; i += perRow) {
    const row = shown.slice(i, i + perRow);
    const h = Math.max(...row.map(executorHeight));
    row.forEach((executor, j) => {
      const box = { x: PAD + 10 + j * (EXEC_W + EXEC_GAP), y: rowTop, w: EXEC_W - 10, h };
      const n = Math.max(executor.slots.length, executor.cores);
      const slots = Array.from({ length: n }, (_, k) => ({
        x: box.x + 8 + (k % SLOTS_PER_ROW) * (SLOT + 4),
        y: box.y + 36 + Math.floor(k / SLOTS_PER_ROW) * (SLOT + 6),
        w: SLOT,
        h: SLOT,
      }));
      executors.push({
        executor,
        box,
        slots,
        blocks: { x: box.x + 6, y: box.y + h - 46, w: box.w - 12, h: 40 },
      });
    });
    rowTop += h + EXEC_GAP;
  }
  const clusterBottom = Math.max(rowTop, clusterTop + 80);
  const driver = { x: PAD, y: PAD + 20, w: width - 2 * PAD, h: driverH - 20 };
  const cluster = { x: PAD, y: clusterTop, w: width - 2 * PAD, h: clusterBottom - clusterTop };
  const { jobs, dag, scheduler, backend } = driverParts(driver, driver.y + 26);
  const queue = { x: dag.x + 6, y: dag.y + 22, w: dag.w - 12, h: 40 };
  const faults = { x: driver.x + 8, y: driver.y + driver.h - 44, w: driver.w - 16, h: 40 };

  const stageBoxes = new Map<number, Box>();
  const stages = visibleStages(scene);
  const colW = (dag.w - 12) / STAGE_COLUMNS.length;
  STAGE_COLUMNS.forEach((col, c) => {
    stages
      .filter((s) => stageColumn(s) === col)
      .forEach((s, k) =>
        stageBoxes.set(s.stageId, {
          x: dag.x + 6 + c * colW + 4,
          y: queue.y + queue.h + 30 + k * 30,
          w: colW - 8,
          h: 24,
        }),
      );
  });

  const taskSetBoxes = new Map<string, Box>();
  let y = scheduler.y + 40;
  for (const pool of scene.pools.pools) {
    y += 18;
    for (const key of pool.taskSets) {
      taskSetBoxes.set(key, { x: scheduler.x + 14, y, w: scheduler.w - 22, h: TASK_SET_H });
      y += TASK_SET_H + 6;
    }
  }

  const jobBoxes = new Map<number, Box>();
  visibleJobs(scene).forEach((j, k) =>
    jobBoxes.set(j.jobId, { x: jobs.x + 6, y: jobs.y + 40 + k * 48, w: jobs.w - 12, h: 42 }),
  );

  const height = clusterBottom + PAD;
  const outer =
    scene.deploy.mode === 'client' ? null : { x: PAD / 2, y: PAD / 2, w: width - PAD, h: height - PAD };
  return {
    width,
    height,
    driver,
    cluster,
    outer,
    jobs,
    dag,
    queue,
    scheduler,
    backend,
    faults,
    stageBoxes,
    taskSetBoxes,
    jobBoxes,
    executors,
    hiddenExecutors: scene.executors.filter((x) => x.cores > 0 || x.slots.length > 0).length - shown.length,
  };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Where a token stands: in its TaskSetManager when offered, on its executor's slot while launched
 * and running, at the backend on its status update, in the DAGScheduler queue as a result, and
 * back at its task set (or its job's waiter) once ended. Null when its place is not drawn.
 */
export function tokenPoint(layout: FlowLayout, scene: Scene, token: SceneToken, order: number): Point | null {
  const tsm = layout.taskSetBoxes.get(`${token.stageId}.${token.stageAttemptId}`);
  const spread = (box: Box, k: number, perRow: number): Point => ({
    x: box.x + 10 + (k % perRow) * 14,
    y: box.y + box.h - 10 - Math.floor(k / perRow) * 14,
  });
  switch (token.phase) {
    case 'offered':
      return tsm ? spread(tsm, order, Math.max(1, Math.floor((tsm.w - 20) / 14))) : null;
    case 'launching':
    case 'running': {
      const x = layout.executors.find((e) => e.executor.executorId === token.executorId);
      const slot = token.slot === null ? undefined : x?.slots[token.slot];
      return slot ? { x: slot.x + slot.w / 2, y: slot.y + slot.h / 2 } : null;
    }
    case 'reporting':
      return spread(layout.backend, order, Math.floor((layout.backend.w - 20) / 14));
    case 'result':
      return {
        x: layout.queue.x + layout.queue.w - 12 - (order % 20) * 14,
        y: layout.queue.y + layout.queue.h - 10,
      };
    case 'ended': {
      const job = scene.jobs.find((j) => j.resultStageId === token.stageId && layout.jobBoxes.has(j.jobId));
      const box = (token.outcome === 'success' && job ? layout.jobBoxes.get(job.jobId) : undefined) ?? tsm;
      if (!box) return null;
      // Done tokens gather at the right of their waiter or task set, the newest nearest the edge.
      return box === tsm
        ? { x: box.x + box.w - 12 - (order % 8) * 14, y: box.y + 48 }
        : { x: box.x + box.w - 12 - (order % 8) * 14, y: box.y + 12 };
    }
  }
}
