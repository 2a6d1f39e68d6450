/**
 * The RDD lineage of an imported application, as the History Server's DAG visualisation draws it
 * (ui/scope/RDDOperationGraph.makeOperationGraph): one node per RDD from the stages' "RDD Info",
 * edges from each RDD's "Parent IDs", and each stage's RDDs as a cluster. An edge whose two RDDs
 * are never in the same stage crosses a stage boundary: it is a shuffle dependency (eventlog-format.md
 * §3, "RDD Info").
 *
 * Needs: an Application. Guarantees: no edge is invented. When the log has no RDD parent ids
 * (Spark ≤ 1.4) the nodes and clusters are returned without edges and `parentsKnown` is false, with
 * a warning saying so; a parent id that no stage describes is reported, not drawn.
 */
import type { RddInfo, RddScope, StorageLevel } from '../../trace/stage-info.ts';
import { isPersisted } from '../../trace/stage-info.ts';
import { formatImportMessage } from '../messages/format.ts';
import type { ImportMessage } from '../messages/params.ts';
import { importMessage } from '../messages/params.ts';
import type { Application, StageStatus } from './types.ts';

export interface LineageNode {
  readonly rddId: number;
  readonly name: string;
  readonly scope: RddScope | null;
  readonly callsite: string | null;
  readonly numPartitions: number;
  readonly storageLevel: StorageLevel;
  readonly persisted: boolean;
  /** Stages whose RDD Info lists this RDD, ascending. */
  readonly stageIds: readonly number[];
}

export interface LineageEdge {
  /** The parent RDD. */
  readonly from: number;
  readonly to: number;
  /** True when no stage holds both RDDs: the child reads the parent through a shuffle. */
  readonly shuffle: boolean;
}

export interface LineageStage {
  readonly stageId: number;
  readonly name: string;
  /** The status of the stage's last attempt. */
  readonly status: StageStatus;
  readonly jobIds: readonly number[];
  /** In the log's order. */
  readonly rddIds: readonly number[];
  /** Null when the log does not record stage parents. */
  readonly parentStageIds: readonly number[] | null;
}

export interface ApplicationLineage {
  readonly nodes: readonly LineageNode[];
  readonly edges: readonly LineageEdge[];
  readonly stages: readonly LineageStage[];
  /** False when some RDD in the log lacks "Parent IDs": the edges are then unknown, not absent. */
  readonly parentsKnown: boolean;
  readonly warnings: readonly LineageWarning[];
}

/** A problem drawing the lineage, as data (`detail`, either language) and in English (`message`). */
export interface LineageWarning {
  readonly message: string;
  readonly detail: ImportMessage;
}

function lineageWarning(detail: ImportMessage): LineageWarning {
  return { message: formatImportMessage(detail), detail };
}

export function buildLineage(app: Application): ApplicationLineage {
  // The last attempt of each stage describes it (attempts of one stage list the same RDDs).
  const lastAttempt = new Map<number, (typeof app.stages)[number]>();
  for (const stage of app.stages) lastAttempt.set(stage.stageId, stage);

  const infos = new Map<number, RddInfo>();
  const stagesOf = new Map<number, Set<number>>();
  for (const stage of lastAttempt.values()) {
    for (const rdd of stage.rddInfos) {
      infos.set(rdd.id, rdd);
      let set = stagesOf.get(rdd.id);
      if (!set) stagesOf.set(rdd.id, (set = new Set()));
      set.add(stage.stageId);
    }
  }

  const warnings: LineageWarning[] = [];
  const missingParents = [...infos.values()].filter((r) => r.parentIds === null).map((r) => r.id);
  const parentsKnown = missingParents.length === 0;
  if (!parentsKnown) {
    warnings.push(lineageWarning(importMessage('lineageNoParents', { count: missingParents.length })));
  }

  const edges: LineageEdge[] = [];
  for (const rdd of [...infos.values()].sort((a, b) => a.id - b.id)) {
    for (const parent of rdd.parentIds ?? []) {
      const parentStages = stagesOf.get(parent);
      if (!parentStages) {
        warnings.push(lineageWarning(importMessage('lineageParentMissing', { rdd: rdd.id, parent })));
        continue;
      }
      const childStages = stagesOf.get(rdd.id)!;
      const shared = [...childStages].some((s) => parentStages.has(s));
      edges.push({ from: parent, to: rdd.id, shuffle: !shared });
    }
  }

  const nodes: LineageNode[] = [...infos.values()]
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      rddId: r.id,
      name: r.name,
      scope: r.scope,
      callsite: r.callsite,
      numPartitions: r.numPartitions,
      storageLevel: r.storageLevel,
      persisted: isPersisted(r.storageLevel),
      stageIds: [...stagesOf.get(r.id)!].sort((a, b) => a - b),
    }));

  const stages: LineageStage[] = [...lastAttempt.values()].map((s) => ({
    stageId: s.stageId,
    name: s.name,
    status: s.status,
    jobIds: s.jobIds,
    rddIds: s.rddInfos.map((r) => r.id),
    parentStageIds: s.parentStageIds,
  }));

  return { nodes, edges, stages, parentsKnown, warnings };
}
