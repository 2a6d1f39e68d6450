/**
 * The header's exports of what is on screen: the lineage or the stage graph as SVG or PNG (the
 * drawing as a standalone SVG, rasterised at twice its size for PNG), the plan as plan-output
 * JSON or Markdown. File names start with the pipeline's name. Also the buttons that ask for them.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { LineageView, StageGraph } from '../view/index.ts';
import type { AppState } from './app-state.ts';
import { download, fileStem, svgToPng } from './downloads.ts';
import type { ModelApi } from './model-api.ts';
import { planMarkdown } from './plan-markdown.ts';

export type ExportKind = 'svg' | 'png' | 'json' | 'md' | 'stages-svg' | 'stages-png';

export interface ExportSources {
  readonly app: AppState;
  readonly model: ModelApi;
  readonly lineage: LineageView | null;
  readonly stageGraph: StageGraph | null;
}

/** Saves one export as a file; throws (with the cause) when it cannot be made. */
export async function exportView(kind: ExportKind, { app, model, lineage, stageGraph }: ExportSources) {
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

/** The header's export buttons (what is hidden in presentation mode carries `editing`). */
export function renderExportButtons(run: (kind: ExportKind) => void) {
  return html`<span class="group editing" aria-label=${msg('Export')}>
    <span class="label">${msg('Export')}</span>
    <button type="button" data-export="svg" title=${msg('The lineage as SVG')} @click=${() => run('svg')}>
      SVG
    </button>
    <button type="button" data-export="png" title=${msg('The lineage as PNG')} @click=${() => run('png')}>
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
