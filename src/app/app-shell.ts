/**
 * `<stagecraft-app>`: the thin shell. It owns the AppState, keeps the address bar and the
 * autosave in step with it, and turns the views' events into AppState calls. Layout: the
 * composer or code on the left, the lineage with the stage graph and list in the middle, details
 * and the legend on the right; or the operator reference on its own.
 */
import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineageView } from '../view/index.ts';
import { AppState } from './app-state.ts';
import { appShellStyles } from './app-shell.styles.ts';
import { download, fileStem, svgToPng } from './downloads.ts';
import { EventLogImport } from './event-log-import.ts';
import { EXAMPLES, findExample } from './examples.ts';
import { renderImportButton, renderNotices } from './import-banner.ts';
import { renderLegend } from './legend.ts';
import { type Page, pageFromView, renderPageSwitch, renderRunPage, viewOfPage } from './run/page-switch.ts';
import type { ModelApi } from './model-api.ts';
import { loadSaved, save } from './persistence.ts';
import { planMarkdown } from './plan-markdown.ts';
import { choosePipeline } from './startup.ts';
import { encodePipeline, formatFragment, getKey, parseFragment, setKey } from './url-state.ts';

type LeftTab = 'blocks' | 'code';

export class StagecraftApp extends LitElement {
  static override styles = appShellStyles;

  @state() private accessor revision = 0;
  @state() private accessor tab: LeftTab = 'blocks';
  @state() private accessor page: Page = 'lineage';
  @query('sc-lineage-view') private accessor lineage!: LineageView | null;

  private model: ModelApi | null = null;
  private app: AppState | null = null;
  private writtenHash = '';
  /** An imported event log, shown instead of the pipeline's plan until "Back to my pipeline". */
  private importer = new EventLogImport(
    () => this.revision++,
    (text) => this.app?.setNotice({ kind: 'error', text }),
  );

  /** Opens the app with the model's functions: the link, else the autosave, else the default example. */
  start(model: ModelApi): void {
    this.model = model;
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
    if (startup.problem) this.app.setNotice({ kind: 'error', text: startup.problem });
    this.changed();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('hashchange', this.onHashChange);
    this.importer.listenForDrops(window);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('hashchange', this.onHashChange);
    this.importer.dispose();
    super.disconnectedCallback();
  }

  /** After every state change: re-render, write the address bar, autosave the good pipeline. */
  private changed(): void {
    const app = this.app;
    if (!app) return;
    let fragment = parseFragment(location.hash);
    fragment = setKey(fragment, 'example', undefined);
    fragment = setKey(fragment, 'p', encodePipeline(app.pipeline));
    const firstJob = app.plan.jobs[0]?.jobId ?? null;
    fragment = setKey(
      fragment,
      'job',
      app.jobId !== null && app.jobId !== firstJob ? String(app.jobId) : undefined,
    );
    fragment = setKey(fragment, 'view', viewOfPage(this.page));
    const hash = formatFragment(fragment);
    if (hash !== location.hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    this.writtenHash = location.hash;
    save({ pipeline: app.pipeline, code: app.code.text, language: app.code.language });
    this.revision++;
  }

  /** A link pasted into the address bar of an open app: open what it names. */
  private onHashChange = (): void => {
    const app = this.app;
    if (!app || location.hash === this.writtenHash) return;
    const fragment = parseFragment(location.hash);
    const example = getKey(fragment, 'example');
    const p = getKey(fragment, 'p');
    if (example !== undefined) this.openExample(example);
    else if (p !== undefined) {
      const startup = choosePipeline(this.model!, [['p', p]], null);
      if (startup.problem)
        app.setNotice({ kind: 'error', text: `${startup.problem} Your previous work is still here.` });
      else app.open(startup.pipeline, 'the link');
    }
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const app = this.app;
    if (!app || event.altKey) return;
    // Text fields and the code editor keep their own keys (and their own undo).
    const inText = event
      .composedPath()
      .some(
        (t) =>
          t instanceof HTMLElement &&
          (t.matches('input, textarea, select, [contenteditable="true"]') ||
            t.classList.contains('cm-editor')),
      );
    if (inText) return;
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey)) {
      // Delete removes the selected RDD's operation (and what is built on it), as the ✕ does.
      const selection = app.selection;
      if ((key !== 'delete' && key !== 'backspace') || selection?.kind !== 'rdd') return;
      const name = app.plan.rdds.find((r) => r.rddId === selection.rddId)?.scope.rdd;
      if (name) app.edit({ kind: 'delete', rdd: name });
      event.preventDefault();
      return;
    }
    if (key === 'z' && !event.shiftKey) app.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') app.redo();
    else return;
    event.preventDefault();
  };

  private openExample(name: string): void {
    const example = findExample(name);
    if (!example) this.app?.setNotice({ kind: 'error', text: `There is no example named “${name}”.` });
    else this.app?.open(example.json, `example “${name}”`);
  }

  private async export(kind: 'svg' | 'png' | 'json' | 'md'): Promise<void> {
    const app = this.app;
    const model = this.model;
    if (!app || !model) return;
    const stem = fileStem(app.pipeline.name);
    try {
      if (kind === 'json')
        download(
          `${stem}.plan.json`,
          'application/json',
          `${JSON.stringify(model.toPlanOutput(app.plan), null, 2)}\n`,
        );
      else if (kind === 'md')
        download(
          `${stem}.plan.md`,
          'text/markdown',
          planMarkdown(app.pipeline, app.plan, model.describeReason),
        );
      else if (this.lineage) {
        const svg = this.lineage.exportSvg();
        if (kind === 'svg') download(`${stem}.lineage.svg`, 'image/svg+xml', svg);
        else download(`${stem}.lineage.png`, 'image/png', await svgToPng(svg));
      }
    } catch (error) {
      app.setNotice({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    }
  }

  private toggleTheme(): void {
    const root = document.documentElement;
    const dark =
      root.dataset.theme === 'dark' ||
      (root.dataset.theme === undefined && matchMedia('(prefers-color-scheme: dark)').matches);
    root.dataset.theme = dark ? 'light' : 'dark';
    this.revision++;
  }

  override render() {
    const app = this.app;
    const model = this.model;
    if (!app || !model) return html``;
    return html`
      <header
        @sc-job-change=${(e: HTMLElementEventMap['sc-job-change']) => this.selectJob(app, e.detail.jobId)}
      >
        <h1>Stagecraft<span>how Spark cuts your program into stages</span></h1>
        <label class="group"
          >Example
          <select
            aria-label="Open an example"
            @change=${(e: Event) => {
              const select = e.target as HTMLSelectElement;
              if (select.value !== '') this.openExample(select.value);
              select.value = '';
            }}
          >
            <option value="">choose…</option>
            ${EXAMPLES.map((e) => html`<option value=${e.name}>${e.title}</option>`)}
          </select>
        </label>
        <sc-job-selector
          .plan=${this.shown(app).plan}
          job-id=${this.shown(app).jobId ?? nothing}
        ></sc-job-selector>
        <span class="group">
          <button type="button" ?disabled=${!app.canUndo} @click=${() => app.undo()} title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button
            type="button"
            ?disabled=${!app.canRedo}
            @click=${() => app.redo()}
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
        </span>
        ${renderImportButton(this.importer)}
        <span class="spacer"></span>
        <span class="group" aria-label="Export">
          <span class="label">Export</span>
          <button type="button" data-export="svg" @click=${() => void this.export('svg')}>SVG</button>
          <button type="button" data-export="png" @click=${() => void this.export('png')}>PNG</button>
          <button
            type="button"
            data-export="json"
            @click=${() => void this.export('json')}
            title="The plan in the plan-output format"
          >
            JSON
          </button>
          <button type="button" data-export="md" @click=${() => void this.export('md')}>Markdown</button>
        </span>
        ${renderPageSwitch(this.page, (page) => ((this.page = page), this.changed()))}
        <button type="button" @click=${() => this.toggleTheme()} title="Light or dark theme">Theme</button>
      </header>
      ${renderNotices(this.importer, app.notice, () => app.setNotice(null))}
      ${this.page === 'run' ? renderRunPage(app, model, this.importer) : nothing}
      ${this.page === 'reference' ? this.renderReference() : this.page === 'lineage' ? this.renderWorkspace(app, model) : nothing}
    `;
  }

  /** Linked highlighting from the code: the RDD whose call holds the cursor (the innermost one). */
  private selectAtCode(app: AppState, offset: number): void {
    let best: { name: string; size: number } | null = null;
    for (const [name, span] of Object.entries(app.code.spans.rdds)) {
      if (offset < span.from || offset > span.to) continue;
      if (best === null || span.to - span.from < best.size) best = { name, size: span.to - span.from };
    }
    const planned =
      best === null ? undefined : [...app.plan.rdds].reverse().find((r) => r.scope.rdd === best.name);
    if (planned && !(app.selection?.kind === 'rdd' && app.selection.rddId === planned.rddId))
      app.select({ kind: 'rdd', rddId: planned.rddId });
  }

  /** The selected RDD's call in the code, for linked highlighting. */
  private codeHighlight(app: AppState): { from: number; to: number } | null {
    const selection = app.selection;
    if (selection === null || selection.kind === 'stage') return null;
    const name = app.plan.rdds.find((r) => r.rddId === selection.rddId)?.scope.rdd;
    return name ? (app.code.spans.rdds[name] ?? null) : null;
  }

  private renderReference() {
    return html`<main class="reference">
      <sc-operator-reference
        class="panel"
        .operators=${this.model?.operators ?? []}
        @sc-open-example=${(e: CustomEvent<{ name: string }>) => {
          const note = this.model?.operators?.find((o) => o.name === e.detail.name);
          if (note?.example && this.app?.open(note.example, `the example of ${note.name}`)) {
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
      <section class="panel left" aria-label="Compose">
        <div class="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected=${this.tab === 'blocks'}
            aria-pressed=${this.tab === 'blocks'}
            @click=${() => (this.tab = 'blocks')}
          >
            Blocks
          </button>
          <button
            type="button"
            role="tab"
            aria-selected=${this.tab === 'code'}
            aria-pressed=${this.tab === 'code'}
            @click=${() => (this.tab = 'code')}
          >
            Code
          </button>
        </div>
        ${
          this.tab === 'blocks'
            ? html`<sc-composer
                .pipeline=${app.pipeline}
                .operators=${model.operators ?? []}
                .selection=${app.selection}
                .plan=${app.plan}
                @sc-edit=${(e: HTMLElementEventMap['sc-edit']) => app.edit(e.detail.edit)}
              ></sc-composer>`
            : html`<sc-code-editor
                .code=${app.code.text}
                .language=${app.code.language}
                .diagnostics=${app.code.diagnostics}
                .highlight=${this.codeHighlight(app)}
                @sc-code-cursor=${(e: HTMLElementEventMap['sc-code-cursor']) => this.selectAtCode(app, e.detail.offset)}
                @sc-code-input=${(e: HTMLElementEventMap['sc-code-input']) => app.typeCode(e.detail.code)}
                @sc-language-change=${(e: HTMLElementEventMap['sc-language-change']) => app.setLanguage(e.detail.language)}
              ></sc-code-editor>`
        }
      </section>
      <section class="center" aria-label="Lineage and stages">
        <sc-lineage-view
          .plan=${shown.plan}
          job-id=${shown.jobId ?? nothing}
          .selection=${shown.selection}
          .describeReason=${model.describeReason}
        ></sc-lineage-view>
        <div class="below">
          <div class="panel">
            <h2>Stage graph</h2>
            <sc-stage-graph
              .plan=${shown.plan}
              job-id=${shown.jobId ?? nothing}
              .selection=${shown.selection}
            ></sc-stage-graph>
          </div>
          <div class="panel">
            <h2>Stages</h2>
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
          <h2>Details</h2>
          <sc-detail-panel
            .plan=${shown.plan}
            .selection=${shown.selection}
            .describeReason=${model.describeReason}
            .lookupOperator=${model.lookupOperator ?? (() => undefined)}
          ></sc-detail-panel>
        </div>
        <div class="panel legend">
          <h2>Legend</h2>
          ${renderLegend()}
        </div>
      </aside>
    </main>`;
  }
}
