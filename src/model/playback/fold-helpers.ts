/**
 * Small operations the listener fold and the step fold share: executors and their slots, task
 * records, map outputs, the event-loop queue and fault marks. Each keeps FoldState's invariants
 * (a slot holds the task whose record names it; a task record is replaced, never changed, so snapshots share them).
 */
import { ChunkedInts } from './chunked-ints.ts';
import { type ExecutorRec, type FoldState, type ShuffleRec, type TaskRec } from './fold-state.ts';
import type { SceneFault } from './scene.ts';

/** How many ended task attempts stay visible as tokens. */
export const ENDED_MEMORY = 12;
/** How many fault marks a scene keeps. */
export const FAULT_MEMORY = 40;

export function executorOf(s: FoldState, executorId: string, host = ''): ExecutorRec {
  let x = s.executors.get(executorId);
  if (!x) {
    x = { executorId, host, cores: 0, state: 'alive', reason: null, slots: [], cached: new Map() };
    s.executors.set(executorId, x);
    s.executorOrdinals.push(executorId);
    s.ordinalOf.set(executorId, s.executorOrdinals.length);
  } else if (host !== '' && x.host === '') x.host = host;
  return x;
}

/** The task record with `changes`, stored in place of the old one (records are never mutated). */
export function patchTask(s: FoldState, t: TaskRec, changes: Partial<TaskRec>): TaskRec {
  const next = { ...t, ...changes };
  if (s.tasks.has(t.taskId)) s.tasks.set(t.taskId, next);
  return next;
}

/** Puts the task in the executor's lowest free slot (a new one past its cores if all are busy). */
export function takeSlot(s: FoldState, t: TaskRec): TaskRec {
  if (t.slot !== null) return t;
  const x = executorOf(s, t.executorId);
  let i = x.slots.indexOf(null);
  if (i < 0) {
    i = x.slots.length;
    x.slots.push(null);
  }
  x.slots[i] = t.taskId;
  return patchTask(s, t, { slot: i });
}

export function freeSlot(s: FoldState, t: TaskRec): TaskRec {
  if (t.slot === null) return t;
  const x = s.executors.get(t.executorId);
  if (x && x.slots[t.slot] === t.taskId) {
    x.slots[t.slot] = null;
    // Slots past the executor's cores exist only while used.
    while (x.slots.length > x.cores && x.slots.at(-1) === null) x.slots.pop();
  }
  return patchTask(s, t, { slot: null });
}

export function addFault(s: FoldState, fault: SceneFault): void {
  s.faults.push(fault);
  if (s.faults.length > FAULT_MEMORY) s.faults.shift();
}

export function postQueue(
  s: FoldState,
  event: string,
  ids: { jobId?: number | null; taskId?: number | null; executorId?: string | null },
): void {
  s.queue.push({
    event,
    postedAt: s.index,
    jobId: ids.jobId ?? null,
    taskId: ids.taskId ?? null,
    executorId: ids.executorId ?? null,
  });
  s.posted++;
}

/** The event loop takes the first queued `event` matching `match` (if it was queued: steps only). */
export function handleQueue(
  s: FoldState,
  event: string,
  match: (e: { jobId: number | null; taskId: number | null; executorId: string | null }) => boolean,
): void {
  const i = s.queue.findIndex((e) => e.event === event && match(e));
  if (i < 0) return;
  s.queue.splice(i, 1);
  s.handled++;
  s.handling = event;
  s.handlingAt = s.index;
}

export function shuffleOf(s: FoldState, stageId: number): ShuffleRec {
  let r = s.shuffles.get(stageId);
  if (!r) {
    const stage = s.stages.get(stageId);
    r = {
      stageId,
      shuffleId: stage?.shuffleId ?? null,
      numMaps: stage?.numPartitions ?? 0,
      available: 0,
      outputs: new ChunkedInts(),
      held: [],
    };
    s.shuffles.set(stageId, r);
  }
  return r;
}

/** MapOutputTrackerMaster.registerMapOutput: map `mapIndex` of the stage now lives on the executor. */
export function registerOutput(s: FoldState, stageId: number, mapIndex: number, executorId: string): void {
  const r = shuffleOf(s, stageId);
  executorOf(s, executorId);
  const ordinal = s.ordinalOf.get(executorId) ?? 0;
  const old = r.outputs.get(mapIndex);
  if (old === 0) r.available++;
  else r.held[old] = (r.held[old] ?? 1) - 1;
  r.held[ordinal] = (r.held[ordinal] ?? 0) + 1;
  r.outputs.set(mapIndex, ordinal);
  if (mapIndex >= r.numMaps) r.numMaps = mapIndex + 1;
}

/** MapOutputTrackerMaster.unregisterMapOutput; returns whether an output was there. */
export function unregisterOutput(s: FoldState, stageId: number, mapIndex: number): boolean {
  const r = s.shuffles.get(stageId);
  if (!r) return false;
  const old = r.outputs.get(mapIndex);
  if (old === 0) return false;
  r.outputs.set(mapIndex, 0);
  r.available--;
  r.held[old] = (r.held[old] ?? 1) - 1;
  return true;
}

/** MapOutputTrackerMaster.removeOutputsOnExecutor; returns how many outputs were lost. */
export function removeOutputsOn(s: FoldState, executorId: string): number {
  const ordinal = s.ordinalOf.get(executorId) ?? 0;
  if (ordinal === 0) return 0;
  let lost = 0;
  for (const r of s.shuffles.values()) {
    const gone: number[] = [];
    r.outputs.forEach(r.numMaps, (i, v) => {
      if (v === ordinal) gone.push(i);
    });
    for (const i of gone) r.outputs.set(i, 0);
    r.available -= gone.length;
    r.held[ordinal] = (r.held[ordinal] ?? 0) - gone.length;
    lost += gone.length;
  }
  return lost;
}

/** The task attempt ended: out of its slot and task set, into the short list of ended tokens. */
export function endTask(s: FoldState, t: TaskRec, outcome: TaskRec['outcome']): void {
  const freed = freeSlot(s, t);
  s.tasks.delete(t.taskId);
  s.runningTasks.delete(t.taskId);
  s.ended.push({ ...freed, started: false, phase: 'ended', outcome });
  if (s.ended.length > ENDED_MEMORY) s.ended.shift();
}
