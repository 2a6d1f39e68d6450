import { describe, expect, it } from 'vitest';
import {
  LESSON_IDS,
  focusOf,
  lessonForm,
  lessonRun,
  linkedLessonRun,
  loadLesson,
  readLessonLink,
} from '../../../src/app/run/lesson-mode.ts';
import { readWhatIf } from '../../../src/app/run/what-if.ts';

function lesson(id: string) {
  const l = loadLesson(id);
  if (!l) throw new Error(`${id} does not load`);
  return l;
}

describe('lesson mode', () => {
  it('bundles the 14 lessons in order, each loading', () => {
    expect(LESSON_IDS).toHaveLength(14);
    expect(LESSON_IDS[0]).toBe('01-word-count');
    expect(LESSON_IDS.at(-1)).toBe('14-cache-and-persist');
    expect(loadLesson('99-nothing')).toBeNull();
  });

  it('reads lesson= and step= (counting from 1) from a link, ignoring unknown lessons', () => {
    expect(readLessonLink('#view=run&lesson=04-skipped-stages&step=3')).toEqual({
      id: '04-skipped-stages',
      step: 2,
    });
    expect(readLessonLink('#lesson=04-skipped-stages')).toEqual({ id: '04-skipped-stages', step: 0 });
    expect(readLessonLink('#lesson=04-skipped-stages&step=zero')).toEqual({
      id: '04-skipped-stages',
      step: 0,
    });
    expect(readLessonLink('#lesson=nope&step=2')).toBeNull();
    expect(readLessonLink('#p=abc')).toBeNull();
  });

  it('turns a step into the centre view, the job, stages, RDD and task to highlight', () => {
    const wc = lesson('01-word-count');
    expect(focusOf(wc.steps[1]!)).toMatchObject({ centre: 'lineage', selection: { kind: 'rdd', rddId: 0 } });
    const stages = focusOf(wc.steps[2]!);
    expect(stages).toMatchObject({ centre: 'lineage', jobId: 0, selection: null });
    expect([...stages.stageIds]).toEqual([0, 1]);
    const failures = lesson('08-task-failures');
    const task = focusOf(failures.steps[1]!);
    // A timeline step names the timeline tab (the flow beside the timeline unless presenting).
    expect(failures.steps[1]!.show.view).toBe('timeline');
    expect(task.centre).toBe('timeline');
    expect(task.taskId).toBe(failures.steps[1]!.show.taskId);
    expect(task.position).toBe(failures.steps[1]!.position);
    // A step naming an executor (fixtures/walkthroughs/09-lost-executor.json: "executor": "1").
    const lost = lesson('09-lost-executor');
    expect(focusOf(lost.steps[2]!)).toMatchObject({ centre: 'flow', executorId: '1' });
    expect(focusOf(wc.steps[1]!).executorId).toBeNull();
  });

  it('fills the what-if form from a lesson, and runs the form on the lesson with its other settings', () => {
    const lost = lesson('09-lost-executor');
    const form = lessonForm(lost.lesson);
    expect(form).toMatchObject({ executors: '2', cores: '2', deployMode: 'standalone' });
    expect(form.faults).toEqual([{ kind: 'hang-executor', args: '1@2' }]);
    const read = readWhatIf({ ...form, externalShuffleService: true }, lost.lesson.pipeline, lost.plan);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const spec = lessonRun(lost.lesson, read);
    expect(spec.cluster.externalShuffleService).toBe(true);
    expect(spec.faults).toEqual(lost.lesson.faults);
    expect(spec.seed).toBe(lost.lesson.seed);

    const cache = lesson('14-cache-and-persist');
    const readCache = readWhatIf(lessonForm(cache.lesson), cache.lesson.pipeline, cache.plan);
    if (!readCache.ok) throw new Error('form does not read');
    expect(lessonRun(cache.lesson, readCache).cluster.storageMemoryBytes).toBe(60_000_000);

    const locality = lesson('07-locality-and-delay-scheduling');
    const localityForm = lessonForm(locality.lesson);
    expect(localityForm).toMatchObject({ executors: '2', cores: '2', localityWait: '3' });
    const readLocality = readWhatIf(
      { ...localityForm, localityWait: '0' },
      locality.lesson.pipeline,
      locality.plan,
    );
    if (!readLocality.ok) throw new Error('form does not read');
    const run = lessonRun(locality.lesson, readLocality);
    expect(run.cluster.executors).toEqual(locality.lesson.cluster.executors);
    expect(run.cluster.localityWaitMs).toBe(0);
    expect(run.cluster.costs).toEqual({ microsPerRecordPerRdd: 24 });
  });

  it('runs a lesson link’s what-if form over the lesson’s settings, or names why the lesson cannot take it', () => {
    const lost = lesson('09-lost-executor');
    const form = { ...lessonForm(lost.lesson), executors: '3', externalShuffleService: true };
    const run = linkedLessonRun(form, lost);
    if (!run.ok) throw new Error(run.why);
    expect(run.spec.cluster).toMatchObject({ executorCount: 3, externalShuffleService: true });
    expect(run.spec.faults).toEqual(lost.lesson.faults);
    expect(run.spec.seed).toBe(lost.lesson.seed);
    const bad = linkedLessonRun({ ...form, faults: [{ kind: 'fail-task', args: '99.0x2' }] }, lost);
    expect(bad.ok).toBe(false);
  });
});
