/**
 * The shell's pages (the workspace with the lineage, the run page, the operator reference), kept
 * here so src/app/app-shell.ts stays a thin shell: which page a link names (`view=` key), the
 * header buttons that switch pages, and the run page with what it needs from the shell.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AppState } from '../app-state.ts';
import type { EventLogImport } from '../event-log-import.ts';
import type { ModelApi } from '../model-api.ts';

export type Page = 'lineage' | 'reference' | 'run';

/** The page a link's `view=` value names; the workspace for anything else. */
export function pageFromView(view: string | undefined): Page {
  return view === 'reference' || view === 'run' ? view : 'lineage';
}

/** The `view=` value that names a page (none for the workspace). */
export function viewOfPage(page: Page): string | undefined {
  return page === 'lineage' ? undefined : page;
}

/**
 * The header's "Run" and "Reference" (operator reference, its accessible name) buttons; pressing
 * the open page's button goes back.
 */
export function renderPageSwitch(page: Page, go: (page: Page) => void) {
  const button = (target: Page, label: string, title: string, name = label) =>
    html`<button
      type="button"
      data-page=${target}
      aria-label=${name}
      title=${title}
      aria-pressed=${page === target}
      @click=${() => go(page === target ? 'lineage' : target)}
    >
      ${label}
    </button>`;
  return html`${button('run', msg('Run'), msg('Watch the scheduler run the pipeline, step by step'))}
  ${button(
    'reference',
    msg('Reference'),
    msg('Every operation and action, with examples'),
    msg('Operator reference'),
  )}`;
}

/**
 * The run page for the shell's current pipeline, or the imported event log while one is open.
 * `visit` counts the links opened in the open app: a new one makes a new run page, which reads the
 * link's lesson, step, what-if settings and position as on a fresh visit.
 */
export function renderRunPage(app: AppState, model: ModelApi, importer: EventLogImport, visit = 0) {
  // Until its module arrives (a local chunk: a moment) the element is not defined yet and shows
  // nothing; Lit carries the properties set before over to the defined element.
  void loadRunPage();
  return keyed(
    visit,
    html`<sc-run-page
      .model=${model}
      .pipeline=${app.pipeline}
      .plan=${app.plan}
      .log=${importer.log}
    ></sc-run-page>`,
  );
}

/**
 * The run page (simulator, playback, timeline: about a fifth of the app's code) is loaded with
 * `import()` the first time it is shown, so it is not part of the initial JavaScript.
 */
let runPageModule: Promise<void> | null = null;
function loadRunPage(): Promise<void> {
  runPageModule ??= import('./run-page.ts').then((m) => m.defineRunPage());
  return runPageModule;
}
