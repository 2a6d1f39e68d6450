/**
 * `<sc-run-page>`: watch the scheduler run the current pipeline, or replay an imported event log.
 *
 * The page simulates the shell's pipeline in a Web Worker (./simulation-runner.ts) on the cluster
 * and with the faults of the what-if panel, or takes the imported log's trace; one playback
 * controller (./playback-controller.ts) holds the position every view shows: the flow view, the
 * timeline, the lineage and stage graph (running stages highlighted), and the narration with the
 * event list. The position is kept in the address bar as `t=` (events applied) and read back
 * when the page opens. Test hooks: the host carries `data-event-index` and `data-event-count`.
 */
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type NarrationLang,
  type Pipeline,
  type Plan,
  type Playback,
  type PreparedWalkthrough,
  type Trace,
  createPlayback,
  EMPTY_TRACE,
} from '../../model/index.ts';
import type { ImportedLog } from '../import-messages.ts';
import type { ModelApi } from '../model-api.ts';
import { getKey, parseFragment } from '../url-state.ts';
import { comparisonStyles } from './comparison-table.ts';
import { renderControls } from './controls.ts';
import {
  type LessonFocus,
  focusOf,
  lessonForm,
  lessonRun,
  linkedLessonRun,
  loadLesson,
  readLessonLink,
  renderLessonPanel,
  writeLessonLink,
} from './lesson-mode.ts';
import { LessonFiles, lessonKey } from './lesson-file.ts';
import { NarrationPanel } from './narration-panel.ts';
import { PlaybackDriver } from './playback-driver.ts';
import { controlStyles } from '../controls.styles.ts';
import { runPageStyles } from './run-page.styles.ts';
import { type ComparisonRow, type RunSummary, compareRuns, summarizeRun } from './run-summary.ts';
import type { RunSpec } from './simulation-messages.ts';
import { type RunProgress, SimulationRunner } from './simulation-runner.ts';
import { lessonWhatIfLink, linkedRun, readWhatIfLink, writeWhatIfLink } from './what-if-link.ts';
import { renderWhatIfSection } from './what-if-section.ts';
import { WhatIfPanel, type WhatIfDetail } from './what-if-panel.ts';
import type { WhatIfForm } from './what-if.ts';
import { renderCentre, type CentreTab } from './centre-tabs.ts';
import { RunExports, type ImageKind } from './run-exports.ts';

export class RunPage extends LitElement {
  static override styles = [controlStyles, runPageStyles, comparisonStyles];

  @property({ attribute: false }) accessor model: ModelApi | null = null;
  @property({ attribute: false }) accessor pipeline: Pipeline | null = null;
  @property({ attribute: false }) accessor plan: Plan | null = null;
  /** An imported event log: while one is open the page replays it instead of simulating. */
  @property({ attribute: false }) accessor log: ImportedLog | null = null;

  @state() private accessor trace: Trace = EMPTY_TRACE;
  @state() private accessor progress: RunProgress | null = null;
  @state() private accessor failure: string | null = null;
  @state() private accessor centre: CentreTab = 'flow';
  @state() private accessor selectedTaskId: number | null = null;
  /** The what-if panel can fold into a narrow rail, giving the centre its width (reflected as side-closed). */
  @property({ type: Boolean, attribute: 'side-closed', reflect: true }) accessor sideClosed = false;
  /**
   * Presentation mode (set on <html data-present> by the shell): the what-if form is editing
   * chrome, so it is hidden and the flow view gets its width.
   */
  @property({ type: Boolean, reflect: true }) accessor presenting = false;
  private readonly presentWatch = new MutationObserver(() => this.readPresenting());
  private readPresenting(): void {
    this.presenting = document.documentElement.hasAttribute('data-present');
  }
  private get sideOpen(): boolean {
    return !this.sideClosed;
  }
  private set sideOpen(open: boolean) {
    this.sideClosed = !open;
  }
  @state() private accessor comparison: readonly ComparisonRow[] | null = null;
  /** The walk-through being played (./lesson-mode.ts), its step, and what that step shows. */
  @state() private accessor lesson: PreparedWalkthrough | null = null;
  @state() private accessor lessonStep = 0;
  private lessonFocus: LessonFocus | null = null;
  /** The lesson the what-if form was last filled from (undefined before the first render). */
  private formLesson: PreparedWalkthrough | null | undefined = undefined;
  private readonly files = new LessonFiles(this);

  private playback: Playback = createPlayback(EMPTY_TRACE);
  private readonly driver = new PlaybackDriver(this, this.playback);
  readonly controller = this.driver.controller;
  /** The job the lineage and stage graph show: the latest active one, kept while none is. */
  private shownJob: number | null = null;
  private summary: RunSummary | null = null;
  /** The measures of what is shown, as table rows (for an imported log, which has no comparison). */
  private shownRows: readonly ComparisonRow[] = [];
  /** The position a link asked for, applied to the first trace that arrives. */
  private linkedIndex: number | null = null;
  /** A link's `cl=`/`f=` form (./what-if-link.ts), run first and then shown; what of it could not be read. */
  private linkedForm: WhatIfForm | null = null;
  private restoredForm: WhatIfForm | null = null;
  @state() private accessor linkNotice: string | null = null;
  /** The centre view's SVG/PNG exports, named by what is played and the position (./run-exports.ts). */
  readonly exports = new RunExports(this, () => ({
    name:
      this.lesson?.lesson.pipeline.name ??
      (this.log ? (this.log.appName ?? this.log.fileName) : this.pipeline?.name),
    position: this.controller.index,
  }));
  /** Saves the centre view shown as SVG or PNG (the header's export buttons). */
  exportCurrent(kind: ImageKind): Promise<void> {
    return this.exports.save(kind);
  }
  private readonly runner = new SimulationRunner({
    progress: (progress) => (this.progress = progress),
    done: (trace, spec) => this.show(trace, spec),
    failed: (message) => (this.failure = message),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const t = Number(getKey(parseFragment(location.hash), 't'));
    this.linkedIndex = Number.isInteger(t) && t >= 0 ? t : null;
    ({ form: this.linkedForm, notice: this.linkNotice } = readWhatIfLink(location.hash));
    const link = readLessonLink(location.hash) ?? this.files.readLink(location.hash);
    if (link) {
      // The lesson's link may carry the what-if form changed in it: played after the lesson's step.
      const { linkedForm: form, linkedIndex: index } = this;
      this.linkedForm = null;
      this.openLesson(link.id, link.step);
      if (form) this.restoreLessonWhatIf(form, index);
    }
    this.readPresenting();
    this.presentWatch.observe(document.documentElement, { attributeFilter: ['data-present'] });
  }

  override disconnectedCallback(): void {
    this.presentWatch.disconnect();
    this.runner.dispose();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('log') && this.log) this.show(this.log.trace, null);
    else if ((changed.has('log') || changed.has('pipeline')) && !this.log && !this.lesson && this.pipeline) {
      // A new pipeline starts a fresh comparison on the default cluster: faults named by stage ids
      // of the old plan may mean nothing in the new one.
      this.summary = null;
      this.comparison = null;
      this.whatIf?.reset();
      if (!this.restoreLinkedRun(this.pipeline))
        this.simulate({ pipeline: this.pipeline, cluster: {}, faults: [], seed: 0 });
    }
  }

  protected override updated(): void {
    this.dataset.eventIndex = String(this.controller.index);
    this.dataset.eventCount = String(this.controller.length);
    const whatIf = this.whatIf;
    if (whatIf && this.formLesson !== this.lesson) {
      this.formLesson = this.lesson;
      if (this.restoredForm) whatIf.form = this.restoredForm;
      else if (this.lesson) whatIf.form = lessonForm(this.lesson.lesson);
      else whatIf.reset();
      this.restoredForm = null;
    }
  }

  private get whatIf(): WhatIfPanel | null {
    return this.renderRoot.querySelector('sc-what-if-panel');
  }

  /** Runs the what-if form a link named, once, on the first pipeline (./what-if-link.ts): true when it ran. */
  private restoreLinkedRun(pipeline: Pipeline): boolean {
    const form = this.linkedForm;
    this.linkedForm = null;
    const run = form && this.plan ? linkedRun(form, pipeline, this.plan) : null;
    if (run && !run.ok) this.linkNotice = [this.linkNotice, run.why].filter((t) => t).join('; ');
    writeWhatIfLink(run?.ok ? form : null);
    if (!run?.ok) return false;
    this.restoredForm = form;
    this.simulate(run.spec);
    return true;
  }

  /**
   * A lesson link's what-if form, after the lesson's step is shown: the form goes into the panel
   * and its run is played at the link's position, compared with the lesson's run, as when it was
   * run by hand in the lesson; a form the lesson cannot take is named in the notice and left out.
   */
  private restoreLessonWhatIf(form: WhatIfForm, index: number | null): void {
    const lesson = this.lesson;
    const run = lesson ? linkedLessonRun(form, lesson) : null;
    if (run && !run.ok) this.linkNotice = [this.linkNotice, run.why].filter((t) => t).join('; ');
    if (!lesson || !run?.ok) return;
    writeWhatIfLink(lessonWhatIfLink(form, lessonForm(lesson.lesson)));
    this.restoredForm = form;
    this.linkedIndex = index;
    this.simulate(run.spec);
  }

  /** The what-if panel asked for a run: in a lesson, its settings over the lesson's. */
  private runWhatIf(detail: WhatIfDetail): void {
    this.linkNotice = null;
    const form = this.whatIf?.form ?? null;
    const lesson = this.lesson?.lesson;
    writeWhatIfLink(lesson && form ? lessonWhatIfLink(form, lessonForm(lesson)) : form);
    this.simulate(lesson ? lessonRun(lesson, detail) : { ...detail, seed: 0 });
  }

  private simulate(spec: RunSpec): void {
    this.failure = null;
    this.runner.run(spec);
  }

  /** A finished run or an imported log becomes what the page plays. */
  private show(trace: Trace, spec: RunSpec | null): void {
    const summary = summarizeRun(trace);
    this.comparison = spec && this.summary ? compareRuns(this.summary, summary) : null;
    this.summary = spec ? summary : null;
    this.shownRows = compareRuns(summary, summary);
    this.trace = trace;
    this.playback = createPlayback(trace);
    this.selectedTaskId = null;
    this.shownJob = null;
    this.controller.pace = spec === null ? this.controller.pace : 'events';
    const index = this.linkedIndex ?? this.controller.index;
    this.linkedIndex = null;
    this.controller.replace(this.playback, index);
  }

  /** Opens a bundled lesson at a step (or closes the lesson with null): its trace becomes what the page plays. */
  openLesson(id: string | null, step = 0): void {
    const lesson = id === null ? null : loadLesson(id);
    this.lesson = lesson;
    this.lessonFocus = null;
    writeWhatIfLink(null);
    if (!lesson) {
      writeLessonLink(null);
      if (this.pipeline && !this.log)
        this.simulate({ pipeline: this.pipeline, cluster: {}, faults: [], seed: 0 });
      return;
    }
    this.linkedIndex = null;
    this.applyLessonStep(Math.min(step, lesson.steps.length - 1));
  }

  /** Shows a lesson step: playback at its position, its view in the centre, its highlights. */
  private applyLessonStep(index: number): void {
    const lesson = this.lesson;
    const step = lesson?.steps[index];
    if (!lesson || !step) return;
    const { pipeline, cluster, faults, seed } = lesson.lesson;
    // A what-if run may have replaced the lesson's trace; its positions point into the lesson's own.
    // The form and the link go back to the lesson's settings with it, so they say what is played.
    if (this.trace !== lesson.trace) {
      this.summary = null;
      this.comparison = null;
      this.formLesson = undefined;
      writeWhatIfLink(null);
      this.show(lesson.trace, { pipeline, cluster, faults, seed });
    }
    this.lessonStep = index;
    this.lessonFocus = focusOf(step);
    this.controller.pause();
    this.controller.seek(step.position);
    this.centre = this.lessonFocus.centre;
    this.selectedTaskId = this.lessonFocus.taskId;
    writeLessonLink({ id: lessonKey(lesson), step: index });
    this.requestUpdate();
  }

  private narrationLang(): NarrationLang {
    return document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }

  override render() {
    const c = this.controller;
    const scene = this.playback.sceneAt(c.index);
    if (scene.activeJobIds.size > 0) this.shownJob = Math.max(...scene.activeJobIds);
    // A lesson step's highlights hold while playback stands at the step's position.
    const focus = this.lessonFocus?.position === c.index ? this.lessonFocus : null;
    const jobId = focus?.jobId ?? this.shownJob;
    const stageIds = focus && focus.stageIds.size > 0 ? focus.stageIds : scene.runningStageIds;
    const plan = this.lesson?.plan ?? this.log?.plan ?? this.plan;
    // The flow view and the timeline come from src/view; the page works without either.
    const flow = customElements.get('sc-flow-view') !== undefined;
    const timeline = customElements.get('sc-timeline') !== undefined;
    return html`${renderControls(c, { imported: this.log !== null, reducedMotion: c.reducedMotion })}
      <div
        class="body"
        @sc-walkthrough-step=${(e: HTMLElementEventMap['sc-walkthrough-step']) =>
          this.applyLessonStep(e.detail.stepIndex)}
        @sc-seek=${(e: HTMLElementEventMap['sc-seek']) =>
          'index' in e.detail ? c.seek(e.detail.index) : c.seekTime(e.detail.time)}
      >
        ${renderWhatIfSection({
          open: this.sideOpen,
          toggle: () => (this.sideOpen = !this.sideOpen),
          logRows: this.log ? this.shownRows : null,
          linkNotice: this.linkNotice,
          pipeline: this.lesson?.lesson.pipeline ?? this.pipeline,
          plan,
          comparison: this.comparison,
          progress: this.progress,
          failure: this.failure,
          run: (detail) => this.runWhatIf(detail),
          cancel: () => this.runner.cancel(),
        })}
        <section class="centre" aria-label=${msg('The run')}>
          ${renderCentre({
            tab: this.centre,
            choose: (tab) => (this.centre = tab),
            presenting: this.presenting,
            flow: flow
              ? html`<sc-flow-view
                  .playback=${this.playback}
                  .index=${c.index}
                  .lang=${this.narrationLang()}
                  .lessonFocus=${focus ? { stageIds: [...focus.stageIds], executorId: focus.executorId } : null}
                ></sc-flow-view>`
              : null,
            lineage: html`<sc-lineage-view
              .plan=${plan}
              job-id=${jobId ?? nothing}
              .describeReason=${this.model?.describeReason}
              .selection=${focus?.selection ?? null}
              .activeStageIds=${stageIds}
            ></sc-lineage-view>`,
            timeline: timeline
              ? html`<sc-timeline
                  .trace=${this.trace}
                  .time=${c.time}
                  .index=${c.index}
                  .selectedTaskId=${this.selectedTaskId}
                  @sc-select-task=${(e: HTMLElementEventMap['sc-select-task']) =>
                    (this.selectedTaskId = e.detail.taskId)}
                ></sc-timeline>`
              : null,
          })}
        </section>
        <aside class="right ${this.lesson ? 'in-lesson' : ''}">
          ${renderLessonPanel({
            lesson: this.lesson,
            step: this.lessonStep,
            lang: this.narrationLang(),
            pick: (id) => this.openLesson(id),
            files: this.files,
          })}
          <div class="panel narration">
            <h2>${msg('What happens')}</h2>
            <sc-narration-panel
              ?simulating=${this.progress !== null}
              .events=${this.trace.events}
              .index=${c.index}
              .language=${this.narrationLang()}
            ></sc-narration-panel>
          </div>
          <div class="panel stages">
            <h2>${msg('Stage graph')}</h2>
            <sc-stage-graph
              .plan=${plan}
              job-id=${jobId ?? nothing}
              .activeStageIds=${stageIds}
            ></sc-stage-graph>
          </div>
        </aside>
      </div>`;
  }
}

/** Registers the run page and its panels once. */
export function defineRunPage(): void {
  const elements: Record<string, CustomElementConstructor> = {
    'sc-run-page': RunPage,
    'sc-narration-panel': NarrationPanel,
    'sc-what-if-panel': WhatIfPanel,
  };
  for (const [name, element] of Object.entries(elements))
    if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'sc-run-page': RunPage;
    'sc-narration-panel': NarrationPanel;
    'sc-what-if-panel': WhatIfPanel;
  }
}
