/**
 * What the lineage view draws, derived from a plan, the selected job and a layout: plain values
 * with positions and words, so the component's template only maps them to SVG and tests can
 * check them without a DOM.
 */
import { msg, str } from '@lit/localize';
import type { Plan, PlannedJob, PlannedStage } from '../../model/index.ts';
import {
  depEdgeId,
  layoutLineage,
  lineageGraph,
  rddNodeId,
  stageClusterId,
  type Box,
  type LayoutDirection,
  type Point,
} from '../../layout/index.ts';
import {
  partitionerShort,
  rddOperation,
  rddTitle,
  skippedStageLabel,
  skipReasonText,
  stageLabel,
  textUnits,
  type DescribeReason,
} from '../shared/labels.ts';
import { SKIPPED_COLOR, stageColor } from '../shared/stage-colors.ts';

export interface SceneStage {
  readonly stageId: number;
  readonly box: Box;
  readonly label: string;
  readonly color: string;
  readonly skipped: boolean;
  /** Why the stage was skipped, in words; empty when it runs. */
  readonly skipText: string;
}

export interface SceneScope {
  readonly key: string;
  readonly box: Box;
  readonly label: string;
}

export interface SceneNode {
  readonly rddId: number;
  readonly box: Box;
  readonly title: string;
  readonly operation: string;
  readonly detail: string;
  readonly cached: string | null;
  readonly checkpointed: boolean;
  /** The colour of the node's home stage in the selected job, or null outside the job. */
  readonly color: string | null;
  readonly inJob: boolean;
  /**
   * The RDD's dependencies on its parents, one line each ("Shuffle from ShuffledRDD [2]: why"),
   * for its accessible description: what each incoming edge is and why, without the mouse.
   */
  readonly deps: readonly string[];
}

export interface SceneEdge {
  readonly id: string;
  readonly rddId: number;
  readonly index: number;
  readonly type: 'narrow' | 'shuffle';
  readonly sparkType: string;
  readonly points: readonly Point[];
  readonly reason: string;
}

export interface LineageScene {
  readonly width: number;
  readonly height: number;
  readonly stages: readonly SceneStage[];
  readonly scopes: readonly SceneScope[];
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
}

export function buildScene(
  plan: Plan,
  job: PlannedJob | undefined,
  direction: LayoutDirection,
  describe: DescribeReason,
): LineageScene {
  // Bold 11px labels run about 6.6 px a character; 16 px for the label's inset.
  const labelWidth = (stage: PlannedStage): number =>
    16 + 6.6 * textUnits(stage.skipped ? skippedStageLabel(stage) : stageLabel(stage));
  const graph = lineageGraph(plan, job, direction, labelWidth);
  const layout = layoutLineage(graph.input);
  const skipped = new Set((job?.stages ?? []).filter((s) => s.skipped).map((s) => s.stageId));
  /** The colour of the RDD's home stage; grey when that stage is skipped (it does not run). */
  const homeColor = (rddId: number): string | null => {
    const stages = graph.stagesOfRdd.get(rddId);
    if (!stages || stages.length === 0) return null;
    const home = Math.min(...stages);
    return skipped.has(home) ? SKIPPED_COLOR : stageColor(home);
  };
  const stages: SceneStage[] = (job?.stages ?? []).flatMap((stage) => {
    const box = layout.clusters.get(stageClusterId(stage.stageId));
    if (!box) return [];
    return [
      {
        stageId: stage.stageId,
        box,
        label: stage.skipped ? skippedStageLabel(stage) : stageLabel(stage),
        color: stageColor(stage.stageId),
        skipped: stage.skipped,
        skipText: stage.skipReason ? skipReasonText(describe(stage.skipReason)) : '',
      },
    ];
  });
  const byId = new Map(plan.rdds.map((r) => [r.rddId, r]));
  const scopes: SceneScope[] = [...graph.scopes].flatMap(([key, rddIds]) => {
    const box = layout.clusters.get(key);
    const first = byId.get(rddIds[0] ?? -1);
    if (!box || !first) return [];
    return [
      {
        key,
        box,
        label: first.scope.rdd === null ? first.scope.op : `${first.scope.op} · ${first.scope.rdd}`,
      },
    ];
  });
  const nodes: SceneNode[] = plan.rdds.flatMap((rdd) => {
    const box = layout.nodes.get(rddNodeId(rdd.rddId));
    if (!box) return [];
    const n = rdd.numPartitions;
    const partitions = n === 1 ? msg('1 partition') : msg(str`${n} partitions`);
    return [
      {
        rddId: rdd.rddId,
        box,
        title: rddTitle(rdd),
        operation: rddOperation(rdd),
        detail: rdd.partitioner === null ? partitions : `${partitions} · ${partitionerShort(rdd)}`,
        cached: rdd.storageLevel,
        checkpointed: rdd.checkpointed,
        color: homeColor(rdd.rddId),
        inJob: job === undefined || graph.stagesOfRdd.has(rdd.rddId),
        deps: rdd.deps.map((dep) => {
          const parent = byId.get(dep.rddId);
          const from = parent ? rddTitle(parent) : `RDD ${dep.rddId}`;
          const kind =
            dep.type === 'Shuffle'
              ? msg(str`Shuffle from ${from}`)
              : msg(str`Narrow (${dep.type}) from ${from}`);
          return `${kind}: ${describe(dep.reason)}`;
        }),
      },
    ];
  });
  const edges: SceneEdge[] = plan.rdds.flatMap((rdd) =>
    rdd.deps.map((dep, index) => {
      const id = depEdgeId(rdd.rddId, index);
      return {
        id,
        rddId: rdd.rddId,
        index,
        type: dep.type === 'Shuffle' ? ('shuffle' as const) : ('narrow' as const),
        sparkType: dep.type,
        points: layout.edges.get(id) ?? [],
        reason: describe(dep.reason),
      };
    }),
  );
  return { width: layout.width, height: layout.height, stages, scopes, nodes, edges };
}
