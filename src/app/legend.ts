// The legend: what each mark of the lineage view means.
import { msg } from '@lit/localize';
import { html, svg } from 'lit';

const swatch = (content: ReturnType<typeof svg>) =>
  html`<svg width="34" height="16" aria-hidden="true">${content}</svg>`;

export function renderLegend() {
  return html`<ul>
    <li>
      ${swatch(svg`<line x1="2" y1="8" x2="32" y2="8" stroke="var(--sc-narrow)" stroke-width="1.5"></line>`)}${msg(
        'narrow dependency: same task, no data moves',
      )}
    </li>
    <li>
      ${swatch(svg`<line x1="2" y1="8" x2="32" y2="8" stroke="var(--sc-shuffle)" stroke-width="2.6" stroke-dasharray="7 4"></line>`)}${msg(
        'shuffle dependency: a stage boundary',
      )}
    </li>
    <li>
      ${swatch(svg`<rect x="2" y="2" width="30" height="12" rx="3" fill="#4e79a7" fill-opacity="0.12" stroke="#4e79a7"></rect>`)}${msg(
        'stage (colour per stage)',
      )}
    </li>
    <li>
      ${swatch(svg`<rect x="2" y="2" width="30" height="12" rx="3" fill="var(--sc-skipped)" fill-opacity="0.12" stroke="var(--sc-skipped)" stroke-dasharray="4 3"></rect>`)}${msg(
        'skipped stage: output already there',
      )}
    </li>
    <li>
      ${swatch(svg`<rect x="2" y="2" width="30" height="12" rx="3" fill="none" stroke="var(--sc-scope)" stroke-dasharray="2 3"></rect>`)}${msg(
        'RDDs of one operation',
      )}
    </li>
    <li>
      ${swatch(svg`<rect x="2" y="1" width="30" height="14" rx="7" fill="#2a9d8f"></rect>`)}${msg(
        'cached / persisted RDD',
      )}
    </li>
    <li>
      ${swatch(svg`<rect x="2" y="1" width="30" height="14" rx="7" fill="#7b5ea7"></rect>`)}${msg('checkpointed RDD')}
    </li>
  </ul>`;
}
