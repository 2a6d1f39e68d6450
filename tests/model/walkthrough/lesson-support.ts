/** Loads the lessons of fixtures/walkthroughs and reads facts from their plans and traces. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadWalkthrough,
  parseFault,
  simulate,
  type ClusterOptions,
  type PlannedStage,
  type PreparedWalkthrough,
  type Trace,
  type TraceEvent,
} from '../../../src/model/index.ts';

export const WALKTHROUGHS = join(import.meta.dirname, '../../../fixtures/walkthroughs');
export const PIPELINES = join(import.meta.dirname, '../../../fixtures/pipelines');

export const lessonFiles = (): string[] =>
  readdirSync(WALKTHROUGHS)
    .filter((f) => f.endsWith('.json'))
    .sort();

const cache = new Map<string, PreparedWalkthrough>();

/** A lesson by its id (`01-word-count`), planned and simulated; throws with its problems if it does not load. */
export function lesson(id: string): PreparedWalkthrough {
  const hit = cache.get(id);
  if (hit) return hit;
  const r = loadWalkthrough(readFileSync(join(WALKTHROUGHS, `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${id}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  cache.set(id, r.value);
  return r.value;
}

/** The same lesson on a changed cluster (and optionally other faults): what the what-if panel would run. */
export function variant(id: string, cluster: ClusterOptions, faults?: readonly string[]): Trace {
  const l = lesson(id);
  const parsed = faults?.map((s) => {
    const f = parseFault(s);
    if (!f.ok) throw new Error(f.message);
    return f.fault;
  });
  return simulate(
    { plan: l.plan, pipeline: l.lesson.pipeline },
    { ...l.lesson.cluster, ...cluster },
    {
      faults: parsed ?? l.lesson.faults,
      seed: l.lesson.seed,
      steps: 'all',
    },
  );
}

export function stageOf(p: PreparedWalkthrough, stageId: number): PlannedStage {
  for (const job of p.plan.jobs) for (const s of job.stages) if (s.stageId === stageId) return s;
  throw new Error(`no stage ${stageId}`);
}

export function jobStages(p: PreparedWalkthrough, jobId: number): PlannedStage[] {
  const job = p.plan.jobs.find((j) => j.jobId === jobId);
  if (!job) throw new Error(`no job ${jobId}`);
  return [...job.stages];
}

type Kind = TraceEvent['kind'];
export function eventsOf<K extends Kind>(trace: Trace, kind: K): Extract<TraceEvent, { kind: K }>[] {
  return trace.events.filter((e): e is Extract<TraceEvent, { kind: K }> => e.kind === kind);
}

export function stepsOf(trace: Trace, step: string): Extract<TraceEvent, { kind: 'step' }>[] {
  return eventsOf(trace, 'step').filter((e) => e.step === step);
}

/** Index of the first event matching, or -1. */
export function indexOf(trace: Trace, match: (e: TraceEvent) => boolean): number {
  return trace.events.findIndex(match);
}

/** The trace event just before a step's position (the one its anchor names). */
export function eventAt(p: PreparedWalkthrough, stepIndex: number): TraceEvent | undefined {
  const position = p.steps[stepIndex]?.position ?? 0;
  return p.trace.events[position - 1];
}
