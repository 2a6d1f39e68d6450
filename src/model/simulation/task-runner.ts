/**
 * The executor side: `LaunchTask` arrives, a `TaskRunner` runs on the executor's pool and
 * goes through its phases (deserialization, shuffle read with fetch wait, running the pipelined
 * RDDs, shuffle write, result serialization), then `statusUpdate` goes back to the driver. Cached
 * partitions are read from and stored in the executor's BlockManager; a shuffle map task writes
 * its output files. Injected task faults take effect here.
 */
import type { StorageLevelName } from '../pipeline/types.ts';
import { usesMemory } from './block-store.ts';
import { findMapOutput, outputsByHost } from './map-output-tracker.ts';
import { parentPartitions } from './partition-mapping.ts';
import { step } from './post.ts';
import type { CompletionReason, Engine, ExecutorState, TaskAttempt, TaskMetricsDraft } from './state.ts';

interface Work {
  computeMs: number;
  readMs: number;
  inputBytes: number;
  inputRecords: number;
  fetchFailure: Extract<CompletionReason, { kind: 'fetchFailed' }> | null;
  toCache: { rddId: number; partition: number; level: StorageLevelName }[];
  d: TaskMetricsDraft;
}

function idsOf(t: TaskAttempt): {
  executorId: string;
  stageId: number;
  stageAttemptId: number;
  taskId: number;
} {
  return {
    executorId: t.executor.id,
    stageId: t.tsm.stageId,
    stageAttemptId: t.tsm.stageAttempt,
    taskId: t.tid,
  };
}

/** One RDD of the task's pipeline: a cached block ends the walk; sources are read; shuffles fetched. */
/** The partitions of each RDD a task has already visited (a diamond reaches one RDD twice). */
type Visited = Map<number, Set<number>>;

function walk(e: Engine, t: TaskAttempt, w: Work, seen: Visited, rddId: number, p: number): void {
  const ex = t.executor;
  const c = e.settings.costs;
  const stage = t.tsm.stage;
  let partitions = seen.get(rddId);
  if (partitions === undefined) seen.set(rddId, (partitions = new Set()));
  if (partitions.has(p)) return;
  partitions.add(p);
  const rdd = e.rddById.get(rddId);
  if (!rdd) return;
  const records = e.costs.records(rddId, p);
  const bytes = records * e.costs.bytesPerRecord(rddId);
  if (rdd.storageLevel !== null && rdd.storageLevel !== 'NONE') {
    const block = `rdd_${rddId}_${p}`;
    const place = ex.blocks.where(block);
    if (place !== null) {
      ex.blocks.touch(block);
      w.readMs += bytes / (place === 'memory' ? c.memoryBytesPerMs : c.diskBytesPerMs);
      if (e.taskSteps) step(e, 'blockRead', idsOf(t), { block, place, bytes: Math.round(bytes) });
      return;
    }
    const remote = e.cacheLocs.get(rddId)?.get(p);
    if (remote && remote.size > 0) {
      w.readMs += bytes / c.networkBytesPerMs;
      if (e.taskSteps) step(e, 'blockRead', idsOf(t), { block, place: 'remote', bytes: Math.round(bytes) });
      return;
    }
    w.toCache.push({ rddId, partition: p, level: rdd.storageLevel });
  }
  w.computeMs += (records * c.microsPerRecordPerRdd) / 1000;
  if (rdd.deps.length === 0) {
    w.inputRecords += records;
    w.inputBytes += bytes;
    w.readMs += bytes / c.diskBytesPerMs;
  }
  // A written checkpoint replaces the RDD's lineage with its ReliableCheckpointRDD.
  const checkpoint = rdd.checkpointRddId;
  const deps: readonly { readonly rddId: number; readonly type: string; readonly shuffleId?: number }[] =
    checkpoint !== undefined && checkpoint !== null && stage.rddIds.has(checkpoint)
      ? [{ rddId: checkpoint, type: 'OneToOne' as const }]
      : rdd.deps;
  for (let i = 0; i < deps.length; i++) {
    const dep = deps[i]!;
    if (dep.type !== 'Shuffle') {
      if (!stage.rddIds.has(dep.rddId)) continue;
      const parents = deps === rdd.deps ? parentPartitions(e.rddById, rdd, i, p) : [p];
      for (const q of parents) walk(e, t, w, seen, dep.rddId, q);
      continue;
    }
    const s = dep.shuffleId === undefined ? undefined : e.shuffles.get(dep.shuffleId);
    if (!s) continue;
    const weight = e.costs.reducerWeight(rddId, p) / s.numReduces;
    // A missing output, or one on an executor that cannot serve it, fails the fetch.
    if (w.fetchFailure === null) {
      let holder: ExecutorState | null | undefined;
      if (s.available < s.numMaps) holder = null;
      else if (!e.settings.externalShuffleService && e.downExecutors > 0)
        for (const x of s.byExecutor.keys()) if (x.process !== 'running') holder = x;
      const key = e.fetchFailuresLeft.size > 0 ? `${stage.id}.${t.partition}` : '';
      const left = e.fetchFailuresLeft.get(key) ?? 0;
      const injected = left > 0;
      if (injected) e.fetchFailuresLeft.set(key, left - 1);
      if (holder !== undefined || injected) {
        const m = holder !== undefined ? findMapOutput(s, holder) : 0;
        const loc = s.location[m] ?? null;
        w.fetchFailure = {
          kind: 'fetchFailed',
          shuffleId: s.shuffleId,
          mapIndex: m,
          mapTid: s.mapTid[m] ?? -1,
          executor: loc,
        };
      }
    }
    w.d.recordsRead += s.totalRecords * weight;
    const local = outputsByHost(s).get(ex.host);
    const localBytes = local?.bytes ?? 0;
    const localCount = local?.count ?? 0;
    w.d.localBytes += localBytes * weight;
    w.d.localBlocks += localCount;
    w.d.remoteBytes += (s.totalBytes - localBytes) * weight;
    w.d.remoteBlocks += s.available - localCount;
  }
}

/** What the task computes: cached reads stop the walk; sources are read; shuffles are fetched. */
function plan(e: Engine, t: TaskAttempt): Work {
  const c = e.settings.costs;
  const stage = t.tsm.stage;
  const w: Work = {
    computeMs: 0,
    readMs: 0,
    inputBytes: 0,
    inputRecords: 0,
    fetchFailure: null,
    toCache: [],
    d: {
      deserialize: c.deserializeMs,
      run: 0,
      resultSerialize: c.resultSerializeMs,
      fetchWait: 0,
      localBytes: 0,
      remoteBytes: 0,
      localBlocks: 0,
      remoteBlocks: 0,
      recordsRead: 0,
      inputBytes: 0,
      inputRecords: 0,
      writeBytes: 0,
      writeRecords: 0,
      writeTimeNs: 0,
      cpuNs: 0,
    },
  };
  walk(e, t, w, new Map(), stage.rdd.rddId, t.partition);
  w.d.inputBytes = w.inputBytes;
  w.d.inputRecords = w.inputRecords;
  w.d.fetchWait = Math.round(w.d.remoteBytes / c.networkBytesPerMs);
  w.readMs += w.d.localBytes / c.diskBytesPerMs;
  return w;
}

/** `CoarseGrainedExecutorBackend.receive(LaunchTask)` → `Executor.launchTask` → `TaskRunner.run`. */
export function launchOnExecutor(e: Engine, t: TaskAttempt): void {
  const ex = t.executor;
  if (ex.process !== 'running' || t.state !== 'running') return;
  ex.running.add(t);
  if (e.taskSteps)
    step(e, 'taskRunnerStart', idsOf(t), {
      index: t.index,
      attempt: t.attempt,
      threads: ex.running.size,
      cores: ex.spec.cores,
    });
  const c = e.settings.costs;
  const stage = t.tsm.stage;
  const w = plan(e, t);
  const key = `${stage.id}.${t.partition}`;
  let factor = 1 + c.noise * (e.random.next() - 0.5);
  const straggler = e.faults.find(
    (f) => f.kind === 'straggler' && f.stage === stage.id && f.partition === t.partition,
  );
  if (straggler?.kind === 'straggler' && !t.speculative) factor *= straggler.factor;
  // Shuffle write (map side): the writer Spark picks and its files.
  let writeMs = 0;
  if (stage.kind === 'ShuffleMap' && stage.shuffleId !== null) {
    const reducer = e.shuffleReader.get(stage.shuffleId);
    const combine = reducer ? e.costs.mapSideCombine(reducer) : false;
    const numReduces = e.shuffles.get(stage.shuffleId)?.numReduces ?? 1;
    t.outRecords = e.costs.records(stage.rdd.rddId, t.partition) * (combine ? c.combineRatio : 1);
    t.outBytes = t.outRecords * e.costs.bytesPerRecord(stage.rdd.rddId);
    writeMs = t.outBytes / c.diskBytesPerMs;
    w.d.writeBytes = Math.round(t.outBytes);
    w.d.writeRecords = Math.round(t.outRecords);
    w.d.writeTimeNs = Math.round(writeMs * 1e6);
    const writer = combine
      ? 'SortShuffleWriter'
      : numReduces <= e.settings.bypassMergeThreshold
        ? 'BypassMergeSortShuffleWriter'
        : 'UnsafeShuffleWriter';
    if (e.taskSteps)
      step(e, 'shuffleWrite', idsOf(t), {
        shuffleId: stage.shuffleId,
        writer: e.settings.legacyHashShuffle ? 'HashShuffleWriter' : writer,
        files: e.settings.legacyHashShuffle ? numReduces : 2,
        numReduces,
        bytes: w.d.writeBytes,
      });
  }
  const compute = (w.computeMs + w.readMs + writeMs) * factor;
  let run = Math.max(1, Math.round(compute + w.d.fetchWait));
  if (stage.kind === 'Result') {
    const action = stage.activeJob?.plan.action ?? '';
    const big = [
      'collect',
      'take',
      'top',
      'takeOrdered',
      'first',
      'lookup',
      'countByKey',
      'countByValue',
    ].includes(action);
    const records = e.costs.records(stage.rdd.rddId, t.partition);
    t.resultBytes = big ? Math.round(records * e.costs.bytesPerRecord(stage.rdd.rddId)) : c.smallResultBytes;
  } else {
    t.resultBytes = c.smallResultBytes;
  }
  // Faults: an injected exception, a random one, or a fetch failure.
  const left = e.failuresLeft.get(key) ?? 0;
  if (left > 0) {
    e.failuresLeft.set(key, left - 1);
    t.outcome = 'exception';
  } else if (e.faults.some((f) => f.kind === 'random-task-failure' && e.random.next() < f.probability)) {
    // Drawn only when such a fault is given, so other runs keep their random sequence.
    t.outcome = 'exception';
  }
  if (w.fetchFailure && t.outcome === 'success') {
    t.outcome = 'fetchFailed';
    run = Math.max(1, w.d.fetchWait);
  } else if (t.outcome === 'exception') {
    run = Math.max(1, Math.round(run / 2));
  }
  t.fetchFailure = w.fetchFailure;
  w.d.run = run;
  w.d.cpuNs = Math.round(w.computeMs * factor * 1e6);
  t.metrics = w.d;
  t.toCache = w.toCache;
  t.finishAt = e.now + w.d.deserialize + run + w.d.resultSerialize;
  if (e.taskSteps)
    step(e, 'taskPhases', idsOf(t), {
      deserialize: w.d.deserialize,
      fetchWait: w.d.fetchWait,
      run,
      shuffleWrite: Math.round(writeMs),
      serialize: w.d.resultSerialize,
      outcome: t.outcome,
    });
  e.queue.push(t.finishAt, { k: 'taskDone', task: t });
}

/** The TaskRunner ends: blocks are stored, and a StatusUpdate goes to the driver. */
export function finishOnExecutor(e: Engine, t: TaskAttempt): void {
  const ex = t.executor;
  if (t.state !== 'running' || ex.process !== 'running' || !ex.running.has(t)) return;
  ex.running.delete(t);
  if (ex.running.size === 0) ex.idleSince = e.now;
  let reason: CompletionReason;
  if (t.outcome === 'exception') {
    reason = {
      kind: 'exception',
      message: `Injected failure of task ${t.index}.${t.attempt} in stage ${t.tsm.stageId}.${t.tsm.stageAttempt}`,
    };
  } else if (t.outcome === 'fetchFailed') {
    reason = t.fetchFailure ?? {
      kind: 'fetchFailed',
      shuffleId: -1,
      mapIndex: -1,
      mapTid: -1,
      executor: null,
    };
  } else {
    reason = { kind: 'success' };
    for (const { rddId, partition, level } of t.toCache) storeBlock(e, ex, t, rddId, partition, level);
  }
  e.queue.push(e.now + e.settings.costs.rpcLatencyMs, { k: 'statusUpdate', task: t, reason });
}

function storeBlock(
  e: Engine,
  ex: ExecutorState,
  t: TaskAttempt,
  rddId: number,
  partition: number,
  level: StorageLevelName,
): void {
  const block = `rdd_${rddId}_${partition}`;
  const bytes = e.costs.records(rddId, partition) * e.costs.bytesPerRecord(rddId);
  const put = ex.blocks.put(block, rddId, bytes, level);
  for (const ev of put.evicted) {
    const [, r, p] = ev.blockId.split('_');
    if (!ev.toDisk) e.cacheLocs.get(Number(r))?.get(Number(p))?.delete(ex);
    step(
      e,
      'blockEvicted',
      { executorId: ex.id },
      { block: ev.blockId, toDisk: ev.toDisk ? 1 : 0, used: ex.blocks.memoryUsed },
    );
  }
  if (put.stored === null) return;
  let byPartition = e.cacheLocs.get(rddId);
  if (!byPartition) e.cacheLocs.set(rddId, (byPartition = new Map()));
  let set = byPartition.get(partition);
  if (!set) byPartition.set(partition, (set = new Set()));
  set.add(ex);
  if (e.taskSteps)
    step(e, 'blockStored', idsOf(t), {
      block,
      place: put.stored,
      bytes: Math.round(bytes),
      memory: usesMemory(level) ? 1 : 0,
    });
}

/** A KillTask message reaches the executor: the TaskRunner is interrupted and reports KILLED. */
export function killOnExecutor(e: Engine, t: TaskAttempt, reason: string): void {
  const ex = t.executor;
  if (t.state !== 'running' || ex.process !== 'running' || !ex.running.has(t)) return;
  ex.running.delete(t);
  if (ex.running.size === 0) ex.idleSince = e.now;
  t.state = 'killed';
  e.queue.push(e.now + e.settings.costs.rpcLatencyMs, {
    k: 'statusUpdate',
    task: t,
    reason: { kind: 'killed', reason },
  });
}
