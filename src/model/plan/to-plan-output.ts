/**
 * `toPlanOutput`: the plan in exactly the shape of shared/spec/plan-output.md, the shape the
 * conformance harness prints for a real Spark run. Everything the planner adds for explanation
 * (reasons, scopes, roles, partitions) is dropped; key order follows the spec.
 */
import type { Plan } from './planned.ts';
import type { PlanOutput } from './types.ts';

export function toPlanOutput(plan: Plan): PlanOutput {
  return {
    version: 1,
    rdds: plan.rdds.map((r) => ({
      rddId: r.rddId,
      class: r.class,
      op: r.op,
      ...(r.op === null && r.action !== undefined ? { action: r.action } : {}),
      numPartitions: r.numPartitions,
      partitioner:
        r.partitioner === null
          ? null
          : { type: r.partitioner.type, numPartitions: r.partitioner.numPartitions },
      deps: r.deps.map((d) => ({
        rddId: d.rddId,
        type: d.type,
        ...(d.shuffleId === undefined ? {} : { shuffleId: d.shuffleId }),
      })),
    })),
    jobs: plan.jobs.map((j) => ({
      jobId: j.jobId,
      action: j.action,
      rdd: j.rdd,
      stages: [...j.stages]
        .sort((a, b) => a.stageId - b.stageId)
        .map((s) => ({
          stageId: s.stageId,
          kind: s.kind,
          numTasks: s.numTasks,
          parentStageIds: [...s.parentStageIds],
          skipped: s.skipped,
          rddIds: [...s.rddIds],
          ...(s.shuffleId === undefined ? {} : { shuffleId: s.shuffleId }),
        })),
    })),
  };
}
