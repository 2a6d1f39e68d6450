/** Fault marks in the scene follow what Spark does with each fault (rules cited per test). */
import { describe, expect, it } from 'vitest';
import { createPlayback, type Playback } from '../../../src/model/playback/playback.ts';
import type { Scene } from '../../../src/model/playback/scene.ts';
import { wordCount } from './support.ts';

function scenes(playback: Playback): Scene[] {
  return Array.from({ length: playback.length + 1 }, (_, i) => playback.sceneAt(i));
}

function firstIndex(playback: Playback, kind: string, test: (ev: never) => boolean = () => true): number {
  const i = playback.trace.events.findIndex((ev) => ev.kind === kind && test(ev as never));
  if (i < 0) throw new Error(`no ${kind} event in the trace`);
  return i + 1;
}

describe('fault marks', () => {
  it('a failed task turns into a failure mark and is re-queued with attempt + 1 in the same stage attempt (R-11.1)', () => {
    const playback = createPlayback(wordCount(['fail-task:0.1x1']));
    const end = firstIndex(
      playback,
      'taskEnd',
      (ev: { reason: { kind: string } }) => ev.reason.kind !== 'success',
    );
    const scene = playback.sceneAt(end);
    expect(scene.faults.at(-1)).toMatchObject({ kind: 'taskFailed', stageId: 0, index: 1, attempt: 0 });
    expect(scene.tokens.find((t) => t.phase === 'ended' && t.index === 1)?.outcome).toBe('exceptionFailure');
    expect(scene.taskSets.find((t) => t.stageId === 0)).toMatchObject({
      stageAttemptId: 0,
      failedAttempts: 1,
    });
    const retry = scenes(playback)
      .flatMap((s) => s.tokens)
      .find((t) => t.stageId === 0 && t.index === 1 && t.attempt === 1);
    expect(retry?.stageAttemptId).toBe(0);
  });

  it('a lost executor goes dark, its running tasks fail and its map outputs are lost (R-11.3)', () => {
    const playback = createPlayback(wordCount(['kill-executor:1@0.5']));
    const before = playback.sceneAt(firstIndex(playback, 'executorRemoved') - 1);
    expect(before.executors.find((x) => x.executorId === '1')?.state).toBe('alive');
    const after = playback.sceneAt(firstIndex(playback, 'executorRemoved'));
    const lost = after.executors.find((x) => x.executorId === '1');
    expect(lost?.state).toBe('lost');
    expect(after.faults.some((f) => f.kind === 'executorLost' && f.executorId === '1')).toBe(true);
    const end = playback.sceneAt(playback.length);
    expect(end.executors.find((x) => x.executorId === '1')).toMatchObject({
      state: 'lost',
      shuffleOutputs: [],
    });
    expect(
      end.faults.filter((f) => f.kind === 'taskFailed').map((f) => f.kind === 'taskFailed' && f.reason),
    ).toEqual(expect.arrayContaining(['executorLostFailure']));
    // Every map output ends on the surviving executor.
    expect(end.executors.find((x) => x.executorId === '0')?.shuffleOutputs).toEqual([
      { stageId: 0, count: 4 },
    ]);
  });

  it('a fetch failure fails the reduce and the map stage, unregisters the output and resubmits the map stage for its missing partitions (R-11.2)', () => {
    const playback = createPlayback(wordCount(['fetch-failure:1.0']));
    const at = firstIndex(
      playback,
      'taskEnd',
      (ev: { reason: { kind: string } }) => ev.reason.kind === 'fetchFailed',
    );
    const scene = playback.sceneAt(at);
    expect(scene.faults.at(-1)).toMatchObject({
      kind: 'fetchFailed',
      stageId: 1,
      mapStageId: 0,
      shuffleId: 0,
    });
    expect(scene.stages.find((s) => s.stageId === 0)?.state).toBe('failed');
    const afterUnregister = playback.sceneAt(at + 5);
    expect(afterUnregister.shuffles[0]?.available).toBeLessThan(4);
    expect(afterUnregister.stages.find((s) => s.stageId === 1)?.state).toBe('failed');
    const resubmitted = firstIndex(
      playback,
      'stageSubmitted',
      (ev: { stage: { stageId: number; attemptId: number } }) =>
        ev.stage.stageId === 0 && ev.stage.attemptId === 1,
    );
    const again = playback.sceneAt(resubmitted);
    expect(again.faults.at(-1)).toMatchObject({ kind: 'stageResubmitted', stageId: 0, attemptId: 1 });
    const tsm = again.taskSets.find((t) => t.stageId === 0 && t.stageAttemptId === 1);
    expect(tsm?.numTasks).toBe(4 - (again.shuffles[0]?.available ?? 0));
    expect(playback.sceneAt(playback.length).jobs[0]).toMatchObject({
      status: 'succeeded',
      finishedTasks: 4,
    });
  });

  it('a speculative copy races the straggler on another executor (R-10.7)', () => {
    const playback = createPlayback(wordCount(['straggler:0.2*30'], { speculation: { enabled: true } }));
    const racing = scenes(playback).find((s) => s.tokens.filter((t) => t.racing).length === 2);
    expect(racing).toBeDefined();
    const pair = racing?.tokens.filter((t) => t.racing) ?? [];
    expect(pair.map((t) => t.speculative).sort()).toEqual([false, true]);
    expect(new Set(pair.map((t) => t.executorId)).size).toBe(2);
    expect(racing?.faults.some((f) => f.kind === 'speculative')).toBe(true);
  });
});
