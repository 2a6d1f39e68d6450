/**
 * The three sets the other views highlight with (playback contract): active jobs are started and
 * not ended, running stages submitted and not completed, running tasks started and not ended,
 * counted over the first `index` events.
 */
import { describe, expect, it } from 'vitest';
import { createPlayback } from '../../../src/model/playback/playback.ts';
import type { Trace } from '../../../src/model/trace/trace.ts';
import { wordCount } from './support.ts';

function expected(trace: Trace, index: number) {
  const jobs = new Set<number>();
  const stages = new Set<number>();
  const tasks = new Set<number>();
  for (const ev of trace.events.slice(0, index)) {
    if (ev.kind === 'jobStart') jobs.add(ev.jobId);
    if (ev.kind === 'jobEnd') jobs.delete(ev.jobId);
    if (ev.kind === 'stageSubmitted') stages.add(ev.stage.stageId);
    if (ev.kind === 'stageCompleted') stages.delete(ev.stage.stageId);
    if (ev.kind === 'taskStart') tasks.add(ev.task.taskId);
    if (ev.kind === 'taskEnd') tasks.delete(ev.task.taskId);
  }
  return { jobs, stages, tasks };
}

describe('activeJobIds, runningStageIds and runningTaskIds', () => {
  for (const [what, specs] of [
    ['word count', []],
    ['word count with a failed task', ['fail-task:0.1x2']],
    ['word count losing executor 1', ['kill-executor:1@0.5']],
    ['word count with a fetch failure', ['fetch-failure:1.0']],
  ] as const)
    it(`follow the listener events at every position (${what})`, () => {
      const trace = wordCount(specs);
      const playback = createPlayback(trace, 7);
      for (let i = 0; i <= playback.length; i++) {
        const scene = playback.sceneAt(i);
        const want = expected(trace, i);
        expect(scene.index).toBe(i);
        expect(scene.activeJobIds).toEqual(want.jobs);
        expect(scene.runningStageIds).toEqual(want.stages);
        expect(scene.runningTaskIds).toEqual(want.tasks);
      }
    });

  it('are empty before the first event and at the end', () => {
    const playback = createPlayback(wordCount());
    for (const i of [0, playback.length]) {
      const scene = playback.sceneAt(i);
      expect(scene.activeJobIds.size + scene.runningStageIds.size + scene.runningTaskIds.size).toBe(0);
    }
    expect(playback.sceneAt(0).time).toBe(playback.trace.events[0]?.time);
  });
});
