/**
 * How much data each RDD partition holds, which sets how long tasks run and how big shuffles are.
 * The model is deliberately simple and every number is a setting (CostSettings):
 *
 * - a source partition holds `hints.records` (or `parallelize`'s `length / numSlices`, or
 *   `defaultRecordsPerPartition`) records of `hints.bytes / records` (or `bytesPerRecord`) bytes;
 * - a narrow dependency keeps the total record count and spreads it over the child's partitions;
 * - a shuffle's map side keeps `combineRatio` of its records when the shuffle combines map-side
 *   (reduceByKey and the other combineByKey operations, R-12.2), all of them otherwise, and each
 *   reducer gets an equal share, times `hints.skew` for partition 0 of a skewed RDD;
 * - `hints` on any RDD override what flows into it; `emptyPartitions` hold nothing.
 *
 * Durations (./task-runner.ts) follow from records and bytes: CPU per record per RDD computed,
 * disk and network speeds for reads and writes.
 */
import type { Pipeline, RddSpec } from '../pipeline/types.ts';
import type { Plan, PlannedRdd } from '../plan/planned.ts';
import type { CostSettings } from './settings.ts';

const COMBINING = new Set([
  'reduceByKey',
  'aggregateByKey',
  'foldByKey',
  'combineByKey',
  'distinct',
  'countByKey',
  'countByValue',
]);

export interface CostModel {
  /** Records in partition `p` of RDD `rddId`. */
  records(rddId: number, p: number): number;
  bytesPerRecord(rddId: number): number;
  /** Whether the shuffle that `rdd` reads combines on the map side (`dep.mapSideCombine`). */
  mapSideCombine(rdd: PlannedRdd): boolean;
  /** The fraction of its reads that reducer `p` of `rdd` gets (1 for an even share). */
  reducerWeight(rddId: number, p: number): number;
}

interface RddData {
  readonly avg: number;
  readonly perPartition: readonly number[] | null;
  readonly empty: ReadonlySet<number>;
  readonly skew: number;
  readonly bytesPerRecord: number;
}

export function buildCostModel(plan: Plan, pipeline: Pipeline | null, costs: CostSettings): CostModel {
  const specs = new Map<string, RddSpec>((pipeline?.rdds ?? []).map((r) => [r.id, r]));
  // The operation scope names the user operation (or action) that created the shuffle's reader.
  const mapSideCombine = (rdd: PlannedRdd): boolean => COMBINING.has(rdd.scope.op);
  const data = new Map<number, RddData>();
  const total = (d: RddData, n: number): number =>
    d.perPartition ? d.perPartition.reduce((a, b) => a + b, 0) : d.avg * (n - d.empty.size);
  const byId = new Map(plan.rdds.map((r) => [r.rddId, r]));

  for (const rdd of plan.rdds) {
    const spec = rdd.op !== null ? specs.get(rdd.op) : undefined;
    const hints = spec?.hints;
    const n = Math.max(rdd.numPartitions, 1);
    let records: number;
    let bpr = costs.bytesPerRecord;
    if (rdd.deps.length === 0) {
      const slices = spec?.args.numSlices ?? n;
      const length = spec?.args.length ?? spec?.args.data?.length;
      records = length !== undefined ? length / slices : costs.defaultRecordsPerPartition;
    } else {
      let sum = 0;
      for (const dep of rdd.deps) {
        const parent = data.get(dep.rddId);
        const parentRdd = byId.get(dep.rddId);
        if (!parent || !parentRdd) continue;
        const t = total(parent, parentRdd.numPartitions);
        sum += dep.type === 'Shuffle' && mapSideCombine(rdd) ? t * costs.combineRatio : t;
        bpr = parent.bytesPerRecord;
      }
      records = sum / n;
    }
    let perPartition: number[] | null = null;
    if (hints?.records !== undefined) {
      if (typeof hints.records === 'number') records = hints.records;
      else perPartition = [...hints.records];
    }
    if (hints?.bytes !== undefined) {
      const bytes = typeof hints.bytes === 'number' ? hints.bytes : avg(hints.bytes);
      const recs = perPartition ? avg(perPartition) : records;
      if (recs > 0) bpr = bytes / recs;
    }
    data.set(rdd.rddId, {
      avg: records,
      perPartition,
      empty: new Set(hints?.emptyPartitions ?? []),
      skew: hints?.skew ?? 1,
      bytesPerRecord: bpr,
    });
  }

  return {
    records(rddId, p) {
      const d = data.get(rddId);
      if (!d || d.empty.has(p)) return 0;
      const base = d.perPartition ? (d.perPartition[p] ?? avg(d.perPartition)) : d.avg;
      return p === 0 ? base * d.skew : base;
    },
    bytesPerRecord: (rddId) => data.get(rddId)?.bytesPerRecord ?? costs.bytesPerRecord,
    mapSideCombine,
    reducerWeight(rddId, p) {
      const d = data.get(rddId);
      if (!d || d.empty.has(p)) return d ? 0 : 1;
      return p === 0 ? d.skew : 1;
    },
  };
}

function avg(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
