// Links carry the whole visible state as keys of one fragment (p, job, view, lang, present); links
// made before a key existed still open, and keys of later versions are kept.
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { chooseLang } from '../../src/app/i18n/locale.ts';
import { choosePipeline } from '../../src/app/startup.ts';
import {
  decodePipeline,
  formatFragment,
  getKey,
  parseFragment,
  stateFragment,
  type SharedState,
} from '../../src/app/url-state.ts';
import { stubModel, twoStep } from './stub-model.ts';

const state: SharedState = {
  pipeline: twoStep,
  job: 0,
  firstJob: 0,
  view: undefined,
  lang: 'zh-CN',
  present: false,
};

/** A link as the first version of the app wrote it: only `p` (and `job` when not the first). */
const OLD_LINK = `#p=${LZString.compressToEncodedURIComponent(JSON.stringify(twoStep))}&job=1`;

describe('shared links', () => {
  it('write the pipeline, language and presentation mode, and read them back', () => {
    const hash = formatFragment(stateFragment([], { ...state, job: 2, view: 'run', present: true }));
    const back = parseFragment(hash);
    expect(decodePipeline(getKey(back, 'p')!)).toEqual({
      ok: true,
      value: JSON.parse(JSON.stringify(twoStep)),
    });
    expect(getKey(back, 'job')).toBe('2');
    expect(getKey(back, 'view')).toBe('run');
    expect(getKey(back, 'lang')).toBe('zh-CN');
    expect(getKey(back, 'present')).toBe('1');
    expect(chooseLang({ link: getKey(back, 'lang'), stored: 'en', browser: ['en'] })).toBe('zh-CN');
  });

  it('leave out what is the default: the first job, the workspace, presentation off', () => {
    const hash = formatFragment(stateFragment([], state));
    expect(hash).toMatch(/^#p=[^&]+&lang=zh-CN$/);
  });

  it('replace example= by p= and keep unknown keys in their place', () => {
    const fragment = parseFragment('#example=word-count&lesson=intro&step=3');
    const hash = formatFragment(stateFragment(fragment, { ...state, lang: 'en', present: true }));
    expect(hash).toMatch(/^#lesson=intro&step=3&p=[^&]+&lang=en&present=1$/);
  });

  it('turn presentation off by dropping the key', () => {
    const on = stateFragment([], { ...state, present: true });
    expect(getKey(stateFragment(on, state), 'present')).toBeUndefined();
  });

  it('made before lang= and present= existed still open, in the remembered or browser language', () => {
    const fragment = parseFragment(OLD_LINK);
    const opened = choosePipeline(stubModel, fragment, null);
    expect(opened.problem).toBeNull();
    expect(opened.pipeline).toEqual(twoStep);
    expect(getKey(fragment, 'job')).toBe('1');
    expect(getKey(fragment, 'present')).toBeUndefined();
    expect(chooseLang({ link: getKey(fragment, 'lang'), stored: 'zh-CN', browser: ['en'] })).toBe('zh-CN');
    expect(chooseLang({ link: getKey(fragment, 'lang'), stored: null, browser: ['zh-CN'] })).toBe('zh-CN');
    expect(chooseLang({ link: getKey(fragment, 'lang'), stored: null, browser: ['en-US'] })).toBe('en');
  });

  it('of the old form gain lang= when the app writes them back, the pipeline unchanged', () => {
    const fragment = parseFragment(OLD_LINK);
    const next = stateFragment(fragment, { ...state, job: 1, lang: 'en' });
    expect(getKey(next, 'p')).toBe(getKey(fragment, 'p'));
    expect(formatFragment(next)).toBe(`${OLD_LINK}&lang=en`);
  });

  it('open #example= links of the old form', () => {
    const opened = choosePipeline(stubModel, parseFragment('#example=word-count'), { pipeline: twoStep });
    expect(opened.pipeline).toBeDefined();
  });
});
