/**
 * Turns the fold's mutable state into a readonly Scene. Needs a FoldState at some position;
 * guarantees a scene that shares nothing with it (the fold may go on), with lists in a stable
 * order (ids ascending, executors by compareExecutorIds, pools by name) so equal states give
 * deep-equal scenes.
 */
import { compareExecutorIds } from '../trace/trace.ts';
import type { FoldState, TaskRec, TaskSetRec } from './fold-state.ts';
import type {
  Scene,
  SceneExecutor,
  SceneFetch,
  ScenePool,
  SceneStage,
  SceneTaskSet,
  SceneToken,
} from './scene.ts';

const byNumber = (a: number, b: number): number => a - b;

function freezeTaskSet(s: FoldState, t: TaskSetRec): SceneTaskSet {
  // Indexes with an attempt on its way or running are not pending (the TaskSetManager took them).
  const runningIndexes = new Set<number>();
  for (const task of s.tasks.values())
    if (task.stageId === t.stageId && task.stageAttemptId === t.stageAttemptId)
      runningIndexes.add(task.index);
  return {
    stageId: t.stageId,
    stageAttemptId: t.stageAttemptId,
    numTasks: t.numTasks,
    pool: t.pool,
    pending: t.zombie ? 0 : Math.max(0, t.numTasks - t.succeeded - runningIndexes.size),
    runningTaskIds: [...t.running].sort(byNumber),
    succeeded: t.succeeded,
    failedAttempts: t.failedAttempts,
    killedAttempts: t.killedAttempts,
    localityLevels: [...t.localityLevels],
    launchedByLocality: { ...t.launchedByLocality },
    speculatable: t.speculatable,
    zombie: t.zombie,
  };
}

/** FIFO order within a pool: job id (the TaskSet's priority), then stage id. */
function fifo(a: TaskSetRec, b: TaskSetRec): number {
  return a.jobId - b.jobId || a.stageId - b.stageId || a.stageAttemptId - b.stageAttemptId;
}

function freezePools(s: FoldState): ScenePool[] {
  const byPool = new Map<string, TaskSetRec[]>();
  for (const t of s.taskSets.values()) {
    const list = byPool.get(t.pool);
    if (list) list.push(t);
    else byPool.set(t.pool, [t]);
  }
  return [...byPool.keys()].sort().map((name) => ({
    name,
    taskSets: (byPool.get(name) ?? []).sort(fifo).map((t) => `${t.stageId}.${t.stageAttemptId}`),
  }));
}

/** Map outputs per executor ordinal and map stage, counted from the MapOutputTracker tables. */
function outputsByOrdinal(s: FoldState): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const r of s.shuffles.values())
    r.held.forEach((count, ordinal) => {
      if (!(count > 0)) return;
      let m = out.get(ordinal);
      if (!m) out.set(ordinal, (m = new Map()));
      m.set(r.stageId, count);
    });
  return out;
}

function freezeExecutors(s: FoldState, outputs: Map<number, Map<number, number>>): SceneExecutor[] {
  return [...s.executors.values()]
    .sort((a, b) => compareExecutorIds(a.executorId, b.executorId))
    .map((x) => ({
      executorId: x.executorId,
      host: x.host,
      cores: x.cores,
      state: x.state,
      reason: x.reason,
      slots: [...x.slots],
      shuffleOutputs: [...(outputs.get(s.ordinalOf.get(x.executorId) ?? 0) ?? [])]
        .map(([stageId, count]) => ({ stageId, count }))
        .sort((a, b) => a.stageId - b.stageId),
      cachedBlocks: [...x.cached]
        .map(([rddId, count]) => ({ rddId, count }))
        .sort((a, b) => a.rddId - b.rddId),
    }));
}

function token(t: TaskRec, racing: boolean): SceneToken {
  return {
    taskId: t.taskId,
    stageId: t.stageId,
    stageAttemptId: t.stageAttemptId,
    index: t.index,
    partition: t.partition,
    attempt: t.attempt,
    executorId: t.executorId,
    slot: t.slot,
    phase: t.phase,
    speculative: t.speculative,
    locality: t.locality,
    outcome: t.outcome,
    racing,
  };
}

function freezeTokens(s: FoldState): SceneToken[] {
  const live = [...s.tasks.values()].sort((a, b) => a.taskId - b.taskId);
  // Two live attempts of one index exist only with a speculative copy.
  const racing = new Set<string>();
  const copied = live.filter((t) => t.speculative).map((t) => `${t.stageId}.${t.stageAttemptId}.${t.index}`);
  if (copied.length > 0) {
    const wanted = new Set(copied);
    const seen = new Set<string>();
    for (const t of live) {
      const key = `${t.stageId}.${t.stageAttemptId}.${t.index}`;
      if (!wanted.has(key)) continue;
      if (seen.has(key)) racing.add(key);
      seen.add(key);
    }
  }
  return [
    ...live.map((t) =>
      token(t, racing.size > 0 && racing.has(`${t.stageId}.${t.stageAttemptId}.${t.index}`)),
    ),
    ...s.ended.map((t) => token(t, false)),
  ];
}

/** Reduce tasks on their slot and the executors holding the map outputs of their parent stages. */
function freezeFetches(s: FoldState, outputs: Map<number, Map<number, number>>): SceneFetch[] {
  const holders = new Map<number, Set<string>>();
  for (const [ordinal, byStage] of outputs)
    for (const stage of byStage.keys()) {
      const id = s.executorOrdinals[ordinal - 1] as string;
      const set = holders.get(stage);
      if (set) set.add(id);
      else holders.set(stage, new Set([id]));
    }
  // Keyed by stageId × 2^16 + attempt: attempts stay far below 2^16 (spark.stage.maxConsecutiveAttempts).
  const readers = new Map<number, TaskRec[]>();
  for (const t of s.tasks.values()) {
    if (t.phase !== 'running' || (s.stages.get(t.stageId)?.parentIds?.length ?? 0) === 0) continue;
    const key = t.stageId * 65536 + t.stageAttemptId;
    const list = readers.get(key);
    if (list) list.push(t);
    else readers.set(key, [t]);
  }
  const out: SceneFetch[] = [];
  for (const tasks of readers.values()) {
    const { stageId, stageAttemptId } = tasks[0] as TaskRec;
    const parents = [...(s.stages.get(stageId)?.parentIds ?? [])].sort(byNumber);
    const from = new Set<string>();
    for (const p of parents) for (const x of holders.get(p) ?? []) from.add(x);
    out.push({
      stageId,
      stageAttemptId,
      mapStageIds: parents,
      fromExecutorIds: [...from].sort(compareExecutorIds),
      taskIds: tasks.map((t) => t.taskId).sort(byNumber),
    });
  }
  return out.sort((a, b) => a.stageId - b.stageId || a.stageAttemptId - b.stageAttemptId);
}

export function freeze(s: FoldState, time: number): Scene {
  const stages: SceneStage[] = [...s.stages.values()]
    .sort((a, b) => a.stageId - b.stageId)
    .map((st) => ({
      stageId: st.stageId,
      name: st.name,
      kind: st.isResult ? 'result' : 'shuffleMap',
      parentIds: st.parentIds ? [...st.parentIds] : null,
      numPartitions: st.numPartitions,
      state: st.state,
      attempts: st.attempts.map((a) => ({ ...a })),
      jobIds: [...st.jobIds],
      shuffleId: st.shuffleId ?? s.shuffles.get(st.stageId)?.shuffleId ?? null,
    }));
  const outputs = outputsByOrdinal(s);
  return {
    index: s.index,
    time,
    hasSteps: s.hasSteps,
    deploy: s.deploy,
    activeJobIds: new Set(s.activeJobs),
    runningStageIds: new Set(s.runningStages),
    runningTaskIds: new Set(s.runningTasks),
    jobs: [...s.jobs.values()]
      .sort((a, b) => a.jobId - b.jobId)
      .map((j) => ({ ...j, stageIds: [...j.stageIds] })),
    stages,
    taskSets: [...s.taskSets.values()].sort(fifo).map((t) => freezeTaskSet(s, t)),
    pools: { mode: s.fairScheduler ? 'FAIR' : 'FIFO', pools: freezePools(s) },
    offers: { ...s.offers, launched: [...s.offers.launched] },
    queue: {
      entries: s.queue.map((e) => ({ ...e })),
      posted: s.posted,
      handled: s.handled,
      handling: s.handlingAt === s.index - 1 ? s.handling : null,
    },
    executors: freezeExecutors(s, outputs),
    shuffles: [...s.shuffles.values()]
      .sort((a, b) => a.stageId - b.stageId)
      .map((r) => ({
        stageId: r.stageId,
        shuffleId: r.shuffleId,
        numMaps: r.numMaps,
        available: r.available,
      })),
    tokens: freezeTokens(s),
    fetches: freezeFetches(s, outputs),
    faults: [...s.faults],
  };
}
