/**
 * The DAGScheduler's event loop: JobSubmitted creates the job's stages, parents first, reusing
 * a shuffle map stage an active job already registered; `submitStage` walks missing
 * parents (cache cuts the walk, R-9.4; available shuffle outputs make a stage skipped, R-9.3);
 * `submitMissingTasks` makes one TaskSet per stage attempt over the missing partitions, with
 * preferred locations. Task completion, failures and executor loss are in
 * ./task-completion.ts.
 *
 * Stage structure comes from the planner's plan of each job (which RDDs and shuffles each stage
 * holds, in the planner's sibling order, R-1.5); ids, attempts, skipping and resubmission are
 * decided here, at run time.
 */
import type { PlannedJob } from '../plan/planned.ts';
import {
  isAvailable,
  missingMapPartitions,
  reducerPreferredHosts,
  registerShuffle,
} from './map-output-tracker.ts';
import { callsite, post, stageInfo, step } from './post.ts';
import type { ActiveJob, DriverThread, Engine, StageState } from './state.ts';
import { submitTasks } from './task-scheduler.ts';
import type { TaskPrefs } from './task-set-manager.ts';
import { abortStage, markStageAsFinished } from './task-completion.ts';

/** `handleJobSubmitted` → `createResultStage` → `getOrCreateParentStages`, then JobStart and `submitStage`. */
export function handleJobSubmitted(e: Engine, jobId: number, thread: DriverThread, plan: PlannedJob): void {
  const byPlanId = new Map<number, StageState>();
  const stageIds: number[] = [];
  const planned = [...plan.stages].sort((a, b) => a.stageId - b.stageId);
  for (const ps of planned) {
    const shared =
      ps.kind === 'ShuffleMap' && ps.shuffleId !== undefined
        ? e.shuffleIdToMapStage.get(ps.shuffleId)
        : undefined;
    if (shared) {
      shared.jobIds.add(jobId);
      byPlanId.set(ps.stageId, shared);
      stageIds.push(shared.id);
      step(e, 'reuseStage', { jobId, stageId: shared.id }, { shuffleId: ps.shuffleId ?? -1 });
      continue;
    }
    const rdd = e.rddById.get(ps.rddId);
    if (!rdd) throw new Error(`plan job ${plan.jobId}: stage ${ps.stageId} names unknown RDD ${ps.rddId}`);
    const id = e.nextStageId++;
    const stage: StageState = {
      id,
      kind: ps.kind,
      numTasks: ps.numTasks,
      rdd,
      rddIds: new Set(ps.rddIds),
      shuffleId: ps.shuffleId ?? null,
      parents: ps.parentStageIds.flatMap((p) => byPlanId.get(p) ?? []),
      plan: ps,
      name: ps.kind === 'Result' ? `${plan.action} at ${plan.rdd}` : callsite(rdd),
      jobIds: new Set([jobId]),
      firstJobId: jobId,
      nextAttemptId: 0,
      latestAttempt: 0,
      failedAttemptIds: new Set(),
      pendingPartitions: new Set(),
      activeJob: null,
      submissionTime: null,
      attemptNumTasks: ps.numTasks,
      tsm: null,
    };
    e.stageIdToStage.set(id, stage);
    byPlanId.set(ps.stageId, stage);
    stageIds.push(id);
    if (stage.shuffleId !== null) {
      e.shuffleIdToMapStage.set(stage.shuffleId, stage);
      step(
        e,
        'createStage',
        { jobId, stageId: id },
        { rddId: rdd.rddId, numTasks: ps.numTasks, shuffleId: stage.shuffleId },
      );
      const reducer = e.shuffleReader.get(stage.shuffleId);
      if (registerShuffle(e, stage.shuffleId, ps.numTasks, reducer?.numPartitions ?? 1))
        step(
          e,
          'registerShuffle',
          { stageId: id },
          { shuffleId: stage.shuffleId, rddId: rdd.rddId, numMaps: ps.numTasks },
        );
    } else {
      step(e, 'createResultStage', { jobId, stageId: id }, { rddId: rdd.rddId, numTasks: ps.numTasks });
    }
  }
  const result = planned.find((s) => s.kind === 'Result');
  const finalStage = result ? byPlanId.get(result.stageId) : undefined;
  if (!finalStage) throw new Error(`plan job ${plan.jobId}: no result stage`);
  const partitions = result?.partitions ?? [];
  const job: ActiveJob = {
    jobId,
    plan,
    thread,
    finalStage,
    partitions,
    finished: partitions.map(() => false),
    numFinished: 0,
    pool: plan.pool ?? 'default',
    stageIds,
  };
  finalStage.activeJob = job;
  e.activeJobs.set(jobId, job);
  step(
    e,
    'handleJobSubmitted',
    { jobId, stageId: finalStage.id },
    { numPartitions: partitions.length, numStages: stageIds.length },
  );
  const stages = stageIds.map((id) => e.stageIdToStage.get(id) as StageState);
  post(e, {
    kind: 'jobStart',
    time: e.now,
    jobId,
    submissionTime: e.now,
    stageInfos: stages.map((s) =>
      stageInfo(e, s, s.latestAttempt, s.numTasks, { submission: null, completion: null, failure: null }),
    ),
    stageIds,
    properties: { sqlExecutionId: null, jobGroup: null, description: null, schedulerPool: plan.pool ?? null },
  });
  submitStage(e, finalStage);
}

function activeJobFor(e: Engine, stage: StageState): ActiveJob | undefined {
  let best: ActiveJob | undefined;
  for (const id of stage.jobIds) {
    const job = e.activeJobs.get(id);
    if (job && (!best || job.jobId < best.jobId)) best = job;
  }
  return best;
}

/** `submitStage`: missing parents first, in ascending id order; the stage waits for them. */
export function submitStage(e: Engine, stage: StageState): void {
  const job = activeJobFor(e, stage);
  if (!job) {
    abortStage(e, stage, `No active job for stage ${stage.id}`);
    return;
  }
  if (e.waitingStages.has(stage) || e.runningStages.has(stage) || e.failedStages.has(stage)) return;
  const missing = getMissingParentStages(e, stage).sort((a, b) => a.id - b.id);
  if (missing.length === 0) {
    step(e, 'submitStage', { jobId: job.jobId, stageId: stage.id }, { missingParents: 0 });
    submitMissingTasks(e, stage, job);
    return;
  }
  step(
    e,
    'stageWaiting',
    { jobId: job.jobId, stageId: stage.id },
    { missingParents: missing.map((s) => s.id).join(',') },
  );
  for (const parent of missing) submitStage(e, parent);
  e.waitingStages.add(stage);
}

function fullyCached(e: Engine, rddId: number): boolean {
  const rdd = e.rddById.get(rddId);
  if (!rdd || rdd.storageLevel === null || rdd.storageLevel === 'NONE') return false;
  const locs = e.cacheLocs.get(rddId);
  if (!locs) return false;
  for (let p = 0; p < rdd.numPartitions; p++) if (!(locs.get(p)?.size ?? 0)) return false;
  return true;
}

/** `getMissingParentStages`: walks narrow deps inside the stage, stopping at fully cached RDDs. */
export function getMissingParentStages(e: Engine, stage: StageState): StageState[] {
  const missing = new Set<StageState>();
  const visited = new Set<number>();
  const stack = [stage.rdd.rddId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (visited.has(id)) continue;
    visited.add(id);
    if (fullyCached(e, id)) continue;
    for (const dep of e.rddById.get(id)?.deps ?? []) {
      if (dep.type === 'Shuffle') {
        const parent = stage.parents.find((p) => p.shuffleId === dep.shuffleId);
        if (!parent) continue;
        if (!isAvailable(e, parent)) missing.add(parent);
        else if (parent.nextAttemptId === 0) parent.nextAttemptId = 1; // increaseAttemptIdOnFirstSkip
      } else if (stage.rddIds.has(dep.rddId)) {
        stack.push(dep.rddId);
      }
    }
  }
  return [...missing];
}

/** `submitMissingTasks` (R-7 step 8). */
function submitMissingTasks(e: Engine, stage: StageState, job: ActiveJob): void {
  let partitions: number[];
  if (stage.kind === 'ShuffleMap') {
    partitions = missingMapPartitions(e, stage);
    stage.pendingPartitions.clear();
  } else {
    const owner = stage.activeJob ?? job;
    partitions = owner.partitions.filter((_, i) => !owner.finished[i]);
  }
  e.runningStages.add(stage);
  const attempt = stage.nextAttemptId++;
  stage.latestAttempt = attempt;
  stage.submissionTime = e.now;
  stage.attemptNumTasks = partitions.length;
  const prefs = preferredLocations(e, stage, partitions);
  post(e, {
    kind: 'stageSubmitted',
    time: e.now,
    stage: stageInfo(e, stage, attempt, partitions.length, {
      submission: e.now,
      completion: null,
      failure: null,
    }),
  });
  step(
    e,
    'submitMissingTasks',
    { jobId: job.jobId, stageId: stage.id, stageAttemptId: attempt },
    {
      numTasks: partitions.length,
      taskType: stage.kind === 'ShuffleMap' ? 'ShuffleMapTask' : 'ResultTask',
      numPartitions: stage.numTasks,
    },
  );
  if (partitions.length === 0) {
    markStageAsFinished(e, stage, null);
    submitWaitingChildStages(e, stage);
    return;
  }
  if (stage.kind === 'ShuffleMap') for (const p of partitions) stage.pendingPartitions.add(p);
  submitTasks(e, stage, attempt, partitions, prefs, job.jobId, job.pool);
}

/** `getPreferredLocs`: cached blocks first, then the RDD's own preference, then its first narrow parent's. */
function preferredLocations(
  e: Engine,
  stage: StageState,
  partitions: readonly number[],
): (TaskPrefs | null)[] {
  const shuffleHosts = new Map<number, string[]>();
  const visit = (rddId: number, p: number): TaskPrefs | null => {
    const cached = e.cacheLocs.get(rddId)?.get(p);
    if (cached && cached.size > 0) {
      const execs = [...cached];
      return { executors: execs.map((x) => x.id), hosts: execs.map((x) => x.host) };
    }
    const rdd = e.rddById.get(rddId);
    if (!rdd) return null;
    if (rdd.class === 'ShuffledRDD') {
      const sid = rdd.deps[0]?.shuffleId;
      const s = sid === undefined ? undefined : e.shuffles.get(sid);
      if (!s || sid === undefined) return null;
      let hosts = shuffleHosts.get(sid);
      if (!hosts) shuffleHosts.set(sid, (hosts = reducerPreferredHosts(s)));
      return hosts.length > 0 ? { executors: [], hosts } : null;
    }
    for (const dep of rdd.deps)
      if (dep.type === 'OneToOne' && stage.rddIds.has(dep.rddId)) {
        const found = visit(dep.rddId, p);
        if (found) return found;
      }
    return null;
  };
  return partitions.map((p) => visit(stage.rdd.rddId, p));
}

/** `submitWaitingChildStages`: children waiting on `parent`, by first job id, go to submitStage again. */
export function submitWaitingChildStages(e: Engine, parent: StageState): void {
  const children = [...e.waitingStages]
    .filter((s) => s.parents.includes(parent))
    .sort((a, b) => a.firstJobId - b.firstJobId);
  if (children.length === 0) return;
  step(
    e,
    'submitWaitingChildStages',
    { stageId: parent.id },
    { children: children.map((c) => c.id).join(',') },
  );
  for (const child of children) e.waitingStages.delete(child);
  for (const child of children) submitStage(e, child);
}
