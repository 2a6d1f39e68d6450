import { describe, expect, it } from 'vitest';
import {
  APP_LESSON_LIMITS,
  FAULT_SYNTAX,
  MAX_LESSON_TASKS,
  loadWalkthrough,
  parseWalkthrough,
} from '../../../src/model/index.ts';
import type { MessageLang } from '../../../src/model/pipeline/messages/params.ts';
import { text, tinyLesson as lesson } from './tiny-lesson.ts';

function problems(value: unknown, lang?: MessageLang, maxTasks?: number): string[] {
  const r = loadWalkthrough(value, { ...(lang ? { lang } : {}), ...(maxTasks ? { maxTasks } : {}) });
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

const question = { prompt: text('Q'), choices: [text('a'), text('b')], answer: 2, explanation: text('E') };
const missing = {
  show: { view: 'flow', stages: [7], rdds: [9], job: 3, executor: '7', task: { stage: 1, partition: 5 } },
  position: { at: 'stageSubmitted', stage: 1, attempt: 1 },
};

describe('walk-through problems in the interface language', () => {
  it('writes English by default and when asked, word for word as the command line pins it', () => {
    for (const lang of [undefined, 'en'] as const) {
      expect(problems(lesson({}, missing), lang)).toEqual([
        'steps[0].show.rdds[0]: RDD 9 does not exist in the plan',
        'steps[0].show.stages[0]: stage 7 does not exist in the plan',
        'steps[0].show.job: job 3 does not exist in the plan',
        'steps[0].show.executor: executor "7" is not in the simulated trace (executors: driver, 0, 1)',
        'steps[0].show.task: no task of stage 1, partition 5 runs in the simulated trace',
        'steps[0].position: no stageSubmitted of stage 1 attempt 1 in the simulated trace',
      ]);
      expect(problems(lesson({}, { question }), lang)).toEqual([
        'steps[0].question.answer: must be the index of one of the 2 choices (0 to 1), got 2',
      ]);
      expect(problems(lesson({ cluster: { localityWaitMs: -1 } }), lang)).toEqual([
        'cluster.localityWaitMs: must be at least 0, got -1',
      ]);
    }
  });

  it('writes the ids the plan or the trace lacks in Chinese, paths and ids as written', () => {
    expect(problems(lesson({}, missing), 'zh-CN')).toEqual([
      'steps[0].show.rdds[0]: 执行计划中没有 RDD 9',
      'steps[0].show.stages[0]: 执行计划中没有阶段 7',
      'steps[0].show.job: 执行计划中没有作业 3',
      'steps[0].show.executor: 模拟运行中没有执行器 "7"（现有执行器：driver, 0, 1）',
      'steps[0].show.task: 模拟运行中没有阶段 1 分区 5 的任务',
      'steps[0].position: 模拟运行中没有阶段 1（尝试 1）的 stageSubmitted',
    ]);
  });

  it('writes the file’s own shape problems in Chinese', () => {
    expect(problems(lesson({}, { question }), 'zh-CN')).toEqual([
      'steps[0].question.answer: 应为 2 个选项之一的序号（0 到 1），实际是 2',
    ]);
    expect(problems(lesson({}, { position: { at: 'stageStart', stage: 1 } }), 'zh-CN')[0]).toMatch(
      /^steps\[0\]\.position\.at: 应为 "start"、"end"，或 "at" 取 jobStart, jobEnd, .* 之一的锚点，实际是 "stageStart"$/,
    );
    expect(problems(lesson({ cluster: { localityWaitMs: 'soon' } }), 'zh-CN')).toEqual([
      'cluster.localityWaitMs: 应为毫秒数或 { process, node, rack }，实际是 "soon"',
    ]);
    expect(problems(lesson({ cluster: { localityWaitMs: -1 } }), 'zh-CN')).toEqual([
      'cluster.localityWaitMs: 应不小于 0，实际是 -1',
    ]);
    expect(problems(lesson({ faults: ['explode:1'] }), 'zh-CN')[0]).toBe(
      `faults[0]: 故障 "explode:1" 写法有误：未知的故障类型 "explode"（写法：${FAULT_SYNTAX}）`,
    );
    expect(problems(lesson({ faults: ['kill-executor:1'] }), 'zh-CN')[0]).toBe(
      `faults[0]: 故障 "kill-executor:1" 写法有误：应为 ID@SECONDS（写法：${FAULT_SYNTAX}）`,
    );
    // The English is parseFault's message, as the command line prints it.
    expect(problems(lesson({ faults: ['kill-executor:1'] }), 'en')[0]).toBe(
      `faults[0]: fault "kill-executor:1": expected ID@SECONDS (${FAULT_SYNTAX})`,
    );
    expect(problems(lesson({ cluster: { cores: 1, taskCpus: 2 } }), 'zh-CN')[0]).toMatch(
      /^cluster: 无法开始模拟：executors\[0\]/,
    );
  });

  it('writes the zod shape, the JSON text and the inline pipeline problems in Chinese too', () => {
    const { pipeline: _dropped, ...noPipeline } = lesson({ colour: 'red' });
    expect(problems(noPipeline, 'zh-CN')).toEqual(expect.arrayContaining(['colour: 未知的键']));
    const badPipeline = lesson({
      pipeline: { version: 1, rdds: [{ id: 'a', op: 'map', parents: ['nope'] }], actions: [] },
    });
    expect(problems(badPipeline, 'zh-CN')).toContain('pipeline.rdds[0].parents[0]: 未知的 RDD "nope"');
    const json = parseWalkthrough('{\n  "version": 1,,\n}', 'zh-CN');
    expect(!json.ok && json.problems[0]?.message).toMatch(/^JSON 格式错误，第 2 行/);
  });

  it('refuses, before simulating, a plan with more tasks than the limit it is given', () => {
    const big = lesson({
      pipeline: {
        version: 1,
        rdds: [{ id: 'nums', op: 'parallelize', args: { length: 100, numSlices: 30_000 } }],
        actions: [{ op: 'count', rdd: 'nums' }],
      },
      steps: [{ show: { view: 'flow' }, position: 'start', narration: text('Big') }],
    });
    const started = performance.now();
    expect(problems(big, 'en', MAX_LESSON_TASKS)).toEqual([
      'pipeline: the plan has 30000 tasks, over the limit of 20000 tasks for a lesson played in the app ' +
        '(its run is simulated in the page); check it with `stagecraft lesson FILE`',
    ]);
    expect(problems(big, 'zh-CN', MAX_LESSON_TASKS)[0]).toMatch(
      /^pipeline: 执行计划共有 30000 个任务，超过在应用中播放的课程的上限 20000 个任务/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(MAX_LESSON_TASKS).toBe(20_000);
  });

  it('refuses, before reading them, more steps, faults or RDDs than the app’s lesson limits', () => {
    const load = (value: unknown, lang: MessageLang) => {
      const r = loadWalkthrough(value, { lang, ...APP_LESSON_LIMITS });
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    };
    const steps = Array.from({ length: 101 }, () => ({ show: { view: 'flow' }, position: 'start' }));
    expect(load(lesson({ steps }), 'en')).toEqual([
      'steps: has 101 steps, over the limit of 100 steps for a lesson played in the app',
    ]);
    expect(load(lesson({ faults: Array.from({ length: 51 }, () => 'fail-task:0.0') }), 'zh-CN')).toEqual([
      'faults: 有 51 个故障，超过在应用中播放的课程的上限 50 个故障',
    ]);
    const rdds = Array.from({ length: 201 }, (_, i) => ({
      id: `r${i}`,
      op: 'parallelize',
      args: { length: 1 },
    }));
    const pipeline = { version: 1, rdds, actions: [{ op: 'count', rdd: 'r0' }] };
    expect(load(lesson({ pipeline }), 'en')[0]).toMatch(
      /^pipeline\.rdds: has 201 RDDs, over the limit of 200 RDDs/,
    );
    // Without limits (the command line's default), the same file is read entry by entry.
    expect(problems(lesson({ steps }))[0]).toBe('steps[0].narration: is required');
  });
});
