/**
 * Which partitions of a parent one partition of an RDD reads through a narrow dependency
 * (`NarrowDependency.getParents`), so a task computes, caches and fetches exactly what Spark's
 * `rdd.iterator(split)` would:
 * - `OneToOneDependency` (map, zip, PartitionerAwareUnionRDD …): the same index;
 * - `RangeDependency` of `UnionRDD`: parent k covers the output range after the partitions of
 *   parents 0..k-1 (`UnionRDD.getDependencies`), so other parents are not read at all;
 * - `CoalescedRDD`: the parent range `[i·P/n, (i+1)·P/n)`, how `DefaultPartitionCoalescer`
 *   groups parents with no preferred locations (`setupGroups`, the noLocality branch), as the
 *   planner assumes;
 * - `CartesianRDD`: `p / P(second)` of the first parent and `p % P(second)` of the second.
 */
import type { PlannedRdd } from '../plan/planned.ts';

export function parentPartitions(
  rddById: ReadonlyMap<number, PlannedRdd>,
  rdd: PlannedRdd,
  depIndex: number,
  p: number,
): readonly number[] {
  const dep = rdd.deps[depIndex];
  if (dep === undefined) return [];
  const parentCount = rddById.get(dep.rddId)?.numPartitions ?? 0;
  if (dep.type === 'Range') {
    let start = 0;
    for (let k = 0; k < depIndex; k++) start += rddById.get(rdd.deps[k]!.rddId)?.numPartitions ?? 0;
    return p >= start && p < start + parentCount ? [p - start] : [];
  }
  if (dep.type === 'Narrow' && rdd.class === 'CoalescedRDD') {
    const n = rdd.numPartitions;
    const from = Math.floor((p * parentCount) / n);
    const to = Math.floor(((p + 1) * parentCount) / n);
    const out: number[] = [];
    for (let i = from; i < to; i++) out.push(i);
    return out;
  }
  if (dep.type === 'Narrow' && rdd.class === 'CartesianRDD') {
    const second = rddById.get(rdd.deps[1]?.rddId ?? -1)?.numPartitions ?? 1;
    return [depIndex === 0 ? Math.floor(p / second) : p % second];
  }
  return p < parentCount ? [p] : [];
}
