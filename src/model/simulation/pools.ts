/**
 * The schedulable tree of TaskSchedulerImpl (`Pool.scala`, `SchedulingAlgorithm.scala`, R-10.2).
 * FIFO: task set managers sit in the root pool, ordered by priority (the job id), then stage id.
 * FAIR: the root holds pools (from `fairscheduler.xml`, or created FIFO/weight 1/minShare 0 on first
 * use); pools are ordered needy-first (running below minShare, by runningTasks/minShare), then by
 * runningTasks/weight, then by name; inside a pool its own mode applies.
 */
import type { PoolSpec, SchedulingMode } from './settings.ts';
import type { TaskSetManager } from './task-set-manager.ts';

export class Pool {
  readonly pools: Pool[] = [];
  readonly taskSets: TaskSetManager[] = [];
  constructor(
    readonly name: string,
    readonly mode: SchedulingMode,
    readonly weight: number,
    readonly minShare: number,
  ) {}

  get runningTasks(): number {
    let n = 0;
    for (const p of this.pools) n += p.runningTasks;
    for (const t of this.taskSets) n += t.runningTasks;
    return n;
  }

  /** `Pool.getSortedTaskSetQueue`: the task set managers in the order offers go to them. */
  sortedTaskSets(out: TaskSetManager[] = []): TaskSetManager[] {
    if (this.mode === 'FAIR') {
      for (const p of [...this.pools].sort(fairBefore)) p.sortedTaskSets(out);
      out.push(...[...this.taskSets].sort(fairBefore));
    } else {
      for (const p of this.pools) p.sortedTaskSets(out);
      out.push(...[...this.taskSets].sort(fifoBefore));
    }
    return out;
  }
}

/** `FIFOSchedulingAlgorithm`: lower priority (job id) first, then lower stage id. */
function fifoBefore(a: TaskSetManager, b: TaskSetManager): number {
  return a.priority - b.priority || a.stageId - b.stageId;
}

interface Fair {
  readonly name: string;
  readonly weight: number;
  readonly minShare: number;
  readonly runningTasks: number;
}

/** `FairSchedulingAlgorithm.comparator`. */
function fairBefore(a: Fair, b: Fair): number {
  const ra = a.runningTasks;
  const rb = b.runningTasks;
  const needyA = ra < a.minShare;
  const needyB = rb < b.minShare;
  if (needyA && !needyB) return -1;
  if (!needyA && needyB) return 1;
  const ka = needyA ? ra / Math.max(a.minShare, 1) : ra / a.weight;
  const kb = needyB ? rb / Math.max(b.minShare, 1) : rb / b.weight;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The root pool for a scheduling mode, with the configured FAIR pools under it. */
export function createRootPool(mode: SchedulingMode, specs: readonly PoolSpec[]): Pool {
  const root = new Pool('', mode, 1, 0);
  if (mode === 'FAIR') {
    for (const s of specs) root.pools.push(new Pool(s.name, s.schedulingMode, s.weight, s.minShare));
    if (!root.pools.some((p) => p.name === 'default')) root.pools.push(new Pool('default', 'FIFO', 1, 0));
  }
  return root;
}

/** `SchedulableBuilder.addTaskSetManager`: FIFO adds to the root; FAIR to the named pool, made on first use. */
export function poolFor(root: Pool, name: string): Pool {
  if (root.mode !== 'FAIR') return root;
  let pool = root.pools.find((p) => p.name === name);
  if (!pool) {
    pool = new Pool(name, 'FIFO', 1, 0);
    root.pools.push(pool);
  }
  return pool;
}
