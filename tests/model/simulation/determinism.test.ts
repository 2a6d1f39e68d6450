import { describe, expect, it } from 'vitest';
import { parseFault } from '../../../src/model/simulation/faults.ts';
import {
  createSimulation,
  runToEnd,
  runUntil,
  simulate,
  step,
} from '../../../src/model/simulation/simulation.ts';
import { PLANS, TWO_THREADS, WORD_COUNT } from './plans.ts';

describe('determinism', () => {
  it('the same plan, cluster, faults and seed give a byte-identical trace', () => {
    const faults = ['fail-random:0.1', 'kill-executor:1@0.9'].map((s) => {
      const r = parseFault(s);
      if (!r.ok) throw new Error(r.message);
      return r.fault;
    });
    for (const plan of Object.values(PLANS)) {
      const a = JSON.stringify(simulate({ plan }, { executorCount: 3, cores: 2 }, { seed: 9, faults }));
      const b = JSON.stringify(simulate({ plan }, { executorCount: 3, cores: 2 }, { seed: 9, faults }));
      expect(a).toBe(b);
    }
  });

  it('different seeds may give different traces (offers are shuffled, durations vary)', () => {
    const traces = new Set(
      [1, 2, 3, 4].map((seed) => JSON.stringify(simulate({ plan: WORD_COUNT }, {}, { seed }))),
    );
    expect(traces.size).toBeGreaterThan(1);
  });

  it('time starts at a fixed epoch, never the wall clock', () => {
    const trace = simulate({ plan: WORD_COUNT });
    expect(trace.app.startTime).toBe(Date.UTC(2024, 0, 1));
  });
});

describe('stepping by hand', () => {
  it('step applies one event at a time, time never goes back, and the result equals runToEnd', () => {
    const sim = createSimulation({ plan: WORD_COUNT }, {}, { seed: 3 });
    let last = sim.time;
    let steps = 0;
    while (!sim.done) {
      expect(step(sim)).toBe(sim);
      expect(sim.time).toBeGreaterThanOrEqual(last);
      last = sim.time;
      steps++;
    }
    expect(steps).toBeGreaterThan(20);
    expect(step(sim).events.length).toBe(sim.events.length);
    expect(JSON.stringify(sim.trace())).toBe(
      JSON.stringify(runToEnd(createSimulation({ plan: WORD_COUNT }, {}, { seed: 3 })).trace()),
    );
  });

  it('runUntil stops before the first event after the given time', () => {
    const sim = runUntil(createSimulation({ plan: WORD_COUNT }, {}, { seed: 3 }), Date.UTC(2024, 0, 1) + 500);
    expect(sim.done).toBe(false);
    expect(sim.time).toBeLessThanOrEqual(Date.UTC(2024, 0, 1) + 500);
    expect(sim.events.every((ev) => ev.time <= Date.UTC(2024, 0, 1) + 500)).toBe(true);
    expect(sim.events.some((ev) => ev.kind === 'taskStart')).toBe(true);
  });
});

describe('FIFO and FAIR differ for jobs of two driver threads (R-10.2)', () => {
  const order = (mode: 'FIFO' | 'FAIR'): number[] =>
    simulate(
      { plan: TWO_THREADS },
      { executorCount: 2, cores: 2, schedulingMode: mode },
      { seed: 5 },
    ).events.flatMap((ev) => (ev.kind === 'taskStart' ? [ev.stageId] : []));

  it('FIFO gives freed slots to the earlier job until all its tasks launched', () => {
    expect(order('FIFO').slice(0, 8)).toEqual(Array(8).fill(0));
  });

  it('FAIR gives freed slots to the pool with fewer running tasks', () => {
    const fair = order('FAIR');
    expect(fair.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(fair.slice(4, 8)).toContain(1);
  });
});
