/**
 * `SparkContext.runJob` → `DAGScheduler.submitJob` → `handleJobSubmitted`, then
 * `rdd.doCheckpoint()`. One call plans one job:
 *
 * 1. `eagerlyComputePartitionsForRddAndAncestors`: shuffle ids for the job's lineage;
 * 2. the job id; a job on no partitions ends here with no stages;
 * 3. `createResultStage`: every stage of the job, parents first (R-1.4, R-7 step 4);
 * 4. `submitStage`/`getMissingParentStages`: which run and which are skipped;
 * 5. the submitted stages compute their partitions (caching them) and register map outputs;
 * 6. cleanup of the job's stages, unless concurrent jobs still share them;
 * 7. `doCheckpoint`, which may run the checkpoint job.
 */
import type { JobRequest } from '../lineage/context.ts';
import { eagerlyComputePartitions } from '../lineage/evaluation.ts';
import type { Lineage } from '../lineage/lineage.ts';
import type { PlannedJob, PlannedStage } from '../plan/planned.ts';
import { computeStage } from './cache.ts';
import { doCheckpoint } from './checkpoint.ts';
import { createResultStage, jobStages } from './create-stages.ts';
import { stageRddIds } from './narrow-ancestors.ts';
import { SchedulerState } from './state.ts';
import { submitJob } from './submit-stages.ts';

export class DagScheduler {
  readonly state = new SchedulerState();
  /** Jobs of concurrent driver threads: stages stay registered until the round ends. */
  keepStagesRegistered = false;
  /** The driver thread and FAIR pool of the action being run, if the pipeline names them. */
  submitter: { readonly thread?: string; readonly pool?: string } = {};

  constructor(readonly lineage: Lineage) {}

  readonly runJob = (request: JobRequest): void => {
    const { lineage, state } = this;
    const finalRdd = lineage.get(request.finalRddId);
    eagerlyComputePartitions(lineage, finalRdd);
    state.shuffleDepsMemo.clear();
    const jobId = state.nextJobId++;
    let stages: PlannedStage[] = [];
    if (request.partitions.length > 0) {
      const result = createResultStage(lineage, state, finalRdd.rddId, request.partitions, jobId);
      const all = jobStages(result);
      const submission = submitJob(lineage, state, result, all);
      const ran = new Set(submission.submitted.map((s) => s.id));
      for (const stage of submission.submitted) {
        computeStage(lineage, stage.rddId, stage.partitions);
        state.activeSubmitted.add(stage.id);
        if (stage.shuffleId !== null) state.availableShuffles.add(stage.shuffleId);
      }
      stages = all.map((s) => {
        const skipped = !ran.has(s.id) && !submission.shared.has(s.id);
        const stage: PlannedStage = {
          stageId: s.id,
          kind: s.kind,
          numTasks: s.numTasks,
          parentStageIds: s.parents.map((p) => p.id).sort((a, b) => a - b),
          skipped,
          rddIds: stageRddIds(lineage, s.rddId),
          skipReason: skipped ? (submission.skipReasons.get(s.id) ?? null) : null,
          partitions: s.partitions,
          rddId: s.rddId,
        };
        // Key order as before: shuffleId follows rddIds (plans are compared as JSON).
        return s.shuffleId === null ? stage : withShuffleId(stage, s.shuffleId);
      });
      if (!this.keepStagesRegistered) state.cleanUp();
    }
    const job: PlannedJob = {
      jobId,
      action: request.action,
      rdd: request.rdd,
      stages,
      trigger: request.trigger,
      ...(this.submitter.thread === undefined ? {} : { thread: this.submitter.thread }),
      ...(this.submitter.pool === undefined ? {} : { pool: this.submitter.pool }),
      finalRddId: finalRdd.rddId,
    };
    state.jobs.push(job);
    doCheckpoint(lineage, finalRdd, this.runJob);
  };
}

/** The stage with `shuffleId` after `rddIds`, written out (a conditional object spread is slow in V8). */
function withShuffleId(s: PlannedStage, shuffleId: number): PlannedStage {
  return {
    stageId: s.stageId,
    kind: s.kind,
    numTasks: s.numTasks,
    parentStageIds: s.parentStageIds,
    skipped: s.skipped,
    rddIds: s.rddIds,
    shuffleId,
    skipReason: s.skipReason,
    partitions: s.partitions,
    rddId: s.rddId,
  };
}
