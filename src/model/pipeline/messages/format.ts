/** `formatProblem(m, lang)`: a pipeline problem's text in English or Simplified Chinese. */
import { EN_PROBLEMS } from './en.ts';
import type { MessageLang, ProblemMessage, ProblemTemplates } from './params.ts';
import { ZH_PROBLEMS } from './zh-cn.ts';

const TEMPLATES: Readonly<Record<MessageLang, ProblemTemplates>> = { en: EN_PROBLEMS, 'zh-CN': ZH_PROBLEMS };

export function formatProblem(m: ProblemMessage, lang: MessageLang = 'en'): string {
  const template = TEMPLATES[lang][m.key] as (
    p: typeof m.params,
    sub: (n: ProblemMessage) => string,
  ) => string;
  return template(m.params, (n) => formatProblem(n, lang));
}
