import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import {
  decodePipeline,
  encodePipeline,
  formatFragment,
  getKey,
  parseFragment,
  setKey,
} from '../../src/app/url-state.ts';
import { twoStep } from './stub-model.ts';

describe('url state', () => {
  it('round-trips a pipeline through #p= exactly, + signs included', () => {
    const value = encodePipeline(twoStep);
    expect(value).toBe(LZString.compressToEncodedURIComponent(JSON.stringify(twoStep)));
    const fragment = parseFragment(formatFragment([['p', value]]));
    const decoded = decodePipeline(getKey(fragment, 'p')!);
    expect(decoded).toEqual({ ok: true, value: JSON.parse(JSON.stringify(twoStep)) });
    const plus = encodePipeline({ text: '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~' });
    expect(decodePipeline(getKey(parseFragment(`#p=${plus}`), 'p')!).ok).toBe(true);
  });

  it('keeps keys it does not know, in their place', () => {
    const fragment = parseFragment('#p=abc&job=2&lesson=intro');
    const next = setKey(setKey(fragment, 'p', 'xyz'), 'job', undefined);
    expect(formatFragment(next)).toBe('#p=xyz&lesson=intro');
  });

  it('reads #example=NAME', () => {
    expect(getKey(parseFragment('#example=word-count'), 'example')).toBe('word-count');
  });

  it('says why a cut-short link cannot be read', () => {
    const result = decodePipeline('NoIgxgFg');
    expect(result.ok).toBe(false);
  });
});
