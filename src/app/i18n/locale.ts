/**
 * The interface languages and how the app picks one: a link's `lang=` key first (a shared link
 * shows what its author saw), then the language the user chose last time (remembered next to the
 * autosave), then the first of the browser's languages the app speaks, else English. Pure: the
 * caller passes the fragment's value, the stored value and `navigator.languages`.
 */

/** The interface languages; `en` is the source language of every message. */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** Each language's name in itself, as the language switch shows it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * A language the app speaks from a BCP 47 tag, or null: any `en-*` is English; any Chinese tag
 * (`zh`, `zh-CN`, `zh-Hans-SG`, also `zh-TW`, for which Simplified Chinese reads better than
 * English) is Simplified Chinese. Case does not matter.
 */
export function parseLang(tag: string | null | undefined): Lang | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'zh') return 'zh-CN';
  return null;
}

export interface LangSources {
  /** The address fragment's `lang=` value, if any. */
  readonly link?: string | undefined;
  /** The remembered choice, if any. */
  readonly stored?: string | null | undefined;
  /** `navigator.languages`, most preferred first. */
  readonly browser?: readonly string[] | undefined;
}

export function chooseLang(sources: LangSources): Lang {
  const fromLink = parseLang(sources.link);
  if (fromLink) return fromLink;
  const fromStore = parseLang(sources.stored);
  if (fromStore) return fromStore;
  for (const tag of sources.browser ?? []) {
    const lang = parseLang(tag);
    if (lang) return lang;
  }
  return 'en';
}
