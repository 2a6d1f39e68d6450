/** `formatImportMessage(m, lang)`: an import message's text in English or Simplified Chinese, made when shown. */
import { keyedFormatter } from '../../messages/keyed.ts';
import { EN_IMPORT_MESSAGES } from './en.ts';
import type { ImportMessageParams, MessageLang } from './params.ts';
import { ZH_IMPORT_MESSAGES } from './zh-cn.ts';

export const formatImportMessage = keyedFormatter<ImportMessageParams>({
  en: EN_IMPORT_MESSAGES,
  'zh-CN': ZH_IMPORT_MESSAGES,
});

/** A warning with the line it is about: `line 12: …` / `第 12 行：…`. */
export function atLogLine(line: number, text: string, lang: MessageLang = 'en'): string {
  return lang === 'zh-CN' ? `第 ${line} 行：${text}` : `line ${line}: ${text}`;
}
