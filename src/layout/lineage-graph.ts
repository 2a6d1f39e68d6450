/**
 * The lineage graph of a plan as layout input: one node per RDD Spark creates, one edge per
 * dependency (parent → child, the direction data flows), the stages of the selected job as
 * clusters and, inside them, the RDDs of one operation grouped as the Spark UI groups an
 * operation scope (`RDDOperationScope`) in its stage DAG.
 */
import type { Plan, PlannedJob, PlannedRdd, PlannedStage } from '../model/index.ts';
import type {
  LayoutClusterInput,
  LayoutDirection,
  LayoutEdgeInput,
  LayoutInput,
  LayoutNodeInput,
} from './lineage-layout.ts';
import { minOf } from './extremes.ts';

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 62;

/** Stable keys that the view reuses for its elements. */
export const rddNodeId = (rddId: number): string => `rdd-${rddId}`;
export const stageClusterId = (stageId: number): string => `stage-${stageId}`;
export const depEdgeId = (childId: number, index: number): string => `dep-${childId}-${index}`;
export const scopeKey = (rdd: PlannedRdd): string =>
  rdd.scope.rdd !== null ? `op-${rdd.scope.rdd}` : `action-${rdd.scope.action ?? 0}`;

export interface LineageGraph {
  readonly input: LayoutInput;
  /** Scope clusters: cluster id → the RDD ids grouped in it (two or more, one stage). */
  readonly scopes: ReadonlyMap<string, readonly number[]>;
  /** RDD id → the stage ids of the selected job that list it. */
  readonly stagesOfRdd: ReadonlyMap<number, readonly number[]>;
}

/**
 * Needs a plan and optionally one of its jobs. Guarantees: every RDD of the plan is a node; each
 * node's home cluster is a scope cluster or the lowest-id stage of `job` listing it, and every
 * other stage listing it covers it as an extra member; no clusters when `job` is undefined.
 */
export function lineageGraph(
  plan: Plan,
  job: PlannedJob | undefined,
  direction: LayoutDirection,
  /** The width a stage cluster's label needs, so the cluster is drawn at least that wide. */
  stageLabelWidth: (stage: PlannedStage) => number = () => 0,
): LineageGraph {
  const stagesOfRdd = new Map<number, number[]>();
  for (const stage of job?.stages ?? []) {
    for (const rddId of stage.rddIds) {
      const list = stagesOfRdd.get(rddId) ?? [];
      list.push(stage.stageId);
      stagesOfRdd.set(rddId, list);
    }
  }
  const homeStage = (rddId: number): number | undefined => {
    const list = stagesOfRdd.get(rddId);
    return list && list.length > 0 ? minOf(list) : undefined;
  };

  // Group RDDs of one operation scope that share a home stage (or share having none).
  const groups = new Map<string, number[]>();
  for (const rdd of plan.rdds) {
    const stage = homeStage(rdd.rddId);
    const key = `${stage === undefined ? 'free' : stageClusterId(stage)}/${scopeKey(rdd)}`;
    const group = groups.get(key);
    if (group) group.push(rdd.rddId);
    else groups.set(key, [rdd.rddId]);
  }
  const scopes = new Map<string, readonly number[]>();
  const clusters: LayoutClusterInput[] = [];
  for (const stage of job?.stages ?? []) {
    const extra = stage.rddIds.filter((id) => homeStage(id) !== stage.stageId).map(rddNodeId);
    clusters.push({
      id: stageClusterId(stage.stageId),
      extraMembers: extra,
      minWidth: stageLabelWidth(stage),
    });
  }
  const scopeOfRdd = new Map<number, string>();
  for (const [key, rddIds] of groups) {
    if (rddIds.length < 2) continue;
    const [stagePart] = key.split('/');
    clusters.push(stagePart === 'free' ? { id: key } : { id: key, parent: stagePart });
    scopes.set(key, rddIds);
    for (const id of rddIds) scopeOfRdd.set(id, key);
  }

  const nodes: LayoutNodeInput[] = plan.rdds.map((rdd) => {
    const stage = homeStage(rdd.rddId);
    const cluster = scopeOfRdd.get(rdd.rddId) ?? (stage === undefined ? undefined : stageClusterId(stage));
    return cluster === undefined
      ? { id: rddNodeId(rdd.rddId), width: NODE_WIDTH, height: NODE_HEIGHT }
      : { id: rddNodeId(rdd.rddId), width: NODE_WIDTH, height: NODE_HEIGHT, cluster };
  });
  const edges: LayoutEdgeInput[] = plan.rdds.flatMap((rdd) =>
    rdd.deps.map((dep, index) => ({
      id: depEdgeId(rdd.rddId, index),
      source: rddNodeId(dep.rddId),
      target: rddNodeId(rdd.rddId),
    })),
  );
  return { input: { nodes, edges, clusters, direction }, scopes, stagesOfRdd };
}
