/**
 * Compares two plans in the plan-output format field by field: the planner's (expected) against
 * one taken from a real Spark run (actual) by the conformance harness.
 *
 * Compared exactly: RDD ids, classes, ops, actions, partition counts, partitioners, dependency
 * types and shuffle ids (R-1.1, R-1.2: both come from deterministic counters; shuffle ids follow
 * the fixed walk of `DAGScheduler.eagerlyComputePartitionsForRddAndAncestors`); jobs, their ids,
 * actions and RDDs; each stage's kind, task count, parents, RDDs, shuffle id and skipped flag.
 *
 * Tolerated: the order in which sibling stages get their ids (R-1.5: the parent shuffle
 * dependencies of a stage are visited in `HashSet` order). Stages are matched within each job by
 * what they are (kind, task count, skipped, RDDs, the shuffle they write) rather than by id, and the matching must map
 * parents to parents; where it is not the identity, the expected numbering must still keep
 * parents below children (R-1.4(a)), and `notes` says which ids were swapped. A dependency whose
 * actual shuffle id is missing (the harness never saw it used) is not compared on that field.
 */
import type { PlanDependency, PlanJob, PlanOutput, PlanRdd, PlanStage } from './types.ts';

export interface PlanComparison {
  readonly equal: boolean;
  readonly differences: readonly string[];
  readonly notes: readonly string[];
}

export function comparePlans(expected: PlanOutput, actual: PlanOutput): PlanComparison {
  const differences: string[] = [];
  const notes: string[] = [];
  compareRdds(expected.rdds, actual.rdds, differences, notes);
  compareJobs(expected.jobs, actual.jobs, differences, notes);
  return { equal: differences.length === 0, differences, notes };
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function field(out: string[], path: string, expected: unknown, actual: unknown): void {
  if (show(expected) !== show(actual)) out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

function compareRdds(
  expected: readonly PlanRdd[],
  actual: readonly PlanRdd[],
  out: string[],
  notes: string[],
): void {
  const byId = new Map(actual.map((r) => [r.rddId, r]));
  const expectedIds = new Set(expected.map((r) => r.rddId));
  expected.forEach((e, i) => {
    const path = `rdds[${i}] (rddId ${e.rddId})`;
    const a = byId.get(e.rddId);
    if (!a) {
      out.push(
        `${path}: expected ${e.class} for "${e.op ?? `actions[${String(e.action)}]`}", Spark created no RDD with this id`,
      );
      return;
    }
    field(out, `${path}.class`, e.class, a.class);
    field(out, `${path}.op`, e.op, a.op);
    field(out, `${path}.action`, e.action, a.action);
    field(out, `${path}.numPartitions`, e.numPartitions, a.numPartitions);
    field(out, `${path}.partitioner`, e.partitioner, a.partitioner);
    compareDeps(`${path}.deps`, e.deps, a.deps, out, notes);
  });
  for (const a of actual) {
    if (!expectedIds.has(a.rddId)) {
      out.push(
        `rdds: Spark created rddId ${a.rddId} (${a.class}, op ${show(a.op)}) which the plan does not have`,
      );
    }
  }
}

function compareDeps(
  path: string,
  expected: readonly PlanDependency[],
  actual: readonly PlanDependency[],
  out: string[],
  notes: string[],
): void {
  field(out, `${path}.length`, expected.length, actual.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    if (!a) return;
    field(out, `${path}[${i}].rddId`, e.rddId, a.rddId);
    field(out, `${path}[${i}].type`, e.type, a.type);
    if (e.type === 'Shuffle' && a.type === 'Shuffle' && a.shuffleId === undefined) {
      notes.push(`${path}[${i}].shuffleId: not compared (no Spark job used this shuffle)`);
    } else {
      field(out, `${path}[${i}].shuffleId`, e.shuffleId, a.shuffleId);
    }
  });
}

function compareJobs(
  expected: readonly PlanJob[],
  actual: readonly PlanJob[],
  out: string[],
  notes: string[],
): void {
  if (expected.length !== actual.length) {
    out.push(
      `jobs: expected ${expected.length} jobs (${expected.map((j) => j.action).join(', ')}), ` +
        `got ${actual.length} (${actual.map((j) => j.action).join(', ')})`,
    );
  }
  expected.forEach((e, j) => {
    const a = actual[j];
    if (!a) return;
    const path = `jobs[${j}]`;
    field(out, `${path}.jobId`, e.jobId, a.jobId);
    field(out, `${path}.action`, e.action, a.action);
    field(out, `${path}.rdd`, e.rdd, a.rdd);
    compareStages(path, e.stages, a.stages, out, notes);
  });
}

/**
 * What a stage is, apart from its id and its parents' ids. A map stage is known by the shuffle
 * it writes (shuffle ids are deterministic, R-1.2), which also tells apart the two map stages of
 * a self-join that list the same RDDs.
 */
function signature(s: PlanStage): string {
  return JSON.stringify([s.kind, s.numTasks, s.skipped, [...s.rddIds].sort((x, y) => x - y), s.shuffleId]);
}

function compareStages(
  path: string,
  expected: readonly PlanStage[],
  actual: readonly PlanStage[],
  out: string[],
  notes: string[],
): void {
  const mapping = expected.length === actual.length ? matchStages(expected, actual) : null;
  if (!mapping) {
    if (expected.length !== actual.length) {
      out.push(`${path}.stages: expected ${expected.length} stages, got ${actual.length}`);
    }
    // No structural match: compare in id order to show what differs.
    expected.forEach((e, i) => {
      const a = actual[i];
      if (a) compareStage(`${path}.stages[${i}]`, e, a, (id) => id, out);
    });
    return;
  }
  const byId = new Map(actual.map((s) => [s.stageId, s]));
  expected.forEach((e, i) => {
    const a = byId.get(mapping.get(e.stageId) ?? -1);
    if (a) compareStage(`${path}.stages[${i}]`, e, a, (id) => mapping.get(id) ?? id, out);
  });
  const swapped = [...mapping].filter(([from, to]) => from !== to);
  if (swapped.length > 0) {
    for (const s of expected) {
      for (const p of s.parentStageIds) {
        if (p >= s.stageId)
          out.push(`${path}: expected stage ${s.stageId} has parent ${p}, which is not lower (R-1.4)`);
      }
    }
    notes.push(
      `${path}: sibling stages numbered in another order, as Spark may (R-1.5): ` +
        swapped.map(([from, to]) => `${from}→${to}`).join(', '),
    );
  }
}

function compareStage(
  path: string,
  e: PlanStage,
  a: PlanStage,
  map: (id: number) => number,
  out: string[],
): void {
  field(out, `${path}.stageId`, map(e.stageId), a.stageId);
  field(out, `${path}.kind`, e.kind, a.kind);
  field(out, `${path}.numTasks`, e.numTasks, a.numTasks);
  field(out, `${path}.skipped`, e.skipped, a.skipped);
  field(
    out,
    `${path}.rddIds`,
    [...e.rddIds].sort((x, y) => x - y),
    [...a.rddIds].sort((x, y) => x - y),
  );
  field(
    out,
    `${path}.parentStageIds`,
    e.parentStageIds.map(map).sort((x, y) => x - y),
    [...a.parentStageIds].sort((x, y) => x - y),
  );
  field(out, `${path}.shuffleId`, e.shuffleId, a.shuffleId);
}

/**
 * A bijection from expected stage ids to actual ones within one job that keeps each stage's
 * signature and maps parents to parents, preferring the identity; null if there is none. The
 * search backtracks only among stages with equal signatures (the two sides of a self-join).
 */
function matchStages(
  expected: readonly PlanStage[],
  actual: readonly PlanStage[],
): Map<number, number> | null {
  const candidates = expected.map((e) =>
    actual
      .filter((a) => signature(a) === signature(e))
      .sort((x, y) => Number(y.stageId === e.stageId) - Number(x.stageId === e.stageId)),
  );
  const actualById = new Map(actual.map((s) => [s.stageId, s]));
  const mapping = new Map<number, number>();
  const used = new Set<number>();
  const consistent = (): boolean =>
    expected.every((e) => {
      const to = mapping.get(e.stageId);
      const a = to === undefined ? undefined : actualById.get(to);
      if (!a) return true;
      const mapped = e.parentStageIds.map((p) => mapping.get(p));
      if (mapped.some((p) => p === undefined)) return true;
      return (
        JSON.stringify((mapped as number[]).sort((x, y) => x - y)) ===
        JSON.stringify([...a.parentStageIds].sort((x, y) => x - y))
      );
    });
  const search = (i: number): boolean => {
    const e = expected[i];
    if (!e) return true;
    for (const a of candidates[i] ?? []) {
      if (used.has(a.stageId)) continue;
      mapping.set(e.stageId, a.stageId);
      used.add(a.stageId);
      if (consistent() && search(i + 1)) return true;
      mapping.delete(e.stageId);
      used.delete(a.stageId);
    }
    return false;
  };
  return search(0) ? mapping : null;
}
