import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonFiles, lessonKey } from '../../../src/app/run/lesson-file.ts';
import { loadLesson, writeLessonLink } from '../../../src/app/run/lesson-mode.ts';
import { MAX_FILE_BYTES } from '../../../src/model/index.ts';
import { decodeLessonFile, encodeLessonFile, getKey, parseFragment } from '../../../src/app/url-state.ts';

/** Lesson 1 as a teacher's own file: a new id and title. */
function ownLesson(over: Record<string, unknown> = {}): Record<string, unknown> {
  const value = JSON.parse(readFileSync('fixtures/walkthroughs/01-word-count.json', 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...value, id: 'my-word-count', title: { en: 'My word count', 'zh-CN': '我的词频统计' }, ...over };
}

/** `ownLesson` with its second step pointing at a stage the plan does not have. */
function brokenLesson(): Record<string, unknown> {
  const value = ownLesson();
  const steps = value.steps as Record<string, unknown>[];
  const second = steps[1] as { show: Record<string, unknown> };
  steps[1] = { ...second, show: { ...second.show, stages: [42] } };
  return value;
}

let hash = '';
function fakeHost() {
  return {
    addController: vi.fn(),
    removeController: vi.fn(),
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
    openLesson: vi.fn(),
  };
}

beforeEach(() => {
  hash = '';
  vi.stubGlobal('location', {
    get hash() {
      return hash;
    },
    pathname: '/',
    search: '',
  });
  vi.stubGlobal('history', {
    replaceState: (_s: unknown, _t: string, url: string) => (hash = url.replace(/^[^#]*/, '')),
  });
  vi.stubGlobal('document', { documentElement: { lang: 'en' } });
});
afterEach(() => vi.unstubAllGlobals());

describe('lf= links: a lesson file in the address', () => {
  it('round-trips the lesson JSON through lz-string and names a value that is not one', () => {
    const value = ownLesson();
    expect(decodeLessonFile(encodeLessonFile(value))).toEqual({ ok: true, value });
    const cut = decodeLessonFile('not*lz');
    expect(cut.ok || cut.message).toMatch(/lf= value is not lz-string data/);
    const text = decodeLessonFile(LZString.compressToEncodedURIComponent('{"version": 1,'));
    expect(text.ok || text.message).toMatch(/^the link’s lesson is not valid JSON: /);
  });

  it('opens an lf= link at its step as a lesson of its own, and lessonKey names it', () => {
    const files = new LessonFiles(fakeHost());
    const link = files.readLink(`#view=run&lf=${encodeLessonFile(ownLesson())}&step=2`);
    expect(link?.id).toMatch(/^file:\d+$/);
    expect(link?.step).toBe(1);
    const lesson = loadLesson(link!.id);
    expect(lesson?.lesson.title.en).toBe('My word count');
    expect(lessonKey(lesson!)).toBe(link!.id);
    expect(files.lastKey).toBe(link!.id);
    expect(files.refusal).toBeNull();
    expect(new LessonFiles(fakeHost()).readLink('#view=run&lesson=01-word-count')).toBeNull();
  });

  it('writes lf= for a lesson file and lesson= for a bundled one, each removing the other', () => {
    const files = new LessonFiles(fakeHost());
    const value = ownLesson();
    const { id } = files.readLink(`#lf=${encodeLessonFile(value)}`)!;
    hash = '#view=run&lesson=01-word-count&step=1&lang=en';
    writeLessonLink({ id, step: 1 });
    let fragment = parseFragment(hash);
    expect(getKey(fragment, 'lesson')).toBeUndefined();
    expect(getKey(fragment, 'step')).toBe('2');
    expect(getKey(fragment, 'view')).toBe('run');
    const lf = getKey(fragment, 'lf');
    expect(lf && decodeLessonFile(lf)).toEqual({ ok: true, value });
    writeLessonLink({ id: '04-skipped-stages', step: 0 });
    fragment = parseFragment(hash);
    expect(getKey(fragment, 'lf')).toBeUndefined();
    expect(getKey(fragment, 'lesson')).toBe('04-skipped-stages');
    expect(getKey(fragment, 'step')).toBe('1');
    writeLessonLink(null);
    expect(hash).toBe('#view=run&lang=en');
  });

  it('refuses a bad lf= value or a lesson with problems, saying why in the interface language', () => {
    const files = new LessonFiles(fakeHost());
    expect(files.readLink('#lf=%%%')).toBeNull();
    expect(files.refusal?.name).toBeNull();
    expect(files.refusal?.tell('en')[0]?.message).toMatch(/lf= value is not lz-string data/);
    (document.documentElement as { lang: string }).lang = 'zh-CN';
    expect(files.readLink(`#lf=${encodeLessonFile(brokenLesson())}&step=2`)).toBeNull();
    expect(files.lastKey).toBeNull();
    expect(files.refusal?.tell('zh-CN')).toEqual([
      { path: 'steps[1].show.stages[0]', message: '执行计划中没有阶段 42' },
    ]);
    // Written again in the language shown after a switch.
    expect(files.refusal?.tell('en')).toEqual([
      { path: 'steps[1].show.stages[0]', message: 'stage 42 does not exist in the plan' },
    ]);
  });
});

describe('Open lesson file…', () => {
  const file = (value: unknown, name = 'mine.json') => new File([JSON.stringify(value)], name);

  it('opens a lesson file that loads at its first step and lists it for the picker', async () => {
    const host = fakeHost();
    const files = new LessonFiles(host);
    await files.openFile(file(ownLesson()));
    expect(host.openLesson).toHaveBeenCalledWith(files.lastKey, 0);
    expect(loadLesson(files.lastKey!)?.lesson.id).toBe('my-word-count');
  });

  it('names a file that does not load and its problems, and opens nothing', async () => {
    const host = fakeHost();
    const files = new LessonFiles(host);
    await files.openFile(file(brokenLesson(), 'broken.json'));
    expect(host.openLesson).not.toHaveBeenCalled();
    expect(files.refusal?.name).toBe('broken.json');
    expect(files.refusal?.tell('en')[0]?.path).toBe('steps[1].show.stages[0]');
    await files.openFile(new File(['{ "version": 1,, }'], 'typo.json'));
    expect(files.refusal?.tell('en')[0]?.message).toMatch(/^invalid JSON at line 1, column/);
  });

  it('refuses, before reading it, a file over MAX_FILE_BYTES, and a plan over the lesson task limit', async () => {
    const host = fakeHost();
    const files = new LessonFiles(host);
    const text = vi.fn();
    await files.openFile({ name: 'huge.json', size: MAX_FILE_BYTES + 1, text } as unknown as File);
    expect(text).not.toHaveBeenCalled();
    expect(files.refusal?.tell('en')[0]?.message).toMatch(/^the file has \d+ bytes, over the limit of/);
    const pipeline = {
      version: 1,
      rdds: [
        { id: 'nums', op: 'parallelize', args: { length: 10, numSlices: 15_000 } },
        { id: 'sums', op: 'reduceByKey', parents: ['nums'], args: { numPartitions: 15_000 } },
      ],
      actions: [{ op: 'count', rdd: 'sums' }],
    };
    await files.openFile(file(ownLesson({ pipeline })));
    expect(files.refusal?.tell('en')[0]).toMatchObject({
      path: 'pipeline',
      message: expect.stringMatching(/^the plan has 30000 tasks, over the limit of 20000 tasks/),
    });
    expect(host.openLesson).not.toHaveBeenCalled();
  });
});
