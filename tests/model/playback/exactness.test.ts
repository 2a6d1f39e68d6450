/**
 * Going backwards is exact (issue 7): a scene depends only on (trace, index). The snapshot and
 * cursor paths of createPlayback give the scene of the from-scratch fold at every position, and
 * stepping forward then back gives identical scenes.
 */
import { describe, expect, it } from 'vitest';
import { createPlayback, sceneFromScratch } from '../../../src/model/playback/playback.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { fixturePipeline, plain, wordCount } from './support.ts';

const RUNS = [
  ['no fault', []],
  ['a task failing twice', ['fail-task:0.1x2']],
  ['executor 1 killed', ['kill-executor:1@0.5']],
  ['executor 1 hanging', ['hang-executor:1@0.5']],
  ['a fetch failure', ['fetch-failure:1.0']],
  ['a straggler', ['straggler:1.2*20']],
] as const;

describe('sceneAt', () => {
  for (const [what, specs] of RUNS)
    it(`equals the from-scratch fold at every position, in any visiting order (word count, ${what})`, () => {
      const trace = wordCount(specs, { speculation: { enabled: true } });
      const reference = Array.from({ length: trace.events.length + 1 }, (_, i) =>
        plain(sceneFromScratch(trace, i)),
      );
      const playback = createPlayback(trace, 5);
      for (let i = 0; i <= playback.length; i++) expect(plain(playback.sceneAt(i))).toEqual(reference[i]);
      for (let i = playback.length; i >= 0; i--) expect(plain(playback.sceneAt(i))).toEqual(reference[i]);
      for (let k = 0; k < 200; k++) {
        const i = (k * 7919) % (playback.length + 1);
        expect(plain(playback.sceneAt(i))).toEqual(reference[i]);
      }
    });

  it('is exact on a trace with stage-level steps only, whose map outputs come from TaskEnd (R-7 step 9)', () => {
    const trace = simulate(
      fixturePipeline('word-count'),
      { executorCount: 2, cores: 2 },
      { seed: 1, steps: 'stage' },
    );
    const playback = createPlayback(trace, 4);
    for (let i = 0; i <= playback.length; i++)
      expect(plain(playback.sceneAt(i))).toEqual(plain(sceneFromScratch(trace, i)));
    const afterMaps = Array.from({ length: playback.length + 1 }, (_, i) => playback.sceneAt(i)).find((s) =>
      s.runningStageIds.has(1),
    );
    expect(afterMaps?.hasSteps).toBe(true);
    expect(afterMaps?.shuffles.map((r) => r.available)).toEqual([4]);
  });

  it('gives identical scenes after stepping forward then back', () => {
    const playback = createPlayback(wordCount(['kill-executor:1@0.5']), 16);
    for (let i = 0; i < playback.length; i++) {
      const before = plain(playback.sceneAt(i));
      playback.sceneAt(i + 1);
      expect(plain(playback.sceneAt(i))).toEqual(before);
    }
  });

  it('clamps positions to [0, length] and names a bad one', () => {
    const playback = createPlayback(wordCount());
    expect(playback.sceneAt(-3).index).toBe(0);
    expect(playback.sceneAt(playback.length + 10).index).toBe(playback.length);
    expect(() => playback.sceneAt(Number.NaN)).toThrow('playback index NaN');
  });
});
