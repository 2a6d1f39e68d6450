/** `formatProblem(m, lang)`: a pipeline problem's text in English or Simplified Chinese. */
import { keyedFormatter } from '../../messages/keyed.ts';
import { EN_PROBLEMS } from './en.ts';
import type { ProblemParams } from './params.ts';
import { ZH_PROBLEMS } from './zh-cn.ts';

export const formatProblem = keyedFormatter<ProblemParams>({ en: EN_PROBLEMS, 'zh-CN': ZH_PROBLEMS });
