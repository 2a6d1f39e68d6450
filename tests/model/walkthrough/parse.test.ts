import { describe, expect, it } from 'vitest';
import { loadWalkthrough, parseWalkthrough } from '../../../src/model/index.ts';
import { text, tinyLesson as lesson } from './tiny-lesson.ts';

function problems(value: unknown): string[] {
  const r = loadWalkthrough(value);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseWalkthrough', () => {
  it('reads a valid lesson with Spark defaults for what it leaves out', () => {
    const r = parseWalkthrough(JSON.stringify(lesson()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cluster).toEqual({});
    expect(r.value.faults).toEqual([]);
    expect(r.value.seed).toBe(0);
    expect(r.value.steps[0]?.position).toBe('start');
  });

  it('reports invalid JSON with its line and column', () => {
    const r = parseWalkthrough('{\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/^invalid JSON at line 2, column/);
  });

  it('locates shape problems: unknown keys, missing languages, bad views', () => {
    const bad = lesson({ colour: 'red' }, { show: { view: 'graph' }, narration: { en: 'Only English' } });
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        'colour: unknown key',
        expect.stringMatching(
          /^steps\[0\]\.show\.view: must be "lineage", "stages", "flow", "timeline" or "code", got "graph"$/,
        ),
        'steps[0].narration["zh-CN"]: is required',
      ]),
    );
  });

  it('puts the inline pipeline problems under pipeline.', () => {
    const bad = lesson({
      pipeline: { version: 1, rdds: [{ id: 'a', op: 'map', parents: ['nope'] }], actions: [] },
    });
    expect(problems(bad)).toContain('pipeline.rdds[0].parents[0]: unknown RDD "nope"');
  });

  it('reads faults in the command-line syntax and names a bad one', () => {
    const ok = parseWalkthrough(lesson({ faults: ['fail-task:0.1x2'] }));
    expect(ok.ok && ok.value.faults).toEqual([{ kind: 'fail-task', stage: 0, partition: 1, times: 2 }]);
    expect(problems(lesson({ faults: ['explode:1'] }))[0]).toMatch(
      /^faults\[0\]: fault "explode:1": unknown fault kind/,
    );
  });

  it('checks the cluster key for key, so a misspelt setting is an error', () => {
    expect(problems(lesson({ cluster: { executorCont: 3 } }))).toEqual(['cluster.executorCont: unknown key']);
    expect(problems(lesson({ cluster: { localityWaitMs: 'soon' } }))[0]).toMatch(
      /^cluster\.localityWaitMs: must be a number of milliseconds or \{ process, node, rack \}/,
    );
  });

  it('names the anchor kinds when an anchor is not one of them', () => {
    expect(problems(lesson({}, { position: { at: 'stageStart', stage: 1 } }))[0]).toMatch(
      /^steps\[0\]\.position\.at: must be "start", "end" or an anchor whose "at" is one of jobStart, jobEnd, stageSubmitted/,
    );
    expect(problems(lesson({}, { position: { at: 'stageSubmitted' } }))).toEqual([
      'steps[0].position.stage: is required',
    ]);
  });

  it('checks that a question has its answer among the choices', () => {
    const question = {
      prompt: text('Q'),
      choices: [text('a'), text('b')],
      answer: 2,
      explanation: text('E'),
    };
    expect(problems(lesson({}, { question }))).toEqual([
      'steps[0].question.answer: must be the index of one of the 2 choices (0 to 1), got 2',
    ]);
  });
});

describe('prepareWalkthrough', () => {
  it('says which highlighted id does not exist in the plan', () => {
    expect(problems(lesson({}, { show: { view: 'stages', stages: [1, 7], rdds: [9], job: 3 } }))).toEqual([
      'steps[0].show.rdds[0]: RDD 9 does not exist in the plan',
      'steps[0].show.stages[1]: stage 7 does not exist in the plan',
      'steps[0].show.job: job 3 does not exist in the plan',
    ]);
  });

  it('says which executor, task or anchor the simulated trace does not have', () => {
    const step = {
      show: { view: 'flow', executor: '7', task: { stage: 1, partition: 5 } },
      position: { at: 'stageSubmitted', stage: 1, attempt: 1 },
    };
    expect(problems(lesson({}, step))).toEqual([
      'steps[0].show.executor: executor "7" is not in the simulated trace (executors: driver, 0, 1)',
      'steps[0].show.task: no task of stage 1, partition 5 runs in the simulated trace',
      'steps[0].position: no stageSubmitted of stage 1 attempt 1 in the simulated trace',
    ]);
  });

  it('reports a cluster the simulator refuses', () => {
    const bad = lesson({ cluster: { cores: 1, taskCpus: 2 } });
    expect(problems(bad)[0]).toMatch(
      /^cluster: the simulation cannot start: executors\[0\]: the number of cores/,
    );
  });

  it('resolves each anchor to the position just after its event, and a task to its TID', () => {
    const steps = [
      { show: { view: 'flow' }, position: 'start', narration: text('a') },
      {
        show: { view: 'flow', task: { stage: 1, partition: 1 } },
        position: { at: 'stageSubmitted', stage: 1 },
        narration: text('b'),
      },
      {
        show: { view: 'flow' },
        position: { at: 'taskEnd', stage: 0, partition: 1, attempt: 0 },
        narration: text('c'),
      },
      {
        show: { view: 'flow' },
        position: { at: 'step', step: 'makeOffers', occurrence: 2 },
        narration: text('d'),
      },
      { show: { view: 'flow' }, position: 'end', narration: text('e') },
    ];
    const r = loadWalkthrough(lesson({ steps }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { trace, steps: resolved } = r.value;
    const at = (i: number) => trace.events[(resolved[i]?.position ?? 0) - 1];
    expect(resolved[0]?.position).toBe(0);
    expect(at(1)).toMatchObject({ kind: 'stageSubmitted', stage: { stageId: 1, attemptId: 0 } });
    expect(at(2)).toMatchObject({ kind: 'taskEnd', stageId: 0, task: { partitionId: 1, attempt: 0 } });
    expect(at(3)).toMatchObject({ kind: 'step', step: 'makeOffers' });
    expect(resolved[4]?.position).toBe(trace.events.length);
    const start = trace.events.find(
      (e) => e.kind === 'taskStart' && e.stageId === 1 && e.task.partitionId === 1,
    );
    expect(start?.kind === 'taskStart' && resolved[1]?.show.taskId).toBe(
      start?.kind === 'taskStart' && start.task.taskId,
    );
  });
});
