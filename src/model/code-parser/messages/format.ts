/** `formatMessage(m, lang)`: a diagnostic's text in English or Simplified Chinese, made when shown. */
import { EN_MESSAGES } from './en.ts';
import type { Message, MessageLang, MessageTemplates } from './params.ts';
import { ZH_MESSAGES } from './zh-cn.ts';

const TEMPLATES: Readonly<Record<MessageLang, MessageTemplates>> = { en: EN_MESSAGES, 'zh-CN': ZH_MESSAGES };

export function formatMessage(m: Message, lang: MessageLang = 'en'): string {
  const templates = TEMPLATES[lang];
  const template = templates[m.key] as (p: typeof m.params, sub: (n: Message) => string) => string;
  return template(m.params, (n) => formatMessage(n, lang));
}

/** The position every diagnostic starts with: `line 3, column 14: ` / `第 3 行，第 14 列：`. */
export function atPosition(line: number, column: number, text: string, lang: MessageLang = 'en'): string {
  return lang === 'zh-CN'
    ? `第 ${line} 行，第 ${column} 列：${text}`
    : `line ${line}, column ${column}: ${text}`;
}
