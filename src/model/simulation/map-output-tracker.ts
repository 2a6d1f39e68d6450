/**
 * MapOutputTrackerMaster: for each shuffle, which executor holds each map task's output
 * (its data and index file, keyed by the map task's TID since 3.0) and how big it is. A shuffle map
 * stage is available when every map partition has an output (`ShuffleMapStage.isAvailable`).
 */
import type { Engine, ExecutorState, ShuffleStatus, StageState } from './state.ts';

export function registerShuffle(e: Engine, shuffleId: number, numMaps: number, numReduces: number): boolean {
  if (e.shuffles.has(shuffleId)) return false;
  e.shuffles.set(shuffleId, {
    shuffleId,
    numMaps,
    numReduces,
    location: new Array<ExecutorState | null>(numMaps).fill(null),
    mapTid: new Array<number>(numMaps).fill(-1),
    bytes: new Float64Array(numMaps),
    records: new Float64Array(numMaps),
    available: 0,
  });
  return true;
}

export function registerMapOutput(
  s: ShuffleStatus,
  mapIndex: number,
  executor: ExecutorState,
  tid: number,
  bytes: number,
  records: number,
): void {
  if (s.location[mapIndex] === null) s.available++;
  s.location[mapIndex] = executor;
  s.mapTid[mapIndex] = tid;
  s.bytes[mapIndex] = bytes;
  s.records[mapIndex] = records;
}

export function unregisterMapOutput(s: ShuffleStatus, mapIndex: number): boolean {
  if (s.location[mapIndex] === null) return false;
  s.location[mapIndex] = null;
  s.available--;
  return true;
}

/** `removeOutputsOnExecutor`: returns how many outputs were dropped. */
export function removeOutputsOnExecutor(e: Engine, executor: ExecutorState): number {
  let n = 0;
  for (const s of e.shuffles.values())
    for (let i = 0; i < s.numMaps; i++) if (s.location[i] === executor && unregisterMapOutput(s, i)) n++;
  return n;
}

export function isAvailable(e: Engine, stage: StageState): boolean {
  if (stage.shuffleId === null) return true;
  const s = e.shuffles.get(stage.shuffleId);
  return s !== undefined && s.available === s.numMaps;
}

/** `ShuffleMapStage.findMissingPartitions`. */
export function missingMapPartitions(e: Engine, stage: StageState): number[] {
  const s = stage.shuffleId === null ? undefined : e.shuffles.get(stage.shuffleId);
  if (!s) return Array.from({ length: stage.numTasks }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < s.numMaps; i++) if (s.location[i] === null) out.push(i);
  return out;
}

/**
 * `getPreferredLocationsForShuffle`: hosts holding at least 20 % (REDUCER_PREF_LOCS_FRACTION) of
 * a reducer's input, when there are fewer than 1000 maps and reducers. Map outputs are
 * split evenly over reducers in this model, so every reducer gets the same hosts.
 */
export function reducerPreferredHosts(s: ShuffleStatus): string[] {
  if (s.numMaps >= 1000 || s.numReduces >= 1000) return [];
  const byHost = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < s.numMaps; i++) {
    const loc = s.location[i];
    if (!loc) continue;
    const b = s.bytes[i] as number;
    total += b;
    byHost.set(loc.host, (byHost.get(loc.host) ?? 0) + b);
  }
  if (total <= 0) return [];
  return [...byHost].filter(([, b]) => b / total >= 0.2).map(([h]) => h);
}
