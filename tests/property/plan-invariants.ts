/**
 * The plan invariants every planned pipeline satisfies, whatever its operations (issue 10). Each
 * returns the first violation as a message, or null. They follow from how the DAGScheduler builds
 * stages (spark-rules ): they say nothing about which dependencies are shuffles.
 */
import type { Plan } from '../../src/model/index.ts';

/** RDD ids are 0..n-1 in order; job ids 0..m-1 in order. */
export function idsInOrder(plan: Plan): string | null {
  for (const [i, r] of plan.rdds.entries()) if (r.rddId !== i) return `rdds[${i}] has rddId ${r.rddId}`;
  for (const [i, j] of plan.jobs.entries()) if (j.jobId !== i) return `jobs[${i}] has jobId ${j.jobId}`;
  return null;
}

/**
 * Stage ids are unique within a job, sorted, and a stage first seen in a job has a higher id than
 * every stage of the jobs before it (a later job may reuse an earlier job's map stage).
 */
export function stageIdsIncrease(plan: Plan): string | null {
  let highest = -1;
  const seen = new Set<number>();
  for (const job of plan.jobs) {
    const ids = job.stages.map((s) => s.stageId);
    for (let i = 1; i < ids.length; i++)
      if ((ids[i] as number) <= (ids[i - 1] as number)) return `job ${job.jobId}: stage ids ${ids.join(',')}`;
    let jobHighest = highest;
    for (const id of ids) {
      if (seen.has(id)) continue;
      if (id <= highest) return `job ${job.jobId}: new stage ${id} not above ${highest}`;
      jobHighest = Math.max(jobHighest, id);
    }
    for (const id of ids) seen.add(id);
    highest = jobHighest;
  }
  return null;
}

/** Parents are stages of the same job with lower ids; each shuffle id has one map stage per job. */
export function parentsAndShuffles(plan: Plan): string | null {
  for (const job of plan.jobs) {
    const ids = new Set(job.stages.map((s) => s.stageId));
    const byShuffle = new Map<number, number>();
    for (const s of job.stages) {
      for (const p of s.parentStageIds) {
        if (!ids.has(p)) return `job ${job.jobId} stage ${s.stageId}: parent ${p} not in the job`;
        if (p >= s.stageId) return `job ${job.jobId} stage ${s.stageId}: parent ${p} not lower`;
      }
      if (s.kind === 'ShuffleMap') {
        if (s.shuffleId === undefined)
          return `job ${job.jobId} stage ${s.stageId}: map stage with no shuffle id`;
        const other = byShuffle.get(s.shuffleId);
        if (other !== undefined)
          return `job ${job.jobId}: shuffle ${s.shuffleId} in stages ${other} and ${s.stageId}`;
        byShuffle.set(s.shuffleId, s.stageId);
      }
    }
    // a job on no partitions ends at once with no stages at all.
    const results = job.stages.filter((s) => s.kind === 'Result');
    const emptyJob = job.stages.length === 0 && plan.rdds[job.finalRddId]?.numPartitions === 0;
    if (results.length !== 1 && !emptyJob) return `job ${job.jobId}: ${results.length} result stages`;
  }
  return null;
}

/**
 * ShuffleMap stages run one task per partition of their RDD; a Result stage one per partition the
 * action asks for, each a partition of the final RDD.
 */
export function taskCounts(plan: Plan): string | null {
  for (const job of plan.jobs)
    for (const s of job.stages) {
      const rdd = plan.rdds[s.rddId];
      if (!rdd) return `job ${job.jobId} stage ${s.stageId}: unknown rdd ${s.rddId}`;
      if (s.kind === 'ShuffleMap' && s.numTasks !== rdd.numPartitions)
        return `job ${job.jobId} stage ${s.stageId}: ${s.numTasks} tasks, rdd ${s.rddId} has ${rdd.numPartitions} partitions`;
      if (s.kind === 'Result') {
        if (s.rddId !== job.finalRddId)
          return `job ${job.jobId}: result stage rdd ${s.rddId} ≠ final ${job.finalRddId}`;
        if (s.numTasks !== s.partitions.length)
          return `job ${job.jobId} stage ${s.stageId}: ${s.numTasks} tasks for ${s.partitions.length} partitions`;
        if (s.partitions.some((p) => !Number.isInteger(p) || p < 0 || p >= rdd.numPartitions))
          return `job ${job.jobId} stage ${s.stageId}: partitions ${s.partitions.join(',')} outside rdd ${s.rddId}`;
      }
    }
  return null;
}

/**
 * Every RDD a job computes lies in one of its stages: walking from each stage's RDD through narrow
 * dependencies stays inside that stage's rddIds, and each shuffle dependency met leads to a map
 * stage of the job writing that shuffle (DAGScheduler.getOrCreateParentStages). A checkpointed RDD
 * whose checkpoint RDD the stage lists reads from the checkpoint instead.
 */
export function rddsBelongToStages(plan: Plan): string | null {
  for (const job of plan.jobs) {
    const shuffles = new Set(job.stages.flatMap((s) => (s.shuffleId === undefined ? [] : [s.shuffleId])));
    for (const s of job.stages) {
      const inStage = new Set(s.rddIds);
      if (!inStage.has(s.rddId))
        return `job ${job.jobId} stage ${s.stageId}: own rdd ${s.rddId} not in rddIds`;
      const todo = [s.rddId];
      const done = new Set<number>();
      while (todo.length > 0) {
        const id = todo.pop() as number;
        if (done.has(id)) continue;
        done.add(id);
        if (!inStage.has(id))
          return `job ${job.jobId} stage ${s.stageId}: computes rdd ${id}, not in its rddIds`;
        const rdd = plan.rdds[id];
        if (!rdd) return `job ${job.jobId} stage ${s.stageId}: unknown rdd ${id}`;
        const cp = rdd.checkpointRddId;
        if (cp !== undefined && cp !== null && inStage.has(cp) && cp !== id) {
          todo.push(cp);
          continue;
        }
        for (const d of rdd.deps) {
          if (d.type !== 'Shuffle') todo.push(d.rddId);
          else if (d.shuffleId === undefined || !shuffles.has(d.shuffleId))
            return `job ${job.jobId} stage ${s.stageId}: rdd ${id} reads shuffle ${d.shuffleId} with no map stage in the job`;
        }
      }
    }
  }
  return null;
}

export const PLAN_INVARIANTS = {
  idsInOrder,
  stageIdsIncrease,
  parentsAndShuffles,
  taskCounts,
  rddsBelongToStages,
};

/** The first violated invariant, named, or null. */
export function planViolation(plan: Plan): string | null {
  for (const [name, check] of Object.entries(PLAN_INVARIANTS)) {
    const v = check(plan);
    if (v !== null) return `${name}: ${v}`;
  }
  return null;
}
