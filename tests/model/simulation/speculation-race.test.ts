// Regression (npm run fuzz, seed 1975723802): with speculation, the original attempt and its
// speculative copy can both finish before the KillTask sent at the first success reaches the
// other. Spark 3.5's TaskSetManager.handleSuccessfulTask ends the later one as killed ("Finish
// but did not commit due to another attempt succeeded", it is in killedByOtherAttempt), so a
// partition of a stage attempt succeeds once; the simulator posted a second Success.
import { describe, expect, it } from 'vitest';
import { createSimulation, step } from '../../../src/model/index.ts';
import type { ClusterOptions, Fault } from '../../../src/model/index.ts';
import { partitionsSucceedOnce } from './invariants.ts';
import { PLANS } from './plans.ts';

describe('a speculative copy finishing with the original', () => {
  it('ends as killed, not as a second success of the partition', () => {
    const names = Object.keys(PLANS);
    const plan = PLANS[names[269841601 % (names.length + 1)] as string];
    if (!plan) throw new Error('the fuzz counterexample names a fixture plan');
    const options: ClusterOptions = {
      deployMode: 'standalone',
      executorCount: 2,
      cores: 1,
      speculation: { enabled: true },
      dynamicAllocation: { enabled: true, minExecutors: 1, initialExecutors: 1 },
    };
    const faults: Fault[] = [
      { kind: 'straggler', stage: 0, partition: 0, factor: 8 },
      { kind: 'straggler', stage: 1, partition: 5, factor: 18 },
    ];
    const sim = createSimulation({ plan }, options, { faults, seed: 686 });
    while (!sim.done) step(sim);
    const trace = sim.trace();
    expect(partitionsSucceedOnce(trace)).toBeNull();
    const killed = trace.events.filter(
      (ev) =>
        ev.kind === 'taskEnd' &&
        ev.reason.kind === 'taskKilled' &&
        ev.reason.reason === 'Finish but did not commit due to another attempt succeeded',
    );
    expect(killed.length).toBeGreaterThan(0);
  });
});
