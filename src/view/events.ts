/**
 * Every event the views emit, declared once. Views never change model values: they say what the
 * user asked for and the app shell turns it into model calls.
 */
import type { ResolvedShow } from '../model/index.ts';
import type { Selection } from './selection.ts';
import type { PipelineEdit } from './composer/pipeline-edit.ts';

export interface SelectDetail {
  /** The new selection, or null to clear it. */
  readonly selection: Selection | null;
}
export interface JobChangeDetail {
  readonly jobId: number;
}
export interface CodeInputDetail {
  readonly code: string;
}
export interface CodeCursorDetail {
  /** The cursor's offset in the code, after the user moved it (click or arrow keys). */
  readonly offset: number;
}
export interface LanguageChangeDetail {
  readonly language: 'scala' | 'python';
}
export interface EditDetail {
  readonly edit: PipelineEdit;
}
export interface OpenExampleDetail {
  /** A fixture name (`word-count`) or a pipeline value, for examples from the operator reference. */
  readonly name: string;
}
/**
 * A view asks the playback controller to move: to a position (`index`, see the playback contract)
 * or to the last position whose time is at most `time` (epoch ms, as trace events carry it).
 */
export type SeekDetail = { readonly index: number } | { readonly time: number };
export interface SelectTaskDetail {
  /** Spark's task id of the selected task attempt, or null to clear the selection. */
  readonly taskId: number | null;
}

/** A walk-through moved to a step: what to show there and the playback position (README "Walk-throughs"). */
export interface WalkthroughStepDetail {
  readonly stepIndex: number;
  readonly show: ResolvedShow;
  /** The playback contract's position: events `0 .. position-1` applied. */
  readonly position: number;
}

declare global {
  interface HTMLElementEventMap {
    'sc-select': CustomEvent<SelectDetail>;
    'sc-job-change': CustomEvent<JobChangeDetail>;
    'sc-code-input': CustomEvent<CodeInputDetail>;
    'sc-code-cursor': CustomEvent<CodeCursorDetail>;
    'sc-language-change': CustomEvent<LanguageChangeDetail>;
    'sc-edit': CustomEvent<EditDetail>;
    'sc-open-example': CustomEvent<OpenExampleDetail>;
    'sc-seek': CustomEvent<SeekDetail>;
    'sc-select-task': CustomEvent<SelectTaskDetail>;
    'sc-walkthrough-step': CustomEvent<WalkthroughStepDetail>;
  }
}

/** Events bubble and cross shadow roots, so the shell hears them from any depth. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
