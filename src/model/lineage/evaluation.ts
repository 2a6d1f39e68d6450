/**
 * When Spark builds shuffle dependencies, and so which shuffle ids they get.
 *
 * A `ShuffleDependency` takes `newShuffleId()` when its RDD's `getDependencies` first runs.
 * That happens in `DAGScheduler.eagerlyComputePartitionsForRddAndAncestors` at job submission,
 * or earlier, when some code asks for `partitions` and the RDD's `getPartitions` reads its
 * dependencies: `CoGroupedRDD`/`SubtractedRDD.getPartitions` do, and a `CoalescedRDD` or
 * `ZippedPartitionsRDD` asks its parents for preferred locations, which a `ShuffledRDD` answers
 * from its dependency. Operations ask for `partitions` when they are defined (defaultPartitioner,
 * union, cartesian, distinct, sortByKey, zipWithIndex …), so this module models both.
 *
 * Building a `ShuffleDependency` also reads `rdd.partitions.length` of its map side (the
 * `numPartitions` field behind push-based shuffle's `canShuffleMergeBeEnabled`, Spark 3.2+), so
 * each new shuffle id is followed at once by the evaluation of its parent's partitions, which
 * can create further shuffle ids upstream.
 *
 * Needs: a lineage. Guarantees: shuffle ids in the order Spark would create them; no recursion
 * (explicit stacks), each RDD evaluated once.
 */
import type { Lineage } from './lineage.ts';
import type { LineageRdd } from './types.ts';

/** `rdd.dependencies` for the first time: each ShuffleDependency takes the next id, then reads its parent's partitions. */
export function evaluateDependencies(lineage: Lineage, rdd: LineageRdd): void {
  run(lineage, { kind: 'deps', rddId: rdd.rddId });
}

/**
 * `ownLocations`: the RDD's own `preferredLocations` (`getPreferredLocations`). A ShuffledRDD
 * reads its dependency there; UnionRDD, CartesianRDD, PartitionwiseSampledRDD and
 * ZippedWithIndexRDD ask their parents' own; PartitionerAwareUnionRDD asks the DAGScheduler
 * (`getPreferredLocs`) for each parent; the others have none.
 */
type Step = {
  readonly kind: 'partitions' | 'deps' | 'preferredLocations' | 'ownLocations' | 'shuffleId';
  readonly rddId: number;
  /** For `shuffleId`: which dependency of the RDD. */
  readonly dep?: number;
};

/**
 * `rdd.partitions` (RDD.partitions → getPartitions): the side effects of each class's
 * getPartitions, in the order its code runs them.
 */
export function evaluatePartitions(lineage: Lineage, rdd: LineageRdd): void {
  run(lineage, { kind: 'partitions', rddId: rdd.rddId });
}

function run(lineage: Lineage, first: Step): void {
  const stack: Step[] = [first];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const current = lineage.get(step.rddId);
    if (step.kind === 'shuffleId') {
      const dep = current.deps[step.dep ?? 0];
      if (dep && dep.shuffleId === null) {
        dep.shuffleId = lineage.nextShuffleId++;
        stack.push({ kind: 'partitions', rddId: dep.parent });
      }
      continue;
    }
    if (step.kind === 'deps' || (step.kind === 'ownLocations' && current.className === 'ShuffledRDD')) {
      if (current.depsEvaluated) continue;
      current.depsEvaluated = true;
      if (current.checkpointRddId !== null) continue;
      // Dependencies are built in order; push in reverse so the first runs first.
      for (let i = current.deps.length - 1; i >= 0; i--) {
        if (current.deps[i]?.type === 'Shuffle')
          stack.push({ kind: 'shuffleId', rddId: current.rddId, dep: i });
      }
      continue;
    }
    if (step.kind === 'ownLocations') {
      pushOwnLocations(current, stack);
      continue;
    }
    if (step.kind === 'preferredLocations') {
      pushPreferredLocationWalk(lineage, current, stack);
      continue;
    }
    if (current.partitionsEvaluated) continue;
    current.partitionsEvaluated = true;
    if (current.checkpointRddId !== null) continue;
    // Steps are pushed in reverse so that they run in order.
    const steps = partitionSteps(current);
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i] as Step);
  }
}

function partitionSteps(rdd: LineageRdd): Step[] {
  const parents = rdd.deps.map((d) => d.parent);
  switch (rdd.className) {
    case 'ShuffledRDD':
    case 'ParallelCollectionRDD':
    case 'HadoopRDD':
    case 'EmptyRDD':
    case 'ReliableCheckpointRDD':
      return [];
    case 'CoGroupedRDD':
    case 'SubtractedRDD':
      // The loop over output partitions reads `dependencies(j)`, then the narrow parents' partitions.
      if (rdd.numPartitions === 0) return [];
      return [
        { kind: 'deps', rddId: rdd.rddId },
        ...rdd.deps
          .filter((d) => d.type !== 'Shuffle')
          .map((d): Step => ({ kind: 'partitions', rddId: d.parent })),
      ];
    case 'CoalescedRDD':
      // DefaultPartitionCoalescer reads prev.partitions, then every partition's preferred locations.
      return [
        { kind: 'partitions', rddId: parents[0] as number },
        { kind: 'preferredLocations', rddId: parents[0] as number },
      ];
    default:
      if (rdd.className.startsWith('ZippedPartitionsRDD')) {
        // ZippedPartitionsBaseRDD.getPartitions: every parent's partitions, then each parent's own preferredLocations.
        return [
          ...parents.map((p): Step => ({ kind: 'partitions', rddId: p })),
          ...parents.map((p): Step => ({ kind: 'ownLocations', rddId: p })),
        ];
      }
      return parents.map((p): Step => ({ kind: 'partitions', rddId: p }));
  }
}

function pushOwnLocations(rdd: LineageRdd, stack: Step[]): void {
  if (rdd.checkpointRddId !== null) return;
  const parents = rdd.deps.map((d) => d.parent);
  let kind: Step['kind'] | null = null;
  if (rdd.className === 'UnionRDD' || rdd.className === 'CartesianRDD') kind = 'ownLocations';
  else if (rdd.className === 'PartitionwiseSampledRDD' || rdd.className === 'ZippedWithIndexRDD') {
    kind = 'ownLocations';
    parents.length = Math.min(parents.length, 1);
  } else if (rdd.className === 'PartitionerAwareUnionRDD') kind = 'preferredLocations';
  if (kind === null) return;
  for (let i = parents.length - 1; i >= 0; i--) stack.push({ kind, rddId: parents[i] as number });
}

/**
 * `DAGScheduler.getPreferredLocsInternal` as the coalescer calls it: for each RDD reached through
 * narrow dependencies, its `preferredLocations` (a ShuffledRDD reads its dependency) and its
 * `dependencies`. Locality-free inputs give no locations, so the walk reaches every narrow ancestor.
 */
function pushPreferredLocationWalk(lineage: Lineage, start: LineageRdd, stack: Step[]): void {
  const seen = new Set<number>();
  const order: LineageRdd[] = [];
  const walk = [start.rddId];
  while (walk.length > 0) {
    const id = walk.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    const rdd = lineage.get(id);
    order.push(rdd);
    const deps = lineage.dependencies(rdd);
    for (let i = deps.length - 1; i >= 0; i--) {
      const dep = deps[i];
      if (dep && dep.type !== 'Shuffle') walk.push(dep.parent);
    }
  }
  // For each RDD in the walk's order: its own preferredLocations, then its dependencies.
  for (let i = order.length - 1; i >= 0; i--) {
    const rddId = (order[i] as LineageRdd).rddId;
    stack.push({ kind: 'deps', rddId });
    stack.push({ kind: 'ownLocations', rddId });
  }
}

/**
 * `DAGScheduler.eagerlyComputePartitionsForRddAndAncestors` (SPARK-23626): visit the final RDD,
 * evaluate its partitions, then its dependencies, and prepend every parent to the queue (so the
 * last parent is visited first).
 */
export function eagerlyComputePartitions(lineage: Lineage, finalRdd: LineageRdd): void {
  const visited = new Set<number>();
  const waiting: number[] = [finalRdd.rddId];
  while (waiting.length > 0) {
    const id = waiting.pop() as number;
    if (visited.has(id)) continue;
    visited.add(id);
    const rdd = lineage.get(id);
    evaluatePartitions(lineage, rdd);
    evaluateDependencies(lineage, rdd);
    for (const dep of lineage.dependencies(rdd)) waiting.push(dep.parent);
  }
}
