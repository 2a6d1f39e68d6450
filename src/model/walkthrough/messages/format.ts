/** `formatLessonProblem(m, lang)`: a walk-through problem's text in English or Simplified Chinese. */
import type { PathPart, ProblemList } from '../../pipeline/problems.ts';
import { EN_LESSON_PROBLEMS } from './en.ts';
import type { LessonProblem, LessonProblemTemplates, MessageLang } from './params.ts';
import { ZH_LESSON_PROBLEMS } from './zh-cn.ts';

const TEMPLATES: Readonly<Record<MessageLang, LessonProblemTemplates>> = {
  en: EN_LESSON_PROBLEMS,
  'zh-CN': ZH_LESSON_PROBLEMS,
};

export function formatLessonProblem(m: LessonProblem, lang: MessageLang = 'en'): string {
  const template = TEMPLATES[lang][m.key] as (p: typeof m.params) => string;
  return template(m.params);
}

/** Adds a walk-through problem to a list, written in the list's language. */
export function reportLesson(problems: ProblemList, path: readonly PathPart[], m: LessonProblem): void {
  problems.add(path, formatLessonProblem(m, problems.lang));
}
