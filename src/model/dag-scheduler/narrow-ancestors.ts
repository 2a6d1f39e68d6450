/**
 * The RDDs a stage lists: `stage.rdd` and `stage.rdd.getNarrowAncestors`, every ancestor
 * reachable through narrow dependencies (after a checkpoint, its ReliableCheckpointRDD). Caching
 * does not shrink the list. Ascending ids.
 */
import type { Lineage } from '../lineage/lineage.ts';

export function stageRddIds(lineage: Lineage, rddId: number): number[] {
  const seen = new Set<number>([rddId]);
  const stack = [rddId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const dep of lineage.dependencies(lineage.get(id))) {
      if (dep.type === 'Shuffle' || seen.has(dep.parent)) continue;
      seen.add(dep.parent);
      stack.push(dep.parent);
    }
  }
  return [...seen].sort((a, b) => a - b);
}
