/**
 * `<stagecraft-app>`: the thin shell. It owns the AppState, keeps the address bar and the
 * autosave in step with it, and turns the views' events into AppState calls. Layout: the
 * composer or code on the left, the lineage with the stage graph and list in the middle, details
 * and the legend on the right; or the operator reference on its own. The interface language
 * (./i18n/) and presentation mode (./presentation/) are kept in the address bar too (`lang=`,
 * `present=1`), so "Copy link" shares them.
 */
import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineageView, StageGraph } from '../view/index.ts';
import type { RunPage } from './run/run-page.ts';
import { AppState } from './app-state.ts';
import { appShellStyles } from './app-shell.styles.ts';
import { controlStyles } from './controls.styles.ts';
import { exportView, renderExportButtons, renderStageExportButtons, type ExportKind } from './exports.ts';
import { EventLogImport } from './event-log-import.ts';
import { EXAMPLES, exampleTitle, findExample } from './examples.ts';
import { moreMenuStyles, renderMoreMenu, toggleTheme } from './header-menu.ts';
import { renderImportButton, renderNotices } from './import-banner.ts';
import { renderComposePanel, type LeftTab } from './compose-panel.ts';
import { renderLegend } from './legend.ts';
import { openLessonFromMenu, renderLessonMenu } from './lesson-menu.ts';
import { type Page, pageFromView, renderPageSwitch, renderRunPage, viewOfPage } from './run/page-switch.ts';
import { renderLanguageSwitch } from './i18n/language-switch.ts';
import { parseLang, type Lang } from './i18n/locale.ts';
import { currentLang, useLang } from './i18n/localization.ts';
import type { ModelApi } from './model-api.ts';
import { loadSaved, save, saveLang } from './persistence.ts';
import { Presentation } from './presentation/presentation.ts';
import { presentationStyles } from './presentation/presentation.styles.ts';
import { copyText, renderShareButtons } from './share.ts';
import { told } from './notice.ts';
import { handleShellKey } from './shell-keys.ts';
import { choosePipeline } from './startup.ts';
import { formatFragment, getKey, parseFragment, stateFragment } from './url-state.ts';

export class StagecraftApp extends LitElement {
  static override styles = [controlStyles, appShellStyles, moreMenuStyles, presentationStyles];

  @state() private accessor revision = 0;
  @state() private accessor tab: LeftTab = 'blocks';
  @state() private accessor page: Page = 'lineage';
  /** Links opened in the open app that named the run page: each gets a new run page, which reads it. */
  private linkVisit = 0;
  @state() private accessor uiLang: Lang = 'en';
  @query('sc-lineage-view') private accessor lineage!: LineageView | null;
  @query('sc-stage-graph') private accessor stageGraph!: StageGraph | null;
  @query('sc-run-page') private accessor runPage!: RunPage | null;
  /** The run page shows another centre view: the export buttons' titles name it. */
  private readonly retitle = () => this.requestUpdate();

  private model: ModelApi | null = null;
  /** The model API whose texts (reasons, operator notes) are in a given language. */
  private modelIn: (lang: Lang) => ModelApi = () => this.model!;
  private presentation = new Presentation(() => {
    this.toggleAttribute('presenting', this.presentation.on);
    this.changed();
  });
  private app: AppState | null = null;
  private writtenHash = '';
  /** An imported event log, shown instead of the pipeline's plan until "Back to my pipeline". */
  private importer = new EventLogImport(
    () => this.revision++,
    (text) => this.app?.setNotice({ kind: 'error', text }),
  );

  /**
   * Opens the app with the model's functions (one per language, or one for all) in `lang`, whose
   * messages must be loaded: the link, else the autosave, else the default example.
   */
  start(models: ModelApi | ((lang: Lang) => ModelApi), lang: Lang = 'en'): void {
    this.modelIn = typeof models === 'function' ? models : () => models;
    this.uiLang = lang;
    saveLang(lang);
    const model = (this.model = this.modelIn(lang));
    const fragment = parseFragment(location.hash);
    const startup = choosePipeline(model, fragment, loadSaved());
    const code =
      startup.saved?.code !== undefined
        ? { text: startup.saved.code, language: startup.saved.language ?? 'scala' }
        : undefined;
    this.app = new AppState(model, startup.pipeline, () => this.changed(), code);
    const job = Number(getKey(fragment, 'job'));
    if (Number.isInteger(job)) this.app.selectJob(job);
    this.page = pageFromView(getKey(fragment, 'view'));
    const tell = startup.problem;
    if (tell)
      this.app.setNotice(
        told(
          'error',
          () => tell(this.model!),
          () => this.model,
        ),
      );
    // Full screen needs a user gesture: from a link the mode starts without it.
    if (getKey(fragment, 'present') === '1') this.presentation.enter(false);
    this.changed();
  }

  /** Switches the interface and the model's texts to `lang`; everything else stays as it is. */
  private async setLang(lang: Lang): Promise<void> {
    try {
      await useLang(lang);
    } catch (error) {
      const why = (error as Error).message;
      this.app?.setNotice({ kind: 'error', text: msg(str`Could not load the language: ${why}`) });
      return;
    }
    this.uiLang = lang;
    saveLang(lang);
    this.model = this.modelIn(lang);
    this.app?.useModel(this.model);
    this.changed();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('sc-shown-view', this.retitle);
    this.importer.listenForDrops(window);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('hashchange', this.onHashChange);
    this.importer.dispose();
    this.presentation.dispose();
    super.disconnectedCallback();
  }

  /** After every state change: re-render, write the address bar, autosave the good pipeline. */
  private changed(): void {
    const app = this.app;
    if (!app) return;
    const hash = formatFragment(
      stateFragment(parseFragment(location.hash), {
        pipeline: app.pipeline,
        job: app.jobId,
        firstJob: app.plan.jobs[0]?.jobId ?? null,
        view: viewOfPage(this.page),
        lang: this.uiLang,
        present: this.presentation.on,
      }),
    );
    if (hash !== location.hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    this.writtenHash = location.hash;
    save({ pipeline: app.pipeline, code: app.code.text, language: app.code.language });
    this.revision++;
  }

  /**
   * A link pasted into the address bar of an open app: open what it names, as a fresh visit
   * would (its pipeline as a new undo step, its job, its page; on the run page its lesson and
   * step, what-if settings and position, read by a new run page).
   */
  private onHashChange = (): void => {
    const app = this.app;
    if (!app || location.hash === this.writtenHash) return;
    const fragment = parseFragment(location.hash);
    const lang = parseLang(getKey(fragment, 'lang'));
    if (lang && lang !== this.uiLang) void this.setLang(lang);
    if ((getKey(fragment, 'present') === '1') !== this.presentation.on) this.presentation.toggle();
    const example = getKey(fragment, 'example');
    const p = getKey(fragment, 'p');
    if (example !== undefined) this.openExample(example);
    else if (p !== undefined) {
      const startup = choosePipeline(this.model!, [['p', p]], null);
      const tell = startup.problem;
      if (tell) {
        const text = () => msg(str`${tell(this.model!)} Your previous work is still here.`);
        app.setNotice(told('error', text, () => this.model));
      } else app.open(startup.pipeline, () => msg('the link'));
    }
    const job = Number(getKey(fragment, 'job'));
    if (Number.isInteger(job)) app.selectJob(job);
    this.page = pageFromView(getKey(fragment, 'view'));
    if (this.page === 'run') this.linkVisit++;
    this.changed();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const app = this.app;
    const onWorkspace = this.page === 'lineage';
    if (app)
      handleShellKey(event, { app, onWorkspace, togglePresentation: () => this.presentation.toggle() });
  };

  private openExample(name: string): void {
    const example = findExample(name);
    if (!example) {
      const text = () => msg(str`There is no example named “${name}”.`);
      this.app?.setNotice(told('error', text, () => this.model));
    } else this.app?.open(example.json, () => msg(str`example “${name}”`));
  }

  private async export(kind: ExportKind): Promise<void> {
    const app = this.app;
    const model = this.model;
    if (!app || !model) return;
    try {
      const { lineage, stageGraph, runPage } = this;
      await exportView(kind, { app, model, lineage, stageGraph, runPage });
    } catch (error) {
      const why = (error as Error).message;
      app.setNotice({ kind: 'error', text: msg(str`Export failed: ${why}`) });
    }
  }

  /** "Copy link": the address bar already holds the whole state. */
  private async copyLink(): Promise<void> {
    const href = location.href;
    const copied = await copyText(href);
    this.app?.setNotice(
      copied
        ? { kind: 'info', text: msg('Link copied: it opens this pipeline, job, page and language.') }
        : { kind: 'error', text: msg(str`Could not copy the link; copy it from here: ${href}`) },
    );
  }

  override render() {
    const app = this.app;
    const model = this.model;
    if (!app || !model) return html``;
    return html`
      <header
        @sc-job-change=${(e: HTMLElementEventMap['sc-job-change']) => this.selectJob(app, e.detail.jobId)}
      >
        <h1>Stagecraft<span>${msg('how Spark cuts your program into stages')}</span></h1>
        <label class="group"
          ><span class="label">${msg('Example')}</span>
          <select
            aria-label=${msg('Open an example')}
            @change=${(e: Event) => {
              const select = e.target as HTMLSelectElement;
              if (select.value !== '') this.openExample(select.value);
              select.value = '';
            }}
          >
            <option value="">${msg('Examples…')}</option>
            ${EXAMPLES.map((e) => html`<option value=${e.name}>${exampleTitle(e, currentLang())}</option>`)}
          </select>
        </label>
        <sc-job-selector
          .plan=${this.shown(app).plan}
          job-id=${this.shown(app).jobId ?? nothing}
        ></sc-job-selector>
        <span class="group editing">
          <button
            type="button"
            ?disabled=${!app.canUndo}
            @click=${() => app.undo()}
            title=${msg('Undo (Ctrl+Z)')}
          >
            ${msg('Undo')}
          </button>
          <button
            type="button"
            ?disabled=${!app.canRedo}
            @click=${() => app.redo()}
            title=${msg('Redo (Ctrl+Shift+Z)')}
          >
            ${msg('Redo')}
          </button>
        </span>
        <span class="spacer"></span>
        ${renderPageSwitch(this.page, (page) => ((this.page = page), this.changed()))}
        ${renderLessonMenu(this.uiLang, (id) =>
          openLessonFromMenu(this.renderRoot, id, () => ((this.page = 'run'), this.changed())),
        )}
        ${renderLanguageSwitch(this.uiLang, (lang) => void this.setLang(lang))}
        ${renderShareButtons(
          this.presentation.on,
          () => void this.copyLink(),
          () => this.presentation.toggle(),
        )}
        ${renderMoreMenu(
          html`${renderExportButtons((kind) => void this.export(kind), this.runPage)}
            ${renderImportButton(this.importer)}
            <button
              type="button"
              data-theme-toggle
              @click=${() => (toggleTheme(), this.revision++)}
              title=${msg('Light or dark theme')}
            >
              ${msg('Theme')}
            </button>`,
        )}
      </header>
      ${renderNotices(this.importer, app.notice, () => app.setNotice(null))}
      ${this.page === 'run' ? renderRunPage(app, model, this.importer, this.linkVisit) : nothing}
      ${this.page === 'reference' ? this.renderReference() : this.page === 'lineage' ? this.renderWorkspace(app, model) : nothing}
    `;
  }

  private renderReference() {
    return html`<main class="reference">
      <sc-operator-reference
        class="panel"
        .operators=${this.model?.operators ?? []}
        @sc-open-example=${(e: CustomEvent<{ name: string }>) => {
          const note = this.model?.operators?.find((o) => o.name === e.detail.name);
          if (note?.example && this.app?.open(note.example, () => msg(str`the example of ${note.name}`))) {
            this.page = 'lineage';
            this.changed();
          }
        }}
      ></sc-operator-reference>
    </main>`;
  }

  /** What the views draw: the imported log's plan while one is open, else the pipeline's. */
  private shown(app: AppState) {
    return this.importer.shown() ?? app;
  }

  private selectJob(app: AppState, jobId: number): void {
    if (this.importer.log) this.importer.selectJob(jobId);
    else app.selectJob(jobId);
  }

  private renderWorkspace(app: AppState, model: ModelApi) {
    const shown = this.shown(app);
    return html`<main
      @sc-select=${(e: HTMLElementEventMap['sc-select']) =>
        this.importer.log ? this.importer.select(e.detail.selection) : app.select(e.detail.selection)}
      @sc-job-change=${(e: HTMLElementEventMap['sc-job-change']) => this.selectJob(app, e.detail.jobId)}
    >
      ${renderComposePanel(app, model, this.tab, (tab) => (this.tab = tab))}
      <section class="center" aria-label=${msg('Lineage and stages')}>
        <sc-lineage-view
          .plan=${shown.plan}
          job-id=${shown.jobId ?? nothing}
          .selection=${shown.selection}
          .describeReason=${model.describeReason}
        ></sc-lineage-view>
        <div class="below">
          <div class="panel">
            <h2>${msg('Stage graph')}${renderStageExportButtons((kind) => void this.export(kind))}</h2>
            <sc-stage-graph
              .plan=${shown.plan}
              job-id=${shown.jobId ?? nothing}
              .selection=${shown.selection}
            ></sc-stage-graph>
          </div>
          <div class="panel">
            <h2>${msg('Stages')}</h2>
            <sc-stage-list
              .plan=${shown.plan}
              job-id=${shown.jobId ?? nothing}
              .selection=${shown.selection}
              .describeReason=${model.describeReason}
            ></sc-stage-list>
          </div>
        </div>
      </section>
      <aside class="right">
        <div class="panel">
          <h2>${msg('Details')}</h2>
          <sc-detail-panel
            .plan=${shown.plan}
            .selection=${shown.selection}
            .describeReason=${model.describeReason}
            .lookupOperator=${model.lookupOperator ?? (() => undefined)}
          ></sc-detail-panel>
        </div>
        <div class="panel legend">
          <h2>${msg('Legend')}</h2>
          ${renderLegend()}
        </div>
      </aside>
    </main>`;
  }
}
