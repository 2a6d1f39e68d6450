/**
 * An imported application (an event log) as the `Plan` the lineage view, stage list and job
 * selector draw. Pass `eventLogPlan`: needs an Application and its `buildLineage`; guarantees that
 * every RDD, dependency and stage comes from the log (RDD Info, "Parent IDs", stage and job
 * events) and that each dependency's reason says so (`eventLog.shuffle` / `eventLog.narrow`),
 * since no Spark rule was applied. Nothing is guessed: where the log has no parent ids (Spark ≤ 1.4)
 * the RDDs have no dependencies and `parentsKnown` is false.
 */
import type {
  ActionName,
  Application,
  ApplicationLineage,
  OperationName,
  Plan,
  PlannedJob,
  PlannedRdd,
  PlannedStage,
} from '../model/index.ts';

export interface ImportedPlan {
  readonly plan: Plan;
  /** False when the log does not record RDD parent ids: the lineage edges are not in the log. */
  readonly parentsKnown: boolean;
}

export function eventLogPlan(app: Application, lineage: ApplicationLineage): ImportedPlan {
  const rdds: PlannedRdd[] = lineage.nodes.map((node) => ({
    rddId: node.rddId,
    class: node.name,
    op: null,
    numPartitions: node.numPartitions,
    partitioner: null,
    deps: lineage.edges
      .filter((e) => e.to === node.rddId)
      .map((e) => ({
        rddId: e.from,
        type: e.shuffle ? ('Shuffle' as const) : ('Narrow' as const),
        reason: { code: e.shuffle ? 'eventLog.shuffle' : 'eventLog.narrow', params: {} },
      })),
    // The log's operation name (RDDOperationScope.name, e.g. "map"), shown as the view's group
    // label; it is Spark's own word, not necessarily one in the catalogue.
    scope: {
      rdd: node.callsite ?? node.name,
      op: (node.scope?.name ?? node.name) as OperationName | ActionName,
    },
    role: node.callsite ?? node.name,
    storageLevel: null,
    checkpointed: false,
  }));

  const stageById = new Map(lineage.stages.map((s) => [s.stageId, s]));
  const jobs: PlannedJob[] = app.jobs.flatMap((job, index) => {
    const ids = [...new Set(job.stageIds)].filter((id) => stageById.has(id)).sort((a, b) => a - b);
    if (ids.length === 0) return [];
    // The ResultStage is created after its parents (DAGScheduler.createResultStage), so it has
    // the job's highest stage id.
    const resultId = Math.max(...ids);
    const stages: PlannedStage[] = ids.map((stageId) => {
      const stage = stageById.get(stageId)!;
      const attempt = app.stages.filter((s) => s.stageId === stageId).at(-1);
      const numTasks = attempt?.numTasks ?? 0;
      const rddIds = [...stage.rddIds].sort((a, b) => a - b);
      const kind = stageId === resultId ? ('Result' as const) : ('ShuffleMap' as const);
      return {
        stageId,
        kind,
        numTasks,
        parentStageIds: [...(stage.parentStageIds ?? [])].sort((a, b) => a - b),
        skipped: job.skippedStageIds.includes(stageId) || stage.status === 'SKIPPED',
        rddIds,
        skipReason: null,
        partitions: kind === 'Result' ? Array.from({ length: numTasks }, (_, i) => i) : [],
        rddId: rddIds.at(-1) ?? -1,
      };
    });
    const at = job.name.indexOf(' at ');
    return [
      {
        jobId: job.jobId,
        action: at > 0 ? job.name.slice(0, at) : job.name,
        rdd: at > 0 ? job.name.slice(at + 4) : '',
        stages,
        trigger: { kind: 'action' as const, index },
        finalRddId: stages.at(-1)!.rddId,
      },
    ];
  });
  return { plan: { version: 1, rdds, jobs }, parentsKnown: lineage.parentsKnown };
}
