/**
 * Stage creation, as `DAGScheduler.createResultStage`, `getOrCreateParentStages`,
 * `getOrCreateShuffleMapStage` and `createShuffleMapStage` (R-7 step 4). A stage takes its id
 * after its parents exist, so parents always have lower ids. Spark recurses through
 * `createShuffleMapStage` → `getOrCreateParentStages`; here the same calls run on an explicit
 * stack of frames, so a lineage of any depth plans without overflowing.
 */
import type { Lineage } from '../lineage/lineage.ts';
import { allPartitions } from '../lineage/context.ts';
import { getMissingAncestorShuffleDependencies, getShuffleDependencies } from './shuffle-dependencies.ts';
import type { SchedulerState, ShuffleDepRef, Stage } from './state.ts';

/** `createShuffleMapStage(dep)` (dep = null: `createResultStage`) waiting for its parents. */
interface CreateFrame {
  readonly kind: 'create';
  readonly dep: ShuffleDepRef | null;
  readonly rddId: number;
  readonly parentDeps: readonly ShuffleDepRef[];
  index: number;
  readonly parents: Stage[];
}

/** `getOrCreateShuffleMapStage(dep)`: its missing ancestors, then dep itself. */
interface GetOrCreateFrame {
  readonly kind: 'getOrCreate';
  readonly dep: ShuffleDepRef;
  readonly queue: readonly ShuffleDepRef[];
  index: number;
}

type Frame = CreateFrame | GetOrCreateFrame;

export function createResultStage(
  lineage: Lineage,
  state: SchedulerState,
  finalRddId: number,
  partitions: readonly number[],
  jobId: number,
): Stage {
  const stack: Frame[] = [createFrame(lineage, state, null, finalRddId)];
  let result: Stage | null = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.kind === 'getOrCreate') {
      const next = frame.queue[frame.index];
      if (next !== undefined) {
        frame.index++;
        if (!state.shuffleIdToMapStage.has(next.shuffleId))
          stack.push(createFrame(lineage, state, next, next.mapRddId));
        continue;
      }
      stack.pop();
      deliver(stack, state.shuffleIdToMapStage.get(frame.dep.shuffleId) as Stage);
      continue;
    }
    const dep = frame.parentDeps[frame.index];
    if (dep !== undefined) {
      const existing = state.shuffleIdToMapStage.get(dep.shuffleId);
      if (existing) {
        frame.parents.push(existing);
        frame.index++;
      } else {
        const queue = [...getMissingAncestorShuffleDependencies(lineage, state, dep.mapRddId), dep];
        stack.push({ kind: 'getOrCreate', dep, queue, index: 0 });
      }
      continue;
    }
    stack.pop();
    const stage = newStage(lineage, state, frame, partitions, jobId);
    if (frame.dep !== null) state.shuffleIdToMapStage.set(frame.dep.shuffleId, stage);
    else result = stage;
    deliver(stack, stage);
  }
  if (result === null) throw new Error('dag-scheduler: result stage was not created');
  return result;
}

function createFrame(
  lineage: Lineage,
  state: SchedulerState,
  dep: ShuffleDepRef | null,
  rddId: number,
): CreateFrame {
  const parentDeps = getShuffleDependencies(lineage, rddId, state.shuffleDepsMemo);
  return { kind: 'create', dep, rddId, parentDeps, index: 0, parents: [] };
}

/** A finished stage goes to the `createShuffleMapStage` waiting for it, if any. */
function deliver(stack: readonly Frame[], stage: Stage): void {
  const below = stack[stack.length - 1];
  if (below?.kind === 'create') {
    const dep = below.parentDeps[below.index];
    if (dep !== undefined && dep.shuffleId === stage.shuffleId) {
      below.parents.push(stage);
      below.index++;
    }
  }
}

function newStage(
  lineage: Lineage,
  state: SchedulerState,
  frame: CreateFrame,
  resultPartitions: readonly number[],
  jobId: number,
): Stage {
  const id = state.nextStageId++;
  if (frame.dep === null) {
    return {
      id,
      kind: 'Result',
      rddId: frame.rddId,
      numTasks: resultPartitions.length,
      parents: frame.parents,
      shuffleId: null,
      firstJobId: jobId,
      partitions: resultPartitions,
    };
  }
  const n = lineage.get(frame.rddId).numPartitions;
  return {
    id,
    kind: 'ShuffleMap',
    rddId: frame.rddId,
    numTasks: n,
    parents: frame.parents,
    shuffleId: frame.dep.shuffleId,
    firstJobId: jobId,
    partitions: allPartitions(n),
  };
}

/** `updateJobIdStageIdMaps`: the job's stages are its result stage and every stage reachable through parents. */
export function jobStages(result: Stage): Stage[] {
  const seen = new Map<number, Stage>();
  const stack = [result];
  while (stack.length > 0) {
    const stage = stack.pop() as Stage;
    if (seen.has(stage.id)) continue;
    seen.set(stage.id, stage);
    for (const p of stage.parents) stack.push(p);
  }
  return [...seen.values()].sort((a, b) => a.id - b.id);
}
