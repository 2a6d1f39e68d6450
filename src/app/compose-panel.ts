/**
 * The workspace's left panel: the blocks composer or the Spark code editor, in tabs, and the
 * linked highlighting between the code and the lineage (the RDD whose call holds the cursor is
 * selected; the selected RDD's call is highlighted). Hidden in presentation mode.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { AppState } from './app-state.ts';
import type { ModelApi } from './model-api.ts';

export type LeftTab = 'blocks' | 'code';

export function renderComposePanel(
  app: AppState,
  model: ModelApi,
  tab: LeftTab,
  setTab: (tab: LeftTab) => void,
) {
  return html`<section class="panel left" aria-label=${msg('Compose')}>
    <div class="tabs" role="tablist">
      <button type="button" role="tab" aria-selected=${tab === 'blocks'} @click=${() => setTab('blocks')}>
        ${msg('Blocks')}
      </button>
      <button type="button" role="tab" aria-selected=${tab === 'code'} @click=${() => setTab('code')}>
        ${msg('Code')}
      </button>
    </div>
    ${
      tab === 'blocks'
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
            .highlight=${codeHighlight(app)}
            @sc-code-cursor=${(e: HTMLElementEventMap['sc-code-cursor']) => selectAtCode(app, e.detail.offset)}
            @sc-code-input=${(e: HTMLElementEventMap['sc-code-input']) => app.typeCode(e.detail.code)}
            @sc-language-change=${(e: HTMLElementEventMap['sc-language-change']) => app.setLanguage(e.detail.language)}
          ></sc-code-editor>`
    }
  </section>`;
}

/** Linked highlighting from the code: the RDD whose call holds the cursor (the innermost one). */
export function selectAtCode(app: AppState, offset: number): void {
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
export function codeHighlight(app: AppState): { from: number; to: number } | null {
  const selection = app.selection;
  if (selection === null || selection.kind === 'stage') return null;
  const name = app.plan.rdds.find((r) => r.rddId === selection.rddId)?.scope.rdd;
  return name ? (app.code.spans.rdds[name] ?? null) : null;
}
