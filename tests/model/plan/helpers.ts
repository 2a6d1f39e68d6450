/** Small builders for planner tests: pipeline files written inline, parsed, then planned. */
import { parsePipeline, planPipeline } from '../../../src/model/index.ts';
import type { Plan, PlannedJob, PlannedStage } from '../../../src/model/index.ts';

type RddEntry = {
  id: string;
  op: string;
  parents?: string[];
  args?: Record<string, unknown>;
  hints?: Record<string, unknown>;
};
type ActionEntry = { op: string; rdd: string; args?: Record<string, unknown>; thread?: string };

export function file(
  rdds: RddEntry[],
  actions: ActionEntry[],
  extra: {
    config?: Record<string, number>;
    persist?: { rdd: string; level: string }[];
    checkpoint?: { rdd: string }[];
  } = {},
): unknown {
  return { version: 1, config: extra.config ?? { defaultParallelism: 8 }, rdds, actions, ...extra };
}

export function plan(source: unknown): Plan {
  const parsed = parsePipeline(source);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return planPipeline(parsed.value);
}

export function nums(id: string, length: number, numSlices: number): RddEntry {
  return { id, op: 'parallelize', args: { length, numSlices } };
}

export function job(p: Plan, jobId: number): PlannedJob {
  const found = p.jobs.find((j) => j.jobId === jobId);
  if (!found) throw new Error(`no job ${jobId}`);
  return found;
}

export function resultStage(j: PlannedJob): PlannedStage {
  const r = j.stages.find((s) => s.kind === 'Result');
  if (!r) throw new Error(`job ${j.jobId} has no result stage`);
  return r;
}

/** The stage of a job that writes a shuffle whose map side is `rddId`. */
export function mapStageOf(j: PlannedJob, rddId: number): PlannedStage {
  const s = j.stages.find((st) => st.kind === 'ShuffleMap' && st.rddId === rddId);
  if (!s) throw new Error(`job ${j.jobId} has no map stage for RDD ${rddId}`);
  return s;
}

export function summary(j: PlannedJob): {
  stageId: number;
  kind: string;
  numTasks: number;
  skipped: boolean;
  rddIds: readonly number[];
  parents: readonly number[];
}[] {
  return j.stages.map((s) => ({
    stageId: s.stageId,
    kind: s.kind,
    numTasks: s.numTasks,
    skipped: s.skipped,
    rddIds: s.rddIds,
    parents: s.parentStageIds,
  }));
}
