/** The run page's centre tabs: the scheduler flow or the lineage, one shown at a time. */
import { msg } from '@lit/localize';
import { html } from 'lit';

export type CentreTab = 'flow' | 'lineage';

export function renderCentreTabs(centre: CentreTab, choose: (tab: CentreTab) => void) {
  return html`<div class="tabs" role="tablist">
    <button
      type="button"
      role="tab"
      data-tab="flow"
      aria-selected=${centre === 'flow'}
      @click=${() => choose('flow')}
    >
      ${msg('Scheduler flow')}
    </button>
    <button
      type="button"
      role="tab"
      data-tab="lineage"
      aria-selected=${centre === 'lineage'}
      @click=${() => choose('lineage')}
    >
      ${msg('Lineage')}
    </button>
  </div>`;
}
