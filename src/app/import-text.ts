/**
 * An import warning in the interface's language: the model's import message
 * (../model/event-log/messages/) written in English or Simplified Chinese when shown, after its
 * line. Names, values and error text from the log stay as they are; the result is plain text,
 * bound as text or as an attribute, never as HTML.
 */
import { atLogLine, formatImportMessage } from '../model/index.ts';
import type { Lang } from './i18n/locale.ts';
import type { ShownWarning } from './import-messages.ts';

export function warningText(warning: ShownWarning, lang: Lang): string {
  const text = formatImportMessage(warning.detail, lang);
  return warning.line === null ? text : atLogLine(warning.line, text, lang);
}
