import { describe, expect, it } from 'vitest';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import type { ClusterOptions } from '../../../src/model/simulation/settings.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { INVARIANTS, matchesPlan } from './invariants.ts';
import { PLANS } from './plans.ts';

const SHAPES: readonly [string, ClusterOptions][] = [
  ['2×2', { executorCount: 2, cores: 2 }],
  ['1×1', { executorCount: 1, cores: 1 }],
  ['3×4', { executorCount: 3, cores: 4 }],
  ['4×2, task cpus 2', { executorCount: 4, cores: 2, taskCpus: 2 }],
  ['local[3]', { deployMode: 'local', cores: 3 }],
];
const MODES = ['FIFO', 'FAIR'] as const;
const SEEDS = [0, 1, 42];

const fault = (spec: string): Fault => {
  const r = parseFault(spec);
  if (!r.ok) throw new Error(r.message);
  return r.fault;
};
const FAULTS: readonly [string, readonly Fault[], ClusterOptions][] = [
  ['none', [], {}],
  ['a failing task', [fault('fail-task:0.1x2')], {}],
  ['a killed executor', [fault('kill-executor:1@0.5')], {}],
  ['a hung executor', [fault('hang-executor:0@0.4')], {}],
  ['a fetch failure', [fault('fetch-failure:1.0')], {}],
  ['a straggler with speculation', [fault('straggler:0.2*8')], { speculation: { enabled: true } }],
  ['random failures', [fault('fail-random:0.05')], {}],
  ['dynamic allocation', [], { dynamicAllocation: { enabled: true, initialExecutors: 1, minExecutors: 1 } }],
  [
    'an external shuffle service and a killed executor',
    [fault('kill-executor:0@0.6')],
    { externalShuffleService: true },
  ],
];

describe('invariants hold on every plan, seed, cluster shape and scheduler mode', () => {
  for (const [name, plan] of Object.entries(PLANS))
    for (const [shape, cluster] of SHAPES)
      for (const mode of MODES)
        it(`${name} on ${shape} under ${mode}`, () => {
          for (const seed of SEEDS) {
            const trace = simulate({ plan }, { ...cluster, schedulingMode: mode }, { seed });
            for (const [inv, check] of Object.entries(INVARIANTS))
              expect(check(trace, cluster.taskCpus), inv).toBeNull();
            expect(matchesPlan(trace, plan)).toBeNull();
            expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
          }
        });
});

describe('invariants hold under faults', () => {
  for (const [name, plan] of Object.entries(PLANS))
    for (const [what, faults, cluster] of FAULTS)
      for (const mode of MODES)
        it(`${name} with ${what} under ${mode}`, () => {
          for (const seed of SEEDS) {
            const trace = simulate(
              { plan },
              { executorCount: 2, cores: 2, ...cluster, schedulingMode: mode },
              { seed, faults },
            );
            for (const [inv, check] of Object.entries(INVARIANTS)) expect(check(trace), inv).toBeNull();
            expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
            const ends = trace.events.filter((ev) => ev.kind === 'jobEnd');
            expect(ends.length).toBeGreaterThan(0);
          }
        });
});
