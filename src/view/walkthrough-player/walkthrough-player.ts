/**
 * `<sc-walkthrough-player .lesson .stepIndex .lang>`: plays a walk-through (README
 * "Walk-throughs") one step at a time: the lesson's title, "step n of m", the step's narration,
 * its question with choices (the explanation is revealed once the reader answers), and previous,
 * next and restart. The lesson text comes from the lesson file in `lang`, always rendered as text;
 * the controls' own words go through msg().
 *
 * Contract: on previous, next or restart the player moves to the new step itself and emits
 * `sc-walkthrough-step` with `{ stepIndex, show, position }` (the step's resolved highlights and
 * playback position), for the app to apply to its views. Setting `stepIndex` from outside (a
 * shared link) emits nothing: the caller applies that step itself.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LessonLang, LessonQuestion, PreparedWalkthrough } from '../../model/index.ts';
import { emit } from '../events.ts';
import { playerStyles } from './walkthrough-player.styles.ts';

export class WalkthroughPlayer extends LitElement {
  static override styles = playerStyles;

  @property({ attribute: false }) accessor lesson: PreparedWalkthrough | null = null;
  @property({ type: Number, attribute: 'step-index' }) accessor stepIndex = 0;
  // The lesson's language ('en' or 'zh-CN'); it shadows HTMLElement.lang, so the host's lang attribute follows it.
  @property({ reflect: true }) override accessor lang: LessonLang = 'en';
  /** The reader's answer to this step's question, or null before answering. */
  @state() accessor chosen: number | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The step shown: `stepIndex` clamped to the lesson's steps. */
  get current(): number {
    const n = this.lesson?.steps.length ?? 0;
    return Math.min(Math.max(0, Math.trunc(this.stepIndex) || 0), Math.max(0, n - 1));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stepIndex') || changed.has('lesson')) this.chosen = null;
  }

  override render() {
    const lesson = this.lesson;
    if (!lesson || lesson.steps.length === 0) return html`<p>${msg('No lesson loaded.')}</p>`;
    const i = this.current;
    const n = lesson.steps.length;
    const step = lesson.steps[i]!.step;
    const t = (text: { readonly en: string; readonly 'zh-CN': string }) => text[this.lang] ?? text.en;
    return html`<section aria-label=${msg('Walk-through')} lang=${this.lang}>
      <header>
        <h2>${t(lesson.lesson.title)}</h2>
        <span class="progress-label" data-progress>${msg(str`Step ${i + 1} of ${n}`)}</span>
      </header>
      <div
        class="bar"
        role="progressbar"
        aria-label=${msg('Lesson progress')}
        aria-valuemin="1"
        aria-valuemax=${n}
        aria-valuenow=${i + 1}
      >
        <div style="width: ${((i + 1) / n) * 100}%"></div>
      </div>
      <p class="narration" data-narration aria-live="polite">${t(step.narration)}</p>
      ${step.question ? this.renderQuestion(step.question, t) : nothing}
      <nav aria-label=${msg('Lesson steps')}>
        <button class="restart" @click=${() => this.go(0)} ?disabled=${i === 0}>${msg('Restart')}</button>
        <button class="previous" @click=${() => this.go(i - 1)} ?disabled=${i === 0}>
          ${msg('Previous')}
        </button>
        <button class="next" @click=${() => this.go(i + 1)} ?disabled=${i === n - 1}>${msg('Next')}</button>
      </nav>
    </section>`;
  }

  private renderQuestion(q: LessonQuestion, t: (text: LessonQuestion['prompt']) => string) {
    const answered = this.chosen !== null;
    const right = this.chosen === q.answer;
    return html`<fieldset data-question>
      <legend>${msg('Question')}</legend>
      <div id="prompt">${t(q.prompt)}</div>
      <div class="choices" role="group" aria-labelledby="prompt">
        ${q.choices.map((c, k) => {
          const mark = !answered ? '' : k === q.answer ? 'right' : k === this.chosen ? 'wrong' : '';
          return html`<button
            class="choice ${mark}"
            data-choice=${k}
            aria-pressed=${this.chosen === k ? 'true' : 'false'}
            @click=${() => (this.chosen = k)}
          >
            ${t(c)}
          </button>`;
        })}
      </div>
      <div aria-live="polite">
        ${
          answered
            ? html`<p class="verdict" data-verdict=${right ? 'right' : 'wrong'}>
                  ${right ? msg('Right.') : msg('Not quite.')}
                </p>
                <p class="explanation" data-explanation>${t(q.explanation)}</p>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  /** Moves to step `index` (clamped) and tells the app what to show there. */
  private go(index: number): void {
    const lesson = this.lesson;
    if (!lesson) return;
    const next = Math.min(Math.max(0, index), lesson.steps.length - 1);
    const step = lesson.steps[next];
    if (!step) return;
    this.stepIndex = next;
    this.chosen = null;
    emit(this, 'sc-walkthrough-step', { stepIndex: next, show: step.show, position: step.position });
  }
}
