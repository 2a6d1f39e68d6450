// The simulator on real planner output: every fixture pipeline, every operator catalogue example
// and seeded random pipelines (the conformance harness's generator), planned by planPipeline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../../harness/random-pipeline.ts';
import { OPERATOR_CATALOGUE, parsePipeline, planPipeline } from '../../../src/model/index.ts';
import type { Pipeline } from '../../../src/model/index.ts';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import type { ClusterOptions } from '../../../src/model/simulation/settings.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { INVARIANTS, matchesPlan } from './invariants.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pipelines');

function parsed(name: string, raw: unknown): [string, Pipeline][] {
  const r = parsePipeline(raw);
  return r.ok ? [[name, r.value]] : [];
}

const PIPELINES: [string, Pipeline][] = [
  ...(existsSync(FIXTURES) ? readdirSync(FIXTURES) : [])
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => parsed(`fixture ${f}`, JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')))),
  ...OPERATOR_CATALOGUE.flatMap((entry) => parsed(`example of ${entry.name}`, entry.example)),
  ...Array.from({ length: 12 }, (_, i) => parsed(`random pipeline ${i}`, randomPipeline(11, i))).flat(),
];

const SHAPES: readonly [string, ClusterOptions][] = [
  ['2×2', { executorCount: 2, cores: 2 }],
  ['3×1', { executorCount: 3, cores: 1 }],
  ['local[2]', { deployMode: 'local', cores: 2 }],
];

const fault = (spec: string): Fault => {
  const r = parseFault(spec);
  if (!r.ok) throw new Error(r.message);
  return r.fault;
};

describe('the simulator on planned pipelines', () => {
  it('has pipelines to run', () => {
    expect(PIPELINES.length).toBeGreaterThan(20);
  });

  it.each(PIPELINES)('%s: invariants hold and the trace has the plan’s jobs and stages', (_, pipeline) => {
    const plan = planPipeline(pipeline);
    // With several threads the planner submits the k-th action of every thread together; the
    // simulator lets threads run freely, so job ids agree when each thread runs one action.
    const perThread = new Map<string, number>();
    for (const j of plan.jobs)
      if (j.thread !== undefined) perThread.set(j.thread, (perThread.get(j.thread) ?? 0) + 1);
    const comparable = [...perThread.values()].every((n) => n <= 1);
    for (const [shape, cluster] of SHAPES)
      for (const mode of ['FIFO', 'FAIR'] as const)
        for (const seed of shape === '2×2' ? [0, 7] : [0]) {
          const trace = simulate({ plan, pipeline }, { ...cluster, schedulingMode: mode }, { seed });
          for (const [name, check] of Object.entries(INVARIANTS))
            expect(check(trace), `${name} on ${shape} ${mode}`).toBeNull();
          if (comparable) expect(matchesPlan(trace, plan), `${shape} ${mode} seed ${seed}`).toBeNull();
          expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
        }
  });

  const FAULTS: readonly [string, readonly string[], ClusterOptions][] = [
    ['a task failing twice', ['fail-task:0.0x2'], {}],
    ['a task failing 4 times', ['fail-task:0.0x4'], {}],
    ['a killed executor', ['kill-executor:1@0.3'], {}],
    ['a hung executor', ['hang-executor:0@0.25'], {}],
    ['a fetch failure', ['fetch-failure:1.0'], {}],
    ['a straggler and speculation', ['straggler:0.0*6'], { speculation: { enabled: true } }],
    ['random failures', ['fail-random:0.05'], {}],
    ['dynamic allocation', [], { dynamicAllocation: { enabled: true, initialExecutors: 1 } }],
  ];

  it.each(PIPELINES)(
    '%s: invariants hold under each fault, FIFO and FAIR, deterministically',
    (_, pipeline) => {
      const plan = planPipeline(pipeline);
      for (const [what, specs, cluster] of FAULTS)
        for (const mode of ['FIFO', 'FAIR'] as const) {
          const run = () =>
            simulate(
              { plan, pipeline },
              { executorCount: 3, cores: 2, schedulingMode: mode, ...cluster },
              { seed: 1, faults: specs.map(fault) },
            );
          const trace = run();
          for (const [name, check] of Object.entries(INVARIANTS))
            expect(check(trace), `${name} with ${what}, ${mode}`).toBeNull();
          expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
          if (what === 'random failures') expect(JSON.stringify(run())).toBe(JSON.stringify(trace));
        }
    },
  );
});
