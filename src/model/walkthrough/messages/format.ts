/** `formatLessonProblem(m, lang)`: a walk-through problem's text in English or Simplified Chinese. */
import type { PathPart, ProblemList } from '../../pipeline/problems.ts';
import { keyedFormatter } from '../../messages/keyed.ts';
import { EN_LESSON_PROBLEMS } from './en.ts';
import type { LessonProblem, LessonProblemParams } from './params.ts';
import { ZH_LESSON_PROBLEMS } from './zh-cn.ts';

export const formatLessonProblem = keyedFormatter<LessonProblemParams>({
  en: EN_LESSON_PROBLEMS,
  'zh-CN': ZH_LESSON_PROBLEMS,
});

/** Adds a walk-through problem to a list, written in the list's language. */
export function reportLesson(problems: ProblemList, path: readonly PathPart[], m: LessonProblem): void {
  problems.add(path, formatLessonProblem(m, problems.lang));
}
