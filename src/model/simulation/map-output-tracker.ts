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
    version: 0,
    byHostVersion: -1,
    byHost: new Map(),
    totalBytes: 0,
    totalRecords: 0,
    byExecutor: new Map(),
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
  unregisterMapOutput(s, mapIndex);
  s.version++;
  s.available++;
  s.location[mapIndex] = executor;
  s.mapTid[mapIndex] = tid;
  s.bytes[mapIndex] = bytes;
  s.records[mapIndex] = records;
  s.totalBytes += bytes;
  s.totalRecords += records;
  const held = s.byExecutor.get(executor);
  if (held) {
    held.count++;
    held.bytes += bytes;
  } else s.byExecutor.set(executor, { count: 1, bytes });
}

export function unregisterMapOutput(s: ShuffleStatus, mapIndex: number): boolean {
  const executor = s.location[mapIndex];
  if (!executor) return false;
  const bytes = s.bytes[mapIndex] as number;
  s.version++;
  s.location[mapIndex] = null;
  s.available--;
  s.totalBytes -= bytes;
  s.totalRecords -= s.records[mapIndex] as number;
  const held = s.byExecutor.get(executor);
  if (held) {
    held.count--;
    held.bytes -= bytes;
    if (held.count === 0) s.byExecutor.delete(executor);
  }
  return true;
}

/** The first map index without an output, or held by `executor`; -1 when there is none. */
export function findMapOutput(s: ShuffleStatus, executor: ExecutorState | null): number {
  for (let i = 0; i < s.numMaps; i++) if (s.location[i] === executor) return i;
  return -1;
}

/** Bytes and outputs per host, recomputed only after outputs changed (reducers read it per task). */
export function outputsByHost(s: ShuffleStatus): ReadonlyMap<string, { bytes: number; count: number }> {
  if (s.byHostVersion !== s.version) {
    s.byHost.clear();
    for (const [x, held] of s.byExecutor) {
      const h = s.byHost.get(x.host);
      if (h) {
        h.bytes += held.bytes;
        h.count += held.count;
      } else s.byHost.set(x.host, { bytes: held.bytes, count: held.count });
    }
    s.byHostVersion = s.version;
  }
  return s.byHost;
}

/** `removeOutputsOnExecutor`: returns how many outputs were dropped. */
export function removeOutputsOnExecutor(e: Engine, executor: ExecutorState): number {
  let n = 0;
  for (const s of e.shuffles.values()) {
    if (!s.byExecutor.has(executor)) continue;
    for (let i = 0; i < s.numMaps; i++) if (s.location[i] === executor && unregisterMapOutput(s, i)) n++;
  }
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
  const total = s.totalBytes;
  for (const [x, held] of s.byExecutor) byHost.set(x.host, (byHost.get(x.host) ?? 0) + held.bytes);
  if (total <= 0) return [];
  return [...byHost].filter(([, b]) => b / total >= 0.2).map(([h]) => h);
}
