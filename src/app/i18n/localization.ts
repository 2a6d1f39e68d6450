/**
 * @lit/localize in runtime mode: English is written in the source (`msg('…')`), the other
 * languages' templates are modules generated from xliff/*.xlf by `npm run i18n:build`
 * (./generated/), loaded on first use. `useLang` switches every element that called
 * `updateWhenLocaleChanges(this)`, `<html lang>` and the page title; nothing else is reloaded,
 * so no state is lost.
 */
import { configureLocalization, msg, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.ts';
import type { Lang } from './locale.ts';

type TargetLocale = (typeof targetLocales)[number];

const loaders: Readonly<Record<TargetLocale, () => Promise<LocaleModule>>> = {
  'zh-CN': () => import('./generated/zh-CN.ts'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

/** Switches the interface to `lang` (resolves once its messages are loaded) and marks `<html lang>`. */
export async function useLang(lang: Lang): Promise<void> {
  // Marked first: views that read `<html lang>` (the run page's narration) re-render on the switch.
  const before = document.documentElement.lang;
  document.documentElement.lang = lang;
  try {
    await setLocale(lang);
  } catch (error) {
    document.documentElement.lang = before;
    throw error;
  }
  document.title = msg('Stagecraft: how Spark runs your program');
  // `<html data-locale>`: the language whose messages are in place (`lang` is set before they load).
  document.documentElement.dataset['locale'] = lang;
}

/** The language the messages are in now. */
export function currentLang(): Lang {
  return getLocale() === 'zh-CN' ? 'zh-CN' : 'en';
}
