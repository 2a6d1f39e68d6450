// Property 5 (issue 10): random fault schedules. On small plans and clusters, with any mix of
// failing tasks, killed and hung executors, fetch failures, stragglers and random failures, the
// simulator always ends: every job it starts ends (succeeded or failed), the application ends, and
// the simulator's invariants (tests/model/simulation/invariants.ts) hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../harness/random-pipeline.ts';
import { createSimulation, parsePipeline, planPipeline, step } from '../../src/model/index.ts';
import type { ClusterOptions, Fault, Plan, Trace } from '../../src/model/index.ts';
import {
  coresNeverExceeded,
  jobsEndAfterResultStage,
  partitionsSucceedOnce,
  tidsGrow,
} from '../model/simulation/invariants.ts';
import { PLANS } from '../model/simulation/plans.ts';
import { budget, TIMEOUT_MS } from './budget.ts';

/**
 * The simulator's invariants that hold under any fault. `parentsFinishFirst` (no task starts while
 * a parent stage runs) is replaced by `submittedAfterParents`: after a FetchFailed, Spark resubmits
 * the lost map stage while a sibling reduce stage's task set, submitted when the map output was
 * whole, keeps launching tasks (only the failing attempt's TaskSetManager turns zombie, R-11.2).
 */
const INVARIANTS: Readonly<Record<string, (trace: Trace, plan: Plan) => string | null>> = {
  coresNeverExceeded: (trace) => coresNeverExceeded(trace),
  partitionsSucceedOnce,
  jobsEndAfterResultStage,
  tidsGrow,
  submittedAfterParents,
};

/**
 * A stage attempt is submitted only when no parent stage is running or failed
 * (DAGScheduler.submitStage); a parent never submitted was skipped, its output already there.
 * Checked on plans without persisted RDDs only: a fully cached RDD ends the walk for missing
 * parents, so a stage over a cache may rightly start while its parent map stage reruns.
 */
function submittedAfterParents(trace: Trace, plan: Plan): string | null {
  if (plan.rdds.some((r) => (r.storageLevel !== null && r.storageLevel !== 'NONE') || r.checkpointed))
    return null;
  const parents = new Map<number, readonly number[]>();
  const state = new Map<number, 'running' | 'done' | 'failed'>();
  for (const ev of trace.events) {
    if (ev.kind === 'jobStart') for (const s of ev.stageInfos) parents.set(s.stageId, s.parentIds ?? []);
    else if (ev.kind === 'stageCompleted')
      state.set(ev.stage.stageId, ev.stage.failureReason === null ? 'done' : 'failed');
    else if (ev.kind === 'stageSubmitted') {
      for (const p of parents.get(ev.stage.stageId) ?? [])
        if (state.get(p) === 'running' || state.get(p) === 'failed')
          return `stage ${ev.stage.stageId}.${ev.stage.attemptId} submitted while parent stage ${p} is ${state.get(p)}`;
      state.set(ev.stage.stageId, 'running');
    }
  }
  return null;
}

/** Far more steps than any of these runs needs: reaching it means the run does not end. */
const STEP_LIMIT = 2_000_000;

function fixturePlan(choice: number): Plan {
  const names = Object.keys(PLANS);
  const name = names[choice % (names.length + 1)];
  if (name !== undefined) return PLANS[name] as Plan;
  const parsed = parsePipeline(randomPipeline(choice, 1));
  if (!parsed.ok) throw new Error('generator made an invalid pipeline');
  return planPipeline(parsed.value);
}

const cluster: fc.Arbitrary<ClusterOptions> = fc.record(
  {
    deployMode: fc.constantFrom('standalone' as const, 'local' as const, 'yarn-client' as const),
    executorCount: fc.integer({ min: 1, max: 3 }),
    cores: fc.integer({ min: 1, max: 3 }),
    schedulingMode: fc.constantFrom('FIFO' as const, 'FAIR' as const),
    speculation: fc.record({ enabled: fc.boolean() }),
    externalShuffleService: fc.boolean(),
    dynamicAllocation: fc.record({
      enabled: fc.boolean(),
      minExecutors: fc.constant(1),
      initialExecutors: fc.constant(1),
    }),
  },
  { requiredKeys: ['deployMode', 'executorCount', 'cores'] },
);

/** Faults aimed at the plan's stages and the cluster's executors (by index, resolved per run). */
const fault = fc.oneof(
  fc.record({
    kind: fc.constantFrom('fail-task' as const, 'fetch-failure' as const),
    stage: fc.nat(8),
    partition: fc.nat(8),
    times: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constantFrom('kill-executor' as const, 'hang-executor' as const),
    executor: fc.nat(4),
    atMs: fc.nat(400_000),
  }),
  fc.record({
    kind: fc.constant('straggler' as const),
    stage: fc.nat(8),
    partition: fc.nat(8),
    factor: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('random-task-failure' as const),
    probability: fc.double({ min: 0, max: 0.6, noNaN: true }),
  }),
);

describe('random fault schedules', () => {
  it(
    'the run always ends, every started job ends unless no executor is left, and the simulator invariants hold',
    () => {
      fc.assert(
        fc.property(
          fc.nat(2 ** 31 - 1),
          cluster,
          fc.array(fault, { maxLength: 4 }),
          fc.nat(1000),
          (choice, options, raw, seed) => {
            const plan = fixturePlan(choice);
            const probe = createSimulation({ plan }, options);
            const ids = probe.settings.executors.map((x) => x.id);
            const faults: Fault[] = raw.flatMap((f): Fault[] => {
              if (f.kind !== 'kill-executor' && f.kind !== 'hang-executor') return [f as Fault];
              const id = ids[f.executor % ids.length];
              return id === undefined || id === 'driver' ? [] : [{ ...f, executor: id }];
            });
            const sim = createSimulation({ plan }, options, { faults, seed });
            let steps = 0;
            while (!sim.done && steps < STEP_LIMIT) {
              step(sim);
              steps++;
            }
            expect(sim.done, `no end after ${STEP_LIMIT} steps`).toBe(true);
            const trace = sim.trace();
            const started = new Set<number>();
            const alive = new Set<string>();
            for (const ev of trace.events) {
              if (ev.kind === 'jobStart') started.add(ev.jobId);
              if (ev.kind === 'jobEnd') started.delete(ev.jobId);
              if (ev.kind === 'executorAdded') alive.add(ev.executorId);
              if (ev.kind === 'executorRemoved') alive.delete(ev.executorId);
            }
            // A job may stay unfinished only where Spark would wait forever: every executor is gone
            // and none is coming (src/model/simulation/task-scheduler.ts, ensureReviveTimer).
            if (started.size > 0)
              expect([...alive], `jobs ${[...started].join(', ')} never ended`).toEqual([]);
            expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
            for (const [name, check] of Object.entries(INVARIANTS))
              expect(check(trace, plan), name).toBeNull();
          },
        ),
        budget(150),
      );
    },
    TIMEOUT_MS,
  );
});
