/**
 * The problems of a walk-through file that are its own (not the inline pipeline's, which
 * ../../pipeline/messages/ writes) as data: a message key and its parameters, made into text in
 * English (./en.ts) or Simplified Chinese (./zh-cn.ts) by `formatLessonProblem` (./format.ts), the
 * pattern of the pipeline problems. `LessonProblemTemplates` has one template per key, so a
 * language that lacks one is a type error. Ids, anchor kinds and keys stay as written in the file.
 */
import type { FaultReason } from '../../simulation/faults.ts';
import type { Anchor, TaskRef } from '../types.ts';

import { keyed, type Keyed, type Templates } from '../../messages/keyed.ts';

export type { MessageLang } from '../../messages/keyed.ts';

export interface LessonProblemParams {
  /** A question's `answer` that is not the index of one of its choices. */
  answerIndex: { readonly count: number; readonly got: number };
  /** A step's `position` that is neither "start", "end" nor an anchor kind. */
  anchorKind: { readonly kinds: readonly string[]; readonly got: unknown };
  /** `cluster.localityWaitMs` that is neither a number nor the per-level object. */
  localityWait: { readonly got: unknown };
  /** A fault spec the simulator's parser refused, and why. */
  badFault: { readonly spec: string; readonly reason: FaultReason };
  /** The simulator refused the lesson's cluster, in its (English) words. */
  simulationCannotStart: { readonly detail: string };
  missingRdd: { readonly id: number };
  missingStage: { readonly id: number };
  missingJob: { readonly id: number };
  missingExecutor: { readonly executor: string; readonly executors: readonly string[] };
  missingTask: { readonly task: TaskRef };
  missingAnchor: { readonly anchor: Exclude<Anchor, 'start' | 'end'> };
  /** More steps or faults than a lesson played in the app may have (`what`: steps or faults). */
  tooManyEntries: { readonly what: 'steps' | 'faults'; readonly count: number; readonly limit: number };
  /** The plan has more tasks than a lesson may simulate where it is played. */
  tooManyTasks: { readonly tasks: number; readonly limit: number };
}

export type LessonProblemKey = keyof LessonProblemParams;

export type LessonProblem = Keyed<LessonProblemParams>;

export type LessonProblemTemplates = Templates<LessonProblemParams>;

export const lessonProblem = keyed<LessonProblemParams>();
