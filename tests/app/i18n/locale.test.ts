import { describe, expect, it } from 'vitest';
import { chooseLang, parseLang } from '../../../src/app/i18n/locale.ts';
import { loadLang, saveLang } from '../../../src/app/persistence.ts';

/** A Storage over a Map, or one that throws like a disabled localStorage. */
function memoryStorage(failing = false): Storage {
  const map = new Map<string, string>();
  const fail = (): never => {
    throw new Error('SecurityError: storage is disabled');
  };
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => (failing ? fail() : (map.get(key) ?? null)),
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => (failing ? fail() : void map.set(key, value)),
  };
}

describe('interface language', () => {
  it('reads English and Chinese tags in any case and script', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('en-GB')).toBe('en');
    expect(parseLang('zh')).toBe('zh-CN');
    expect(parseLang('ZH-cn')).toBe('zh-CN');
    expect(parseLang('zh-Hans-SG')).toBe('zh-CN');
    expect(parseLang('zh_TW')).toBe('zh-CN');
    expect(parseLang('fr-FR')).toBeNull();
    expect(parseLang('')).toBeNull();
    expect(parseLang(undefined)).toBeNull();
  });

  it('takes the link first, then the remembered choice, then the browser, then English', () => {
    const browser = ['fr-FR', 'zh-CN', 'en'];
    expect(chooseLang({ link: 'en', stored: 'zh-CN', browser })).toBe('en');
    expect(chooseLang({ link: undefined, stored: 'zh-CN', browser: ['en-US'] })).toBe('zh-CN');
    expect(chooseLang({ stored: null, browser })).toBe('zh-CN');
    expect(chooseLang({ stored: null, browser: ['de', 'en-US', 'zh'] })).toBe('en');
    expect(chooseLang({ stored: null, browser: ['de', 'fr'] })).toBe('en');
    expect(chooseLang({})).toBe('en');
  });

  it('ignores a link or stored value it does not know', () => {
    expect(chooseLang({ link: 'klingon', stored: 'zh-CN', browser: ['en'] })).toBe('zh-CN');
    expect(chooseLang({ link: '', stored: '<script>', browser: ['zh-TW'] })).toBe('zh-CN');
  });

  it('is remembered in storage, and a first visit has nothing remembered', () => {
    const storage = memoryStorage();
    expect(loadLang(storage)).toBeNull();
    saveLang('zh-CN', storage);
    expect(loadLang(storage)).toBe('zh-CN');
    saveLang('en', storage);
    expect(loadLang(storage)).toBe('en');
    storage.setItem('stagecraft.lang.v1', 'xx');
    expect(loadLang(storage)).toBeNull();
  });

  it('is kept beside the autosave, which it does not disturb', () => {
    const storage = memoryStorage();
    storage.setItem('stagecraft.autosave.v1', '{"pipeline":{}}');
    saveLang('zh-CN', storage);
    expect(storage.getItem('stagecraft.autosave.v1')).toBe('{"pipeline":{}}');
  });

  it('survives a storage that throws', () => {
    const storage = memoryStorage(true);
    expect(() => saveLang('zh-CN', storage)).not.toThrow();
    expect(loadLang(storage)).toBeNull();
    expect(loadLang(undefined)).toBeNull();
  });
});
