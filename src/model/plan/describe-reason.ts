/** `describeReason`: a reason's text in a language, from ./reason-templates.ts. */
import type { ReasonCode } from '../lineage/reasons.ts';
import type { Reason } from './planned.ts';
import type { ReasonLanguage } from './reason-templates.ts';
import { REASON_TEMPLATES } from './reason-templates.ts';

export function describeReason(reason: Reason, lang: ReasonLanguage): string {
  const templates = REASON_TEMPLATES[reason.code as ReasonCode] as
    (typeof REASON_TEMPLATES)[ReasonCode] | undefined;
  if (templates === undefined) return reason.code;
  return templates[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = reason.params[name];
    return value === undefined ? whole : String(value);
  });
}
