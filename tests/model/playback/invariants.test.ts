/**
 * Invariants of every scene, over fixture pipelines, faults and cluster settings: the snapshot
 * path equals the from-scratch fold, a slot holds the token that names it, the executors hold as
 * many map outputs as the MapOutputTracker counts available, and at most one
 * ResubmitFailedStages waits in the event loop (handleTaskCompletion schedules it only when
 * failedStages is empty, R-11.2).
 */
import { describe, expect, it } from 'vitest';
import { createPlayback, sceneFromScratch } from '../../../src/model/playback/playback.ts';
import type { ClusterOptions } from '../../../src/model/simulation/settings.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { faults, fixturePipeline, plain } from './support.ts';

const PIPELINES = ['cached-before-shuffle', 'join-order-of-magnitude', 'lesson-09-lost-executor', 'diamond'];
const FAULTS = [[], ['kill-executor:1@0.5'], ['fetch-failure:1.0x2'], ['fail-random:0.2']];
const CLUSTERS: ClusterOptions[] = [
  { executorCount: 2, cores: 2 },
  { executorCount: 3, cores: 2, schedulingMode: 'FAIR', speculation: { enabled: true } },
  { executorCount: 2, cores: 2, dynamicAllocation: { enabled: true }, deployMode: 'yarn-cluster' },
];

describe('scene invariants', () => {
  for (const name of PIPELINES)
    it(`hold at sampled positions of ${name} under faults and cluster settings`, () => {
      for (const specs of FAULTS)
        for (const cluster of CLUSTERS) {
          const trace = simulate(fixturePipeline(name), cluster, { seed: 3, faults: faults(specs) });
          const playback = createPlayback(trace, 9);
          const step = Math.max(1, Math.floor(playback.length / 40));
          for (let i = 0; i <= playback.length; i += step) {
            const scene = playback.sceneAt(i);
            expect(plain(scene)).toEqual(plain(sceneFromScratch(trace, i)));
            for (const x of scene.executors)
              x.slots.forEach((taskId, slot) => {
                if (taskId === null) return;
                expect(scene.tokens.find((t) => t.taskId === taskId)).toMatchObject({
                  slot,
                  executorId: x.executorId,
                });
              });
            const held = scene.executors.flatMap((x) => x.shuffleOutputs).reduce((n, o) => n + o.count, 0);
            expect(held).toBe(scene.shuffles.reduce((n, r) => n + r.available, 0));
            expect(
              scene.queue.entries.filter((e) => e.event === 'ResubmitFailedStages').length,
            ).toBeLessThanOrEqual(1);
            for (const t of scene.taskSets) expect(t.pending).toBeGreaterThanOrEqual(0);
          }
        }
    });
});
