/**
 * `DAGScheduler.getShuffleDependenciesAndResourceProfiles` and
 * `getMissingAncestorShuffleDependencies` (R-7 step 4): walks over narrow dependencies with an
 * explicit list, as Spark's own code does (prepend + remove(0) is a stack).
 *
 * Spark returns the first as a HashSet, whose order is not fixed; here it is the order of
 * discovery, one of the orders Spark can produce.
 */
import type { Lineage } from '../lineage/lineage.ts';
import type { SchedulerState, ShuffleDepRef } from './state.ts';

/**
 * The shuffle dependencies directly behind `rddId` (the stage boundary), each once. The lineage
 * does not change while one job is planned, so `memo` (cleared per job) keeps each walk's answer.
 */
export function getShuffleDependencies(
  lineage: Lineage,
  rddId: number,
  memo?: Map<number, readonly ShuffleDepRef[]>,
): readonly ShuffleDepRef[] {
  const known = memo?.get(rddId);
  if (known !== undefined) return known;
  const found: ShuffleDepRef[] = [];
  const seenShuffles = new Set<number>();
  const visited = new Set<number>();
  const waiting = [rddId];
  while (waiting.length > 0) {
    const id = waiting.pop() as number;
    if (visited.has(id)) continue;
    visited.add(id);
    const deps = lineage.dependencies(lineage.get(id));
    // Spark prepends each narrow parent in dependency order; popping from the end of a stack
    // that received them in that order visits the last one first, as remove(0) does.
    for (const dep of deps) {
      if (dep.type === 'Shuffle') {
        if (dep.shuffleId === null)
          throw new Error(
            `dag-scheduler: shuffle of RDD ${id} has no id; eagerlyComputePartitions must run first`,
          );
        if (!seenShuffles.has(dep.shuffleId)) {
          seenShuffles.add(dep.shuffleId);
          found.push({ shuffleId: dep.shuffleId, mapRddId: dep.parent });
        }
      } else waiting.push(dep.parent);
    }
  }
  memo?.set(rddId, found);
  return found;
}

/** Ancestor shuffle dependencies with no registered stage, ancestors first (Spark's prepend order). */
export function getMissingAncestorShuffleDependencies(
  lineage: Lineage,
  state: SchedulerState,
  rddId: number,
): ShuffleDepRef[] {
  const reversed: ShuffleDepRef[] = [];
  const visited = new Set<number>();
  const waiting = [rddId];
  while (waiting.length > 0) {
    const id = waiting.pop() as number;
    if (visited.has(id)) continue;
    visited.add(id);
    for (const dep of getShuffleDependencies(lineage, id, state.shuffleDepsMemo)) {
      if (!state.shuffleIdToMapStage.has(dep.shuffleId)) {
        reversed.push(dep);
        waiting.push(dep.mapRddId);
      }
    }
  }
  return reversed.reverse();
}
