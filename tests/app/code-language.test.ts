// Switching the interface language writes the code's current problems, and a notice about a
// refused pipeline, again in the new language
// (the parser's own diagnostics and the pipeline check's after them, with the real parser and
// check); a problem list that is empty stays empty.
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/app-state.ts';
import { noticeText } from '../../src/app/notice.ts';
import { choosePipeline } from '../../src/app/startup.ts';
import type { ModelApi } from '../../src/app/model-api.ts';
import { parsePipeline, parseSparkCode } from '../../src/model/index.ts';
import { stubModel, twoStep } from './stub-model.ts';

const inLang = (lang: 'en' | 'zh-CN'): ModelApi => ({
  ...stubModel,
  parseCode: (source, language) => parseSparkCode(source, language, lang),
  parsePipeline: (input) => parsePipeline(input, undefined, lang),
});

const BROKEN = 'val a = sc.parallelize(1 to 10)\nval b = a.mapp(x => x)';

describe('code problems after a language switch', () => {
  it('rewrites the shown problems in the new language, at the same places', () => {
    const app = new AppState(inLang('en'), twoStep);
    app.typeCode(BROKEN);
    expect(app.code.diagnostics.map((d) => d.message)).toEqual([
      'line 2, column 11: unknown operation "mapp" — did you mean "map"?',
    ]);
    app.useModel(inLang('zh-CN'));
    expect(app.code.diagnostics.map((d) => d.message)).toEqual([
      '第 2 行，第 11 列：未知的算子 "mapp"——是不是想写 "map"？',
    ]);
    expect(app.code.text).toBe(BROKEN);
    // Typing after the switch writes in the new language too.
    app.typeCode(`${BROKEN}\nval c = b.count(`);
    expect(app.code.diagnostics.map((d) => d.message)).toContain('第 3 行，第 16 列："(" 未闭合');
  });

  it('rewrites the pipeline check problems too (code that parses but is over a limit)', () => {
    const app = new AppState(inLang('en'), twoStep);
    app.typeCode('val a = sc.parallelize(1 to 10)\nval b = a.repartition(3000000)\nb.count()');
    expect(app.code.diagnostics.map((d) => d.message)).toEqual([
      'rdds[1].args.numPartitions: is 3000000 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    app.useModel(inLang('zh-CN'));
    expect(app.code.diagnostics.map((d) => d.message)).toEqual([
      'rdds[1].args.numPartitions: 为 3000000 个分区，超过上限 1000000 个分区（maxPartitions；可用 --max-partitions N 调高）',
    ]);
  });

  it('leaves a clean code state as it is', () => {
    const app = new AppState(inLang('en'), twoStep);
    const before = app.code;
    app.useModel(inLang('zh-CN'));
    expect(app.code).toBe(before);
  });

  it('writes a refused pipeline or edit notice again in the new language', () => {
    const app = new AppState(inLang('en'), twoStep);
    const bad = { version: 1, rdds: [{ id: 'b', op: 'map', parents: ['zz'] }] };
    expect(app.open(bad, () => 'the link')).toBe(false);
    const notice = app.notice!;
    expect(noticeText(notice)).toContain('rdds[0].parents[0]: unknown RDD "zz"');
    app.useModel(inLang('zh-CN'));
    expect(noticeText(notice)).toContain('rdds[0].parents[0]: 未知的 RDD "zz"');
    expect(noticeText(notice)).not.toContain('unknown RDD');
    // Written once per language: the same text object while the language stays.
    expect(noticeText(notice)).toBe(noticeText(notice));
    app.useModel(inLang('en'));
    expect(noticeText(notice)).toContain('unknown RDD "zz"');
  });

  it('writes a link problem found at startup again with the model of the new language', () => {
    const bad = { version: 1, rdds: [{ id: 'b', op: 'map', parents: ['zz'] }] };
    const startup = choosePipeline(inLang('en'), [['example', 'nope']], null);
    expect(startup.problem?.(inLang('en'))).toBe('There is no example named “nope”.');
    const link = choosePipeline(inLang('en'), [['p', encodeURIComponent('x')]], { pipeline: bad });
    expect(link.problem?.(inLang('zh-CN'))).toMatch(/^Could not open this link: /);
    const saved = choosePipeline(inLang('en'), [], { pipeline: bad });
    expect(saved.problem?.(inLang('en'))).toContain('unknown RDD "zz"');
    expect(saved.problem?.(inLang('zh-CN'))).toContain('未知的 RDD "zz"');
  });
});
