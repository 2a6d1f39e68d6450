/**
 * The run page's centre: the scheduler flow or the lineage, one shown at a time under tabs, with
 * the timeline below. In presentation mode the timeline is a third tab instead, so the view shown
 * gets the centre's whole height on a projector (a lesson step that shows the timeline picks it).
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

export type CentreTab = 'flow' | 'lineage' | 'timeline';

export interface CentreInput {
  /** The tab asked for; one that is not offered falls back to the flow (else the lineage). */
  readonly tab: CentreTab;
  readonly choose: (tab: CentreTab) => void;
  readonly presenting: boolean;
  /** Each view's template; null when its element is not defined (the page works without it). */
  readonly flow: TemplateResult | null;
  readonly lineage: TemplateResult;
  readonly timeline: TemplateResult | null;
}

/** The tab shown for `input`: the one asked for when offered. */
export function shownCentreTab(
  input: Pick<CentreInput, 'tab' | 'presenting' | 'flow' | 'timeline'>,
): CentreTab {
  const offered = offeredTabs(input);
  return offered.includes(input.tab) ? input.tab : input.flow ? 'flow' : 'lineage';
}

function offeredTabs(input: Pick<CentreInput, 'presenting' | 'flow' | 'timeline'>): CentreTab[] {
  const tabs: CentreTab[] = input.flow ? ['flow', 'lineage'] : ['lineage'];
  if (input.presenting && input.timeline) tabs.push('timeline');
  return tabs;
}

const LABELS: Readonly<Record<CentreTab, () => string>> = {
  flow: () => msg('Scheduler flow'),
  lineage: () => msg('Lineage'),
  timeline: () => msg('Timeline'),
};

export function renderCentre(input: CentreInput) {
  const tabs = offeredTabs(input);
  const shown = shownCentreTab(input);
  const view = shown === 'flow' ? input.flow : shown === 'timeline' ? input.timeline : input.lineage;
  const below = input.presenting ? null : input.timeline;
  return html`${
      tabs.length > 1
        ? html`<div class="tabs" role="tablist">
            ${tabs.map(
              (tab) =>
                html`<button
                  type="button"
                  role="tab"
                  data-tab=${tab}
                  aria-selected=${shown === tab}
                  @click=${() => input.choose(tab)}
                >
                  ${LABELS[tab]()}
                </button>`,
            )}
          </div>`
        : nothing
    }
    <div class="panel main-view" data-shows=${shown}>${view}</div>
    ${below ? html`<div class="panel timeline">${below}</div>` : nothing}`;
}
