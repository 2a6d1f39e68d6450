/** The hops of word count through the scheduler, as the scene shows them. */
import { describe, expect, it } from 'vitest';
import { createPlayback } from '../../../src/model/playback/playback.ts';
import type { Scene, TokenPhase } from '../../../src/model/playback/scene.ts';
import { wordCount } from './support.ts';

describe('word count, played', () => {
  const playback = createPlayback(wordCount());
  const all: Scene[] = Array.from({ length: playback.length + 1 }, (_, i) => playback.sceneAt(i));

  it('takes every task through offer, launch, slot, status update and result, in that order (R-10.3, R-10.6)', () => {
    const order: TokenPhase[] = ['offered', 'launching', 'running', 'reporting', 'result', 'ended'];
    for (let tid = 0; tid < 8; tid++) {
      const seen: TokenPhase[] = [];
      for (const s of all) {
        const phase = s.tokens.find((t) => t.taskId === tid)?.phase;
        if (phase && seen.at(-1) !== phase) seen.push(phase);
      }
      expect(seen).toEqual(order);
    }
  });

  it('holds a core from launch until the status update returns it (R-10.3)', () => {
    for (const s of all)
      for (const t of s.tokens) {
        const onSlot = t.phase === 'launching' || t.phase === 'running';
        expect(t.slot !== null).toBe(onSlot);
        if (t.slot !== null)
          expect(s.executors.find((x) => x.executorId === t.executorId)?.slots[t.slot]).toBe(t.taskId);
      }
  });

  it('posts JobSubmitted to the event loop and handles it before JobStart (R-7 steps 3–5)', () => {
    const posted = all.findIndex((s) => s.queue.entries.some((e) => e.event === 'JobSubmitted'));
    const handled = all.findIndex((s) => s.queue.handling === 'JobSubmitted');
    const started = all.findIndex((s) => s.activeJobIds.has(0));
    expect(posted).toBeGreaterThan(0);
    expect(handled).toBeGreaterThan(posted);
    expect(started).toBeGreaterThan(handled);
  });

  it('keeps the JobWaiter counting result tasks until all 4 are in, then releases runJob (R-7 step 9)', () => {
    const counts = all.map((s) => s.jobs[0]?.finishedTasks ?? 0);
    expect(counts.every((c, i) => i === 0 || c >= (counts[i - 1] as number))).toBe(true);
    const end = all.at(-1)?.jobs[0];
    expect(end).toMatchObject({ status: 'succeeded', totalTasks: 4, finishedTasks: 4, waiting: false });
    expect(all.some((s) => s.jobs[0]?.waiting === true)).toBe(true);
  });

  it('registers 4 map outputs and lets every reduce task fetch from the executors holding them (R-12.1)', () => {
    const afterMap = all.find((s) => s.runningStageIds.has(1));
    expect(afterMap?.shuffles).toEqual([{ stageId: 0, shuffleId: 0, numMaps: 4, available: 4 }]);
    const held = afterMap?.executors.flatMap((x) => x.shuffleOutputs.map((o) => o.count)) ?? [];
    expect(held.reduce((a, b) => a + b, 0)).toBe(4);
    const reading = all.find((s) => s.fetches.length > 0);
    expect(reading?.fetches[0]).toMatchObject({ stageId: 1, mapStageIds: [0], fromExecutorIds: ['0', '1'] });
  });

  it('moves stage 1 from waiting to running to finished, with one TaskSetManager while it has tasks to run (R-10.1, R-10.6)', () => {
    const states = [...new Set(all.map((s) => s.stages.find((x) => x.stageId === 1)?.state ?? 'none'))];
    expect(states).toEqual(['none', 'created', 'waiting', 'running', 'finished']);
    for (const s of all) {
      for (const id of s.runningStageIds)
        expect(s.taskSets.filter((t) => t.stageId === id).length).toBeLessThanOrEqual(1);
      for (const t of s.taskSets) expect(s.runningStageIds.has(t.stageId) || t.zombie).toBe(true);
      const busy = s.tokens.some((t) => t.stageId === 1 && (t.phase === 'offered' || t.phase === 'running'));
      if (busy) expect(s.taskSets.some((t) => t.stageId === 1)).toBe(true);
    }
  });

  it('draws the driver outside the cluster in client deploy mode', () => {
    expect(all[0]?.deploy).toEqual({ master: 'spark://master:7077', mode: 'client' });
  });
});
