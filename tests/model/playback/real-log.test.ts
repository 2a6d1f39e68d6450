/**
 * An event log written by Spark 3.5.9 (fixtures/eventlogs/spark-3.5/word-count, local[8]) has no
 * scheduler steps: the scene shows what its listener events say and leaves the rest empty.
 */
import { describe, expect, it } from 'vitest';
import { importEventLog } from '../../../src/model/event-log/importer.ts';
import { createPlayback, sceneFromScratch } from '../../../src/model/playback/playback.ts';
import { plain, readRealLog } from './support.ts';

describe('a real Spark event log', async () => {
  const { trace } = await importEventLog([readRealLog('spark-3.5', 'word-count')]);
  const playback = createPlayback(trace, 3);
  const all = Array.from({ length: playback.length + 1 }, (_, i) => playback.sceneAt(i));

  it('is exact at every position without steps', () => {
    all.forEach((scene, i) => expect(plain(scene)).toEqual(plain(sceneFromScratch(trace, i))));
    expect(all.every((s) => !s.hasSteps && s.queue.entries.length === 0 && s.offers.rounds === 0)).toBe(true);
  });

  it('draws the driver as the one executor of local mode, its 8 cores as slots', () => {
    expect(all[0]?.deploy).toEqual({ master: 'local[8]', mode: 'local' });
    const driver = all.at(-1)?.executors.find((x) => x.executorId === 'driver');
    expect(driver?.cores).toBe(8);
    expect(driver?.slots).toHaveLength(8);
  });

  it('puts every started task on a slot until its TaskEnd', () => {
    for (const s of all) {
      const onSlots = s.executors.flatMap((x) => x.slots.filter((t): t is number => t !== null));
      expect(new Set(onSlots)).toEqual(s.runningTaskIds);
    }
  });

  it('counts map outputs from ShuffleMapTask ends and the JobWaiter from ResultTask ends (R-7 step 9)', () => {
    const end = all.at(-1);
    expect(end?.shuffles).toEqual([{ stageId: 0, shuffleId: null, numMaps: 4, available: 4 }]);
    expect(end?.jobs).toEqual([
      expect.objectContaining({
        jobId: 0,
        status: 'succeeded',
        totalTasks: 4,
        finishedTasks: 4,
        waiting: false,
      }),
    ]);
    expect(end?.stages.map((s) => s.state)).toEqual(['finished', 'finished']);
  });
});
