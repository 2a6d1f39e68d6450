/**
 * The block manager's view of persisted RDDs, as far as stage planning needs it:
 * `getCacheLocs(rdd).contains(Nil)` ("some partition is not cached"), and which partitions a
 * stage's tasks compute and so cache. A stage computes its partitions of its RDD and, through
 * narrow dependencies, the parent partitions they read, except where a partition is already
 * cached (then it is read, and its lineage is not computed).
 */
import type { Lineage } from '../lineage/lineage.ts';
import type { LineageRdd, PartitionMapping } from '../lineage/types.ts';

export function isPersisted(rdd: LineageRdd): boolean {
  return rdd.storageLevel !== null && rdd.storageLevel !== 'NONE';
}

/** `getCacheLocs(rdd).contains(Nil)`: false for an RDD with no partitions, or with all of them cached. */
export function hasUncachedPartitions(rdd: LineageRdd): boolean {
  if (rdd.numPartitions === 0) return false;
  return !isPersisted(rdd) || rdd.cached.size < rdd.numPartitions;
}

function parentPartitions(mapping: PartitionMapping, partition: number): readonly number[] {
  switch (mapping.kind) {
    case 'oneToOne':
      return [partition];
    case 'range':
      return partition >= mapping.outStart && partition < mapping.outStart + mapping.length
        ? [partition - mapping.outStart]
        : [];
    case 'groups':
      return mapping.groups[partition] ?? [];
    case 'cartesian':
      return [
        mapping.side === 0
          ? Math.floor(partition / mapping.rightPartitions)
          : partition % mapping.rightPartitions,
      ];
    case 'prune':
      return mapping.kept[partition] === undefined ? [] : [mapping.kept[partition] as number];
    case 'shuffle':
      return [];
  }
}

/** Order in which a child comes before its parents: ids descend, and a checkpoint RDD follows the RDD it replaced. */
function topologicalKey(rdd: LineageRdd): number {
  return rdd.checkpointOf === null ? rdd.rddId : rdd.checkpointOf - 0.5;
}

/** Records the partitions a stage computes into the persisted RDDs it passes. */
export function computeStage(lineage: Lineage, rddId: number, partitions: readonly number[]): void {
  const need = new Map<number, Set<number>>([[rddId, new Set(partitions)]]);
  const closure: LineageRdd[] = [];
  const seen = new Set<number>();
  const stack = [rddId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    const rdd = lineage.get(id);
    closure.push(rdd);
    for (const dep of lineage.dependencies(rdd)) if (dep.type !== 'Shuffle') stack.push(dep.parent);
  }
  closure.sort((a, b) => topologicalKey(b) - topologicalKey(a));
  for (const rdd of closure) {
    let parts = need.get(rdd.rddId);
    if (parts === undefined || parts.size === 0) continue;
    if (isPersisted(rdd)) {
      const missing = new Set<number>();
      for (const p of parts) if (!rdd.cached.has(p)) missing.add(p);
      for (const p of missing) rdd.cached.add(p);
      parts = missing;
    }
    for (const dep of lineage.dependencies(rdd)) {
      if (dep.type === 'Shuffle') continue;
      const into = need.get(dep.parent);
      if (dep.mapping.kind === 'oneToOne' && into === undefined) {
        need.set(dep.parent, parts);
        continue;
      }
      const target = into === undefined ? new Set<number>() : new Set(into);
      for (const p of parts) for (const q of parentPartitions(dep.mapping, p)) target.add(q);
      need.set(dep.parent, target);
    }
  }
}
