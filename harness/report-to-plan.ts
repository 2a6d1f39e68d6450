/**
 * Turns the harness's report of a real Spark run into the plan-output format
 * (shared/spec/plan-output.md), so it compares field by field with the planner's plan:
 * - `rdds` in id order, as recorded;
 * - `jobs` in job-id order; `action` is the action's name, or for a job that a definition ran,
 *   the operation (`sortByKey`, `zipWithIndex`, `partitionBy` with a range partitioner, …), or
 *   `checkpoint`; `rdd` is the action's RDD, the checkpointed RDD, or for a job that a
 *   definition ran, the pipeline RDD being defined (the zipWithIndex RDD, not the parent it counts);
 * - stages sorted by id; `kind` is ShuffleMap exactly when Spark's StageInfo carries a shuffle
 *   id (`StageInfo.shuffleDepId`, taken from the stage's ShuffleDependency); `skipped` when the
 *   stage is in the job's stage list but Spark never submitted it (no `onStageSubmitted`, as
 *   AppStatusListener.onJobEnd decides, spark-rules ); `rddIds` and `parentStageIds` sorted.
 */
import type { PlanJob, PlanOutput, PlanRdd, PlanStage } from '../src/model/index.ts';
import { partitionerOf } from './report.ts';
import type { ReportJob, SparkReport } from './report.ts';

/** The few pipeline fields the conversion needs, read from the raw file. */
export interface PipelineNames {
  readonly rdds: readonly { readonly id: string; readonly op: string }[];
  readonly actions: readonly { readonly op: string; readonly rdd: string }[];
}

export function reportToPlan(report: SparkReport, pipeline: PipelineNames): PlanOutput {
  const submitted = new Set(report.submittedStageIds ?? []);
  const rdds: PlanRdd[] = [...(report.rdds ?? [])]
    .sort((a, b) => a.rddId - b.rddId)
    .map((r) => ({
      rddId: r.rddId,
      class: r.class,
      op: r.op,
      ...(r.op === null && r.action !== undefined ? { action: r.action } : {}),
      numPartitions: r.numPartitions,
      partitioner: partitionerOf(r.partitioner),
      deps: r.deps.map((d) => ({
        rddId: d.rddId,
        type: d.type,
        ...(d.shuffleId !== undefined ? { shuffleId: d.shuffleId } : {}),
      })),
    }));
  const jobs: PlanJob[] = [...(report.jobs ?? [])]
    .sort((a, b) => a.jobId - b.jobId)
    .map((job) => ({
      jobId: job.jobId,
      ...jobOwner(job, pipeline),
      stages: [...job.stages]
        .sort((a, b) => a.stageId - b.stageId)
        .map((s): PlanStage => ({
          stageId: s.stageId,
          kind: s.shuffleId !== undefined ? 'ShuffleMap' : 'Result',
          numTasks: s.numTasks,
          parentStageIds: [...s.parentIds].sort((a, b) => a - b),
          skipped: !submitted.has(s.stageId),
          rddIds: [...s.rddIds].sort((a, b) => a - b),
          ...(s.shuffleId !== undefined ? { shuffleId: s.shuffleId } : {}),
        })),
    }));
  return { version: 1, rdds, jobs };
}

function jobOwner(job: ReportJob, pipeline: PipelineNames): { action: string; rdd: string } {
  if (job.owner === 'checkpoint') return { action: 'checkpoint', rdd: job.rdd ?? '?' };
  if (job.owner === 'action' && job.action !== undefined) {
    const action = pipeline.actions[job.action];
    return { action: action?.op ?? '?', rdd: action?.rdd ?? '?' };
  }
  const rdd = pipeline.rdds.find((r) => r.id === job.op);
  return { action: rdd?.op ?? '?', rdd: job.op ?? '?' };
}
