// Every example pipeline has a title in 简体中文 for the example picker, and no translation is left
// over from an example that is gone.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleTitle } from '../../src/app/examples.ts';
import { EXAMPLE_TITLES_ZH } from '../../src/app/i18n/example-titles.ts';

describe('example titles', () => {
  it('every example has a Chinese title, and every Chinese title an example', () => {
    expect(Object.keys(EXAMPLE_TITLES_ZH).sort()).toEqual(EXAMPLES.map((e) => e.name).sort());
  });

  it('titles follow the interface language', () => {
    for (const e of EXAMPLES) {
      expect(exampleTitle(e, 'en')).toBe(e.title);
      expect(exampleTitle(e, 'zh-CN')).toMatch(/\p{Script=Han}/u);
    }
    const wordCount = EXAMPLES.find((e) => e.name === 'word-count');
    expect(wordCount && exampleTitle(wordCount, 'zh-CN')).toBe('词频统计');
  });
});
