/**
 * A walk-through (issue 8): a guided lesson over one simulated run. The file holds a pipeline
 * (shared/spec/pipeline.md), the cluster it runs on (ClusterOptions), optional faults (the CLI's
 * syntax) and steps. Each step says what to show, where playback is (an anchor resolved against the
 * simulated trace, so a lesson survives changes of the simulator's timing), the narration in
 * English and Simplified Chinese, and optionally a question. README "Walk-throughs" documents it.
 */
import type { Pipeline } from '../pipeline/types.ts';
import type { ClusterOptions } from '../simulation/settings.ts';
import type { Fault } from '../simulation/faults.ts';
import type { StepKind } from '../trace/scheduler-steps.ts';

/** The two languages every lesson text is written in. */
export type LessonLang = 'en' | 'zh-CN';
export const LESSON_LANGS: readonly LessonLang[] = ['en', 'zh-CN'];

/** One text in both languages. */
export interface LessonText {
  readonly en: string;
  readonly 'zh-CN': string;
}

export type LessonView = 'lineage' | 'stages' | 'flow' | 'timeline' | 'code';
export const LESSON_VIEWS: readonly LessonView[] = ['lineage', 'stages', 'flow', 'timeline', 'code'];

/** A task by what a lesson author knows: its stage, partition and attempt number (TaskInfo.attempt). */
export interface TaskRef {
  readonly stage: number;
  readonly partition: number;
  /** The task's attempt number (0 for the first try). */
  readonly attempt?: number;
  /** The stage attempt the task ran in (any when absent). */
  readonly stageAttempt?: number;
}

/** What a step shows and highlights; every id must exist in the plan or the trace. */
export interface LessonShow {
  readonly view: LessonView;
  /** Spark RDD ids (the plan's `rddId`s). */
  readonly rdds?: readonly number[];
  readonly stages?: readonly number[];
  readonly job?: number;
  readonly executor?: string;
  readonly task?: TaskRef;
}

/**
 * Where playback is: `start` (position 0), `end` (every event applied), or just after the first
 * trace event that matches (the `occurrence`-th match, counting from 1, when given).
 */
export type Anchor =
  | 'start'
  | 'end'
  | { readonly at: 'jobStart' | 'jobEnd'; readonly job: number; readonly occurrence?: number }
  | {
      readonly at: 'stageSubmitted' | 'stageCompleted';
      readonly stage: number;
      readonly attempt?: number;
      readonly occurrence?: number;
    }
  | ({ readonly at: 'taskStart' | 'taskEnd'; readonly occurrence?: number } & TaskRef)
  | {
      readonly at: 'executorAdded' | 'executorRemoved';
      readonly executor: string;
      readonly occurrence?: number;
    }
  | {
      readonly at: 'step';
      readonly step: StepKind;
      readonly job?: number;
      readonly stage?: number;
      readonly executor?: string;
      readonly occurrence?: number;
    };

export interface LessonQuestion {
  readonly prompt: LessonText;
  readonly choices: readonly LessonText[];
  /** Index into `choices` of the right answer. */
  readonly answer: number;
  readonly explanation: LessonText;
}

export interface LessonStep {
  readonly show: LessonShow;
  readonly position: Anchor;
  readonly narration: LessonText;
  readonly question?: LessonQuestion;
}

export interface Walkthrough {
  readonly version: 1;
  /** A short name made of lower-case letters, digits and `-` (the file name, and the `lesson=` key). */
  readonly id: string;
  readonly title: LessonText;
  readonly summary: LessonText;
  readonly pipeline: Pipeline;
  readonly cluster: ClusterOptions;
  readonly faults: readonly Fault[];
  /** The fault specs as written (the CLI syntax), for display and export. */
  readonly faultSpecs: readonly string[];
  /** The simulation's seed (0 when absent). */
  readonly seed: number;
  readonly steps: readonly LessonStep[];
}

/** A step's show with its task resolved to the trace's task id (TID). */
export interface ResolvedShow {
  readonly view: LessonView;
  readonly rddIds: readonly number[];
  readonly stageIds: readonly number[];
  readonly jobId: number | null;
  readonly executorId: string | null;
  readonly taskId: number | null;
}

export interface ResolvedStep {
  readonly step: LessonStep;
  readonly show: ResolvedShow;
  /** The playback position (shared playback contract: events `0 .. position-1` applied). */
  readonly position: number;
}
