/** `formatMessage(m, lang)`: a diagnostic's text in English or Simplified Chinese, made when shown. */
import { keyedFormatter } from '../../messages/keyed.ts';
import { EN_MESSAGES } from './en.ts';
import type { MessageLang, MessageParams } from './params.ts';
import { ZH_MESSAGES } from './zh-cn.ts';

export const formatMessage = keyedFormatter<MessageParams>({ en: EN_MESSAGES, 'zh-CN': ZH_MESSAGES });

/** The position every diagnostic starts with: `line 3, column 14: ` / `第 3 行，第 14 列：`. */
export function atPosition(line: number, column: number, text: string, lang: MessageLang = 'en'): string {
  return lang === 'zh-CN'
    ? `第 ${line} 行，第 ${column} 列：${text}`
    : `line ${line}, column ${column}: ${text}`;
}
