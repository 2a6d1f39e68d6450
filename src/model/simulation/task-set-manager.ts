/**
 * `TaskSetManager`: one stage attempt's tasks inside TaskSchedulerImpl. Pending tasks are kept per
 * locality level, queued in reverse and taken from the end (R-1.6, `addPendingTasks`,
 * `dequeueTaskFromList`); delay scheduling moves the allowed level down after `spark.locality.wait`
 * (R-10.4, `getAllowedLocalityLevel`); failures are counted per task index and abort the set at
 * maxTaskFailures. The manager holds no clock: callers pass the time.
 */
import type { Locality } from '../trace/listener-events.ts';
import type { Pool } from './pools.ts';
import type { ExecutorState, StageState, TaskAttempt } from './state.ts';

/** A task's preferred locations (`TaskLocation`s): executors holding cached blocks, or hosts. */
export interface TaskPrefs {
  readonly executors: readonly string[];
  readonly hosts: readonly string[];
}

const LEVELS: readonly Locality[] = ['PROCESS_LOCAL', 'NODE_LOCAL', 'NO_PREF', 'RACK_LOCAL', 'ANY'];
export const levelRank = (l: Locality): number => LEVELS.indexOf(l);

/** What the manager asks of TaskSchedulerImpl: which executors, hosts and racks are alive. */
export interface ClusterView {
  isExecutorAlive(id: string): boolean;
  hasExecutorsOnHost(host: string): boolean;
  rackOf(host: string): string | null;
  hasHostsOnRack(rack: string): boolean;
}

export interface Offer {
  readonly executor: ExecutorState;
  readonly host: string;
}

export class TaskSetManager {
  readonly name: string;
  readonly stageId: number;
  readonly numTasks: number;
  readonly weight = 1;
  readonly minShare = 0;
  readonly successful: Uint8Array;
  readonly numFailures: Uint16Array;
  readonly copiesRunning: Uint16Array;
  /** The next attempt number of each index. */
  readonly attemptCount: Uint16Array;
  readonly running = new Set<TaskAttempt>();
  /** `killedByOtherAttempt`: attempts asked to stop because another attempt of their task succeeded. */
  readonly killedByOtherAttempt = new Set<TaskAttempt>();
  readonly speculatable = new Set<number>();
  readonly successDurations: number[] = [];
  tasksSuccessful = 0;
  isZombie = false;
  /** Set once TaskSchedulerImpl.taskSetFinished removed it from its pool. */
  finished = false;
  private readonly forExecutor = new Map<string, number[]>();
  private readonly forHost = new Map<string, number[]>();
  private readonly forRack = new Map<string, number[]>();
  private readonly noPrefs: number[] = [];
  private readonly all: number[] = [];
  myLocalityLevels: Locality[] = [];
  private localityWaits: number[] = [];
  currentLocalityIndex = 0;
  lastLocalityWaitResetTime: number;
  /** `noRejectsSinceLastReset`: no offer was refused for locality since the delay timer was last reset. */
  noRejectsSinceLastReset = true;

  constructor(
    readonly stage: StageState,
    readonly stageAttempt: number,
    /** The stage partition each task index computes. */
    readonly partitions: readonly number[],
    readonly prefs: readonly (TaskPrefs | null)[],
    readonly priority: number,
    readonly pool: Pool,
    private readonly cluster: ClusterView,
    private readonly waits: { readonly process: number; readonly node: number; readonly rack: number },
    now: number,
  ) {
    this.stageId = stage.id;
    this.name = `TaskSet_${stage.id}.${stageAttempt}`;
    this.numTasks = partitions.length;
    this.successful = new Uint8Array(this.numTasks);
    this.numFailures = new Uint16Array(this.numTasks);
    this.copiesRunning = new Uint16Array(this.numTasks);
    this.attemptCount = new Uint16Array(this.numTasks);
    // addPendingTasks: in reverse, so that index 0 sits at the end of each list and goes first.
    for (let i = this.numTasks - 1; i >= 0; i--) this.addPendingTask(i);
    this.lastLocalityWaitResetTime = now;
    this.recomputeLocality();
  }

  get runningTasks(): number {
    return this.running.size;
  }

  addPendingTask(index: number): void {
    const prefs = this.prefs[index];
    if (prefs) {
      for (const e of prefs.executors) push(this.forExecutor, e, index);
      for (const h of prefs.hosts) {
        push(this.forHost, h, index);
        const rack = this.cluster.rackOf(h);
        if (rack !== null) push(this.forRack, rack, index);
      }
    }
    if (!prefs || (prefs.executors.length === 0 && prefs.hosts.length === 0)) this.noPrefs.push(index);
    this.all.push(index);
  }

  /** `computeValidLocalityLevels`, keeping the current level where it still exists. */
  recomputeLocality(): void {
    const previous = this.myLocalityLevels[this.currentLocalityIndex];
    const levels: Locality[] = [];
    const c = this.cluster;
    if ([...this.forExecutor.keys()].some((e) => c.isExecutorAlive(e))) levels.push('PROCESS_LOCAL');
    if ([...this.forHost.keys()].some((h) => c.hasExecutorsOnHost(h))) levels.push('NODE_LOCAL');
    if (this.noPrefs.length > 0) levels.push('NO_PREF');
    if ([...this.forRack.keys()].some((r) => c.hasHostsOnRack(r))) levels.push('RACK_LOCAL');
    levels.push('ANY');
    this.myLocalityLevels = levels;
    this.localityWaits = levels.map((l) =>
      l === 'PROCESS_LOCAL'
        ? this.waits.process
        : l === 'NODE_LOCAL'
          ? this.waits.node
          : l === 'RACK_LOCAL'
            ? this.waits.rack
            : 0,
    );
    const keep = previous === undefined ? -1 : levels.indexOf(previous);
    this.currentLocalityIndex = keep >= 0 ? keep : 0;
  }

  private isPending(index: number): boolean {
    return this.copiesRunning[index] === 0 && this.successful[index] === 0;
  }

  /** `tasksNeedToBeScheduledFrom`: drops entries from the end that are no longer pending. */
  private hasPending(list: number[]): boolean {
    while (list.length > 0) {
      if (this.isPending(list[list.length - 1] as number)) return true;
      list.pop();
    }
    return false;
  }

  private moreTasksIn(map: Map<string, number[]>): boolean {
    let has = false;
    for (const [key, list] of map) {
      if (this.hasPending(list)) has = true;
      else map.delete(key);
    }
    return has;
  }

  /** `getAllowedLocalityLevel`: the most local level allowed at `now`, moving down after each wait. */
  allowedLocality(now: number): Locality {
    while (this.currentLocalityIndex < this.myLocalityLevels.length - 1) {
      const level = this.myLocalityLevels[this.currentLocalityIndex] as Locality;
      const more =
        level === 'PROCESS_LOCAL'
          ? this.moreTasksIn(this.forExecutor)
          : level === 'NODE_LOCAL'
            ? this.moreTasksIn(this.forHost)
            : level === 'NO_PREF'
              ? this.hasPending(this.noPrefs)
              : this.moreTasksIn(this.forRack);
      const wait = this.localityWaits[this.currentLocalityIndex] as number;
      if (!more) {
        this.lastLocalityWaitResetTime = now;
        this.currentLocalityIndex++;
      } else if (now - this.lastLocalityWaitResetTime >= wait) {
        this.lastLocalityWaitResetTime += wait;
        this.currentLocalityIndex++;
      } else {
        return level;
      }
    }
    return this.myLocalityLevels[this.currentLocalityIndex] as Locality;
  }

  /** `dequeueTaskFromList`: from the end, dropping entries that are running or done. */
  private dequeue(list: number[] | undefined): number | null {
    if (!list) return null;
    while (list.length > 0) {
      const index = list.pop() as number;
      if (this.isPending(index)) return index;
    }
    return null;
  }

  /**
   * `resourceOffer` + `dequeueTask`: a task index for this offer at `maxLocality`, with the locality
   * it is reported at (NO_PREF tasks report PROCESS_LOCAL, R-10.4), or `delayed` when delay
   * scheduling refused an offer that a less local level would have taken.
   */
  resourceOffer(
    offer: Offer,
    maxLocality: Locality,
    now: number,
  ): { index: number; locality: Locality; speculative: boolean } | 'delayed' | null {
    if (this.isZombie) return null;
    let allowed = maxLocality;
    if (maxLocality !== 'NO_PREF') {
      const level = this.allowedLocality(now);
      if (levelRank(level) < levelRank(allowed)) allowed = level;
    }
    const rank = levelRank(allowed);
    const exec = offer.executor.id;
    let found: { index: number; locality: Locality } | null = null;
    let index = this.dequeue(this.forExecutor.get(exec));
    if (index !== null) found = { index, locality: 'PROCESS_LOCAL' };
    if (
      !found &&
      rank >= levelRank('NODE_LOCAL') &&
      (index = this.dequeue(this.forHost.get(offer.host))) !== null
    )
      found = { index, locality: 'NODE_LOCAL' };
    if (!found && rank >= levelRank('NO_PREF') && (index = this.dequeue(this.noPrefs)) !== null)
      found = { index, locality: 'PROCESS_LOCAL' };
    const rack = offer.executor.spec.rack;
    if (
      !found &&
      rank >= levelRank('RACK_LOCAL') &&
      rack !== null &&
      (index = this.dequeue(this.forRack.get(rack))) !== null
    )
      found = { index, locality: 'RACK_LOCAL' };
    if (!found && rank >= levelRank('ANY') && (index = this.dequeue(this.all)) !== null)
      found = { index, locality: 'ANY' };
    if (found) {
      if (maxLocality !== 'NO_PREF') {
        const at = this.myLocalityLevels.indexOf(found.locality);
        if (at >= 0) this.currentLocalityIndex = at;
      }
      return { index: found.index, locality: found.locality, speculative: false };
    }
    const spec = this.dequeueSpeculative(offer);
    if (spec) return spec;
    // On the last pass (maxLocality ANY), an offer left unused while tasks wait was refused by
    // delay scheduling (`hasScheduleDelayReject`).
    return maxLocality === 'ANY' && rank < levelRank('ANY') && this.hasPending(this.all) ? 'delayed' : null;
  }

  /** A speculative copy goes to a host where no copy of the task runs (`dequeueSpeculativeTask`). */
  private dequeueSpeculative(
    offer: Offer,
  ): { index: number; locality: Locality; speculative: boolean } | null {
    for (const index of this.speculatable) {
      if (this.successful[index] || this.copiesRunning[index] !== 1) {
        if (this.successful[index]) this.speculatable.delete(index);
        continue;
      }
      let onHost = false;
      for (const t of this.running) if (t.index === index && t.executor.host === offer.host) onHost = true;
      if (onHost) continue;
      this.speculatable.delete(index);
      const prefs = this.prefs[index];
      const locality: Locality = !prefs
        ? 'PROCESS_LOCAL'
        : prefs.executors.includes(offer.executor.id)
          ? 'PROCESS_LOCAL'
          : prefs.hosts.includes(offer.host)
            ? 'NODE_LOCAL'
            : prefs.executors.length + prefs.hosts.length === 0
              ? 'PROCESS_LOCAL'
              : 'ANY';
      return { index, locality, speculative: true };
    }
    return null;
  }

  /** The locality wait of the current level (0 for NO_PREF and ANY). */
  currentWaitMs(): number {
    return this.localityWaits[this.currentLocalityIndex] ?? 0;
  }

  /** Resets the delay timer to the most local level just launched at (`resetDelayScheduleTimer`). */
  resetDelayTimer(locality: Locality, now: number): void {
    const at = this.myLocalityLevels.indexOf(locality);
    if (at >= 0 && at <= this.currentLocalityIndex) {
      this.currentLocalityIndex = at;
      this.lastLocalityWaitResetTime = now;
    }
  }

  /**
   * `checkSpeculatableTasks`: once `quantile` of the tasks succeeded, a task running longer
   * than `max(multiplier × median, minTaskRuntime)` gets a speculative copy. Returns new indexes.
   */
  checkSpeculatable(now: number, quantile: number, multiplier: number, minRuntime: number): number[] {
    if (this.isZombie || this.numTasks === 1) return [];
    const minFinished = Math.max(Math.floor(quantile * this.numTasks), 1);
    if (this.tasksSuccessful < minFinished) return [];
    const sorted = [...this.successDurations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const threshold = Math.max(multiplier * median, minRuntime);
    const found: number[] = [];
    for (const t of this.running) {
      const i = t.index;
      if (this.copiesRunning[i] !== 1 || this.successful[i] || this.speculatable.has(i)) continue;
      if (now - t.launchTime > threshold) {
        this.speculatable.add(i);
        found.push(i);
      }
    }
    return found;
  }
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
