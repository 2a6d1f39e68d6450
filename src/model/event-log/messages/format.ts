/** `formatImportMessage(m, lang)`: an import message's text in English or Simplified Chinese, made when shown. */
import { EN_IMPORT_MESSAGES } from './en.ts';
import type { ImportMessage, ImportMessageTemplates, MessageLang } from './params.ts';
import { ZH_IMPORT_MESSAGES } from './zh-cn.ts';

const TEMPLATES: Readonly<Record<MessageLang, ImportMessageTemplates>> = {
  en: EN_IMPORT_MESSAGES,
  'zh-CN': ZH_IMPORT_MESSAGES,
};

export function formatImportMessage(m: ImportMessage, lang: MessageLang = 'en'): string {
  const template = TEMPLATES[lang][m.key] as (
    p: typeof m.params,
    sub: (n: ImportMessage) => string,
  ) => string;
  return template(m.params, (n) => formatImportMessage(n, lang));
}

/** A warning with the line it is about: `line 12: …` / `第 12 行：…`. */
export function atLogLine(line: number, text: string, lang: MessageLang = 'en'): string {
  return lang === 'zh-CN' ? `第 ${line} 行：${text}` : `line ${line}: ${text}`;
}
