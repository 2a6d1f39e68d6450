/**
 * Which stages of a job run and which are skipped: `DAGScheduler.submitStage` and
 * `getMissingParentStages` (R-7 steps 6–7) in a run without failures. The missing-parent walk
 * goes on past an RDD only while some of its partitions are not cached; a parent stage
 * whose shuffle output is already registered is not missing. Every stage of the job that
 * is never submitted is skipped, with the reason why.
 */
import type { Lineage } from '../lineage/lineage.ts';
import { reason } from '../lineage/reasons.ts';
import type { Reason } from '../plan/planned.ts';
import { hasUncachedPartitions } from './cache.ts';
import type { SchedulerState, Stage } from './state.ts';

export interface Submission {
  /** Stages this job submits, parents before children (ascending id among missing parents). */
  readonly submitted: readonly Stage[];
  /** Stages of the job that another active job has already submitted; they run, not skipped. */
  readonly shared: ReadonlySet<number>;
  readonly skipReasons: ReadonlyMap<number, Reason>;
}

export function submitJob(
  lineage: Lineage,
  state: SchedulerState,
  result: Stage,
  stages: readonly Stage[],
): Submission {
  const available = new Set<number>();
  const cacheCuts: number[] = [];
  const reached = new Set<number>();
  const shared = new Set<number>();
  const submitted: Stage[] = [];
  const stack: Stage[] = [result];
  while (stack.length > 0) {
    const stage = stack.pop() as Stage;
    if (reached.has(stage.id)) continue;
    reached.add(stage.id);
    if (state.activeSubmitted.has(stage.id)) {
      markShared(stage, shared);
      continue;
    }
    const missing = missingParentStages(lineage, state, stage, available, cacheCuts);
    // submitStage submits missing parents in ascending id order; the stack pops the lowest first.
    missing.sort((a, b) => b.id - a.id);
    for (const m of missing) stack.push(m);
    submitted.push(stage);
  }
  submitted.sort((a, b) => a.id - b.id);
  return { submitted, shared, skipReasons: skipReasons(lineage, stages, reached, available, cacheCuts) };
}

/** A stage another job submitted, and its ancestors: that job runs them (they are not skipped here). */
function markShared(stage: Stage, shared: Set<number>): void {
  const stack = [stage];
  while (stack.length > 0) {
    const s = stack.pop() as Stage;
    if (shared.has(s.id)) continue;
    shared.add(s.id);
    for (const p of s.parents) stack.push(p);
  }
}

function missingParentStages(
  lineage: Lineage,
  state: SchedulerState,
  stage: Stage,
  available: Set<number>,
  cacheCuts: number[],
): Stage[] {
  const missing = new Map<number, Stage>();
  const visited = new Set<number>();
  const waiting = [stage.rddId];
  while (waiting.length > 0) {
    const id = waiting.pop() as number;
    if (visited.has(id)) continue;
    visited.add(id);
    const rdd = lineage.get(id);
    if (!hasUncachedPartitions(rdd)) {
      if (rdd.numPartitions > 0) cacheCuts.push(id);
      continue;
    }
    for (const dep of lineage.dependencies(rdd)) {
      if (dep.type !== 'Shuffle') {
        waiting.push(dep.parent);
        continue;
      }
      const mapStage = state.shuffleIdToMapStage.get(dep.shuffleId as number);
      if (mapStage === undefined)
        throw new Error(`dag-scheduler: no stage for shuffle ${String(dep.shuffleId)}`);
      // `ShuffleMapStage.isAvailable` is `numAvailableOutputs == numPartitions`: always true
      // for a map stage over no partitions.
      const isAvailable =
        (state.availableShuffles.has(mapStage.shuffleId as number) || mapStage.numTasks === 0) &&
        !state.activeSubmitted.has(mapStage.id);
      if (isAvailable) available.add(mapStage.id);
      else missing.set(mapStage.id, mapStage);
    }
  }
  return [...missing.values()];
}

function skipReasons(
  lineage: Lineage,
  stages: readonly Stage[],
  reached: ReadonlySet<number>,
  available: ReadonlySet<number>,
  cacheCuts: readonly number[],
): Map<number, Reason> {
  const reasons = new Map<number, Reason>();
  const byShuffle = new Map<number, Stage>();
  for (const s of stages) if (s.shuffleId !== null) byShuffle.set(s.shuffleId, s);
  for (const s of stages) {
    if (!reached.has(s.id) && available.has(s.id)) {
      const why =
        s.numTasks === 0
          ? reason('skip.noPartitions')
          : reason('skip.shuffleOutputAvailable', { shuffleId: s.shuffleId ?? -1 });
      reasons.set(s.id, why);
    }
  }
  for (const cut of cacheCuts) {
    const cutRdd = lineage.get(cut);
    const visited = new Set<number>();
    const stack = [cut];
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if (visited.has(id)) continue;
      visited.add(id);
      for (const dep of lineage.dependencies(lineage.get(id))) {
        stack.push(dep.parent);
        const behind = dep.shuffleId === null ? undefined : byShuffle.get(dep.shuffleId);
        if (behind && !reached.has(behind.id) && !reasons.has(behind.id)) {
          reasons.set(
            behind.id,
            reason('skip.cachedRdd', { rddId: cut, rdd: cutRdd.scope.rdd ?? `RDD ${cut}` }),
          );
        }
      }
    }
  }
  for (let i = stages.length - 1; i >= 0; i--) {
    const s = stages[i] as Stage;
    if (!reasons.has(s.id)) continue;
    for (const p of s.parents) {
      if (!reached.has(p.id) && !reasons.has(p.id))
        reasons.set(p.id, reason('skip.behindSkipped', { stageId: s.id }));
    }
  }
  return reasons;
}
