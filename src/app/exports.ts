/**
 * The header's exports of what is on screen: the current view as SVG or PNG (on the workspace the
 * lineage; on the run page the centre view shown, which the run page exports itself:
 * ./run/run-exports.ts), the stage graph as SVG or PNG (the drawing as a standalone SVG,
 * rasterised at twice its size for PNG), the plan as plan-output JSON or Markdown. File names
 * start with the pipeline's name. Also the buttons that ask for them.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { LineageView, StageGraph } from '../view/index.ts';
import type { AppState } from './app-state.ts';
import { download, fileStem, svgToPng } from './downloads.ts';
import type { ModelApi } from './model-api.ts';
import { planMarkdown } from './plan-markdown.ts';
import type { CentreTab } from './run/centre-tabs.ts';
import type { RunPage } from './run/run-page.ts';

export type ExportKind = 'svg' | 'png' | 'json' | 'md' | 'stages-svg' | 'stages-png';

export interface ExportSources {
  readonly app: AppState;
  readonly model: ModelApi;
  readonly lineage: LineageView | null;
  readonly stageGraph: StageGraph | null;
  /** The run page when it is shown: SVG and PNG are then its centre view. */
  readonly runPage: RunPage | null;
}

/**
 * The run page once its module has defined it: the element is in the shell before its lazily
 * loaded module arrives (./run/page-switch.ts), and until then it has none of its members.
 */
function ready(runPage: RunPage | null): RunPage | null {
  return runPage && 'exports' in runPage ? runPage : null;
}

/** Saves one export as a file; throws (with the cause) when it cannot be made. */
export async function exportView(kind: ExportKind, sources: ExportSources) {
  const { app, model, lineage, stageGraph } = sources;
  const runPage = ready(sources.runPage);
  if (runPage && (kind === 'svg' || kind === 'png')) return runPage.exportCurrent(kind);
  const stem = fileStem(app.pipeline.name);
  if (kind === 'json') {
    const text = `${JSON.stringify(model.toPlanOutput(app.plan), null, 2)}\n`;
    download(`${stem}.plan.json`, 'application/json', text);
    return;
  }
  if (kind === 'md') {
    download(`${stem}.plan.md`, 'text/markdown', planMarkdown(app.pipeline, app.plan, model.describeReason));
    return;
  }
  const stages = kind === 'stages-svg' || kind === 'stages-png';
  const svg = stages ? stageGraph?.exportSvg() : lineage?.exportSvg();
  if (!svg) throw new Error(stages ? msg('no stage graph is shown') : msg('no lineage is shown'));
  const name = `${stem}.${stages ? 'stages' : 'lineage'}`;
  if (kind === 'svg' || kind === 'stages-svg') download(`${name}.svg`, 'image/svg+xml', svg);
  else download(`${name}.png`, 'image/png', await svgToPng(svg));
}

const TITLES: Readonly<Record<CentreTab, { svg: () => string; png: () => string }>> = {
  flow: { svg: () => msg('The scheduler flow as SVG'), png: () => msg('The scheduler flow as PNG') },
  lineage: { svg: () => msg('The lineage as SVG'), png: () => msg('The lineage as PNG') },
  timeline: { svg: () => msg('The timeline as SVG'), png: () => msg('The timeline as PNG') },
};

/**
 * The header's export buttons, titled by what SVG and PNG export: the run page's centre view when
 * `runPage` is shown, else the lineage. They stay in presentation mode (a teacher exports the view
 * being presented for slides).
 */
export function renderExportButtons(run: (kind: ExportKind) => void, runPage: RunPage | null = null) {
  const view = ready(runPage)?.exports.view ?? 'lineage';
  return html`<span class="group" aria-label=${msg('Export')}>
    <span class="label">${msg('Export')}</span>
    <button type="button" data-export="svg" title=${TITLES[view].svg()} @click=${() => run('svg')}>
      SVG
    </button>
    <button type="button" data-export="png" title=${TITLES[view].png()} @click=${() => run('png')}>
      PNG
    </button>
    <button
      type="button"
      data-export="json"
      @click=${() => run('json')}
      title=${msg('The plan in the plan-output format')}
    >
      JSON
    </button>
    <button type="button" data-export="md" @click=${() => run('md')}>Markdown</button>
  </span>`;
}

/** The stage graph panel's own SVG and PNG buttons. */
export function renderStageExportButtons(run: (kind: ExportKind) => void) {
  return html`<span class="panel-tools editing">
    <button
      type="button"
      data-export="stages-svg"
      title=${msg('The stage graph as SVG')}
      @click=${() => run('stages-svg')}
    >
      SVG
    </button>
    <button
      type="button"
      data-export="stages-png"
      title=${msg('The stage graph as PNG')}
      @click=${() => run('stages-png')}
    >
      PNG
    </button>
  </span>`;
}
