/**
 * The run page's left panel: the what-if form (./what-if-panel.ts) with the notice of a link whose
 * settings could not all be read, or, for an imported event log, its measures. It folds into a
 * narrow rail (the page reflects that as `side-closed`).
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Pipeline, Plan } from '../../model/index.ts';
import { renderSummary } from './comparison-table.ts';
import type { ComparisonRow } from './run-summary.ts';
import type { RunProgress } from './simulation-runner.ts';
import { renderLinkNotice } from './what-if-link.ts';
import type { WhatIfDetail } from './what-if-panel.ts';

export interface WhatIfSectionInput {
  readonly open: boolean;
  readonly toggle: () => void;
  /** Set while an imported event log is replayed: its measures instead of the form. */
  readonly logRows: readonly ComparisonRow[] | null;
  readonly linkNotice: string | null;
  readonly pipeline: Pipeline | null;
  readonly plan: Plan | null;
  readonly comparison: readonly ComparisonRow[] | null;
  readonly progress: RunProgress | null;
  readonly failure: string | null;
  readonly run: (detail: WhatIfDetail) => void;
  readonly cancel: () => void;
}

export function renderWhatIfSection(input: WhatIfSectionInput) {
  const log = input.logRows !== null;
  return html`<section class="panel what-if" aria-label=${msg('What if')}>
    <h2>
      <button
        type="button"
        class="fold"
        aria-expanded=${input.open}
        title=${msg('What if…')}
        @click=${input.toggle}
      >
        ${input.open ? '‹' : '›'}
      </button>
      <span>${log ? msg('Imported event log') : msg('What if…')}</span>
    </h2>
    ${log ? nothing : renderLinkNotice(input.linkNotice)}
    ${
      input.logRows
        ? html`<p class="note">
              ${msg('This is the replay of an imported event log. Go back to your pipeline to simulate it on another cluster.')}
            </p>
            ${renderSummary(input.logRows)}`
        : html`<sc-what-if-panel
            .pipeline=${input.pipeline}
            .plan=${input.plan}
            .comparison=${input.comparison}
            .progress=${input.progress}
            .failure=${input.failure}
            @sc-what-if=${(e: CustomEvent<WhatIfDetail>) => input.run(e.detail)}
            @sc-what-if-cancel=${input.cancel}
          ></sc-what-if-panel>`
    }
  </section>`;
}
