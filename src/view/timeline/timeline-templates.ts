/**
 * The timeline's DOM parts around the canvas: the legend, the tooltip of the hovered attempt and
 * the readout of the selected (else hovered) attempt. All text goes through Lit text bindings.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { stageColor } from '../shared/stage-colors.ts';
import { PHASE_SHADES } from './paint-static.ts';
import type { TaskWords } from './task-readout.ts';

export function renderLegend(): TemplateResult {
  const base = stageColor(0);
  const swatch = (shade: string | null, label: string) =>
    html`<span
      ><span
        class="swatch"
        style="background: ${shade ? `linear-gradient(${shade}, ${shade}), ${base}` : base}"
      ></span
      >${label}</span
    >`;
  return html`<span class="legend" aria-label=${msg('Legend')}>
    ${swatch(PHASE_SHADES.schedulerDelay, msg('Scheduler delay, getting result'))}
    ${swatch(PHASE_SHADES.deserialization, msg('(De)serialization'))}
    ${swatch(PHASE_SHADES.shuffleRead, msg('Shuffle read, write'))} ${swatch(null, msg('Computing'))}
    <span
      ><span
        class="swatch"
        style="background: ${base}; border-right: 4px solid var(--sc-error, #b3261e)"
      ></span
      >${msg('failed')}</span
    >
    <span
      ><span
        class="swatch"
        style="background: repeating-linear-gradient(135deg, rgba(0,0,0,.45) 0 1.5px, transparent 1.5px 4px), ${base}"
      ></span
      >${msg('killed')}</span
    >
    <span
      ><span
        class="swatch"
        style="background: linear-gradient(135deg, var(--sc-fg, #1d232b) 40%, ${base} 40%)"
      ></span
      >${msg('speculative')}</span
    >
    <span>${msg('#n: attempt n; P/N/R/A: locality')}</span>
  </span>`;
}

/** The tooltip near the pointer, kept inside a plot of `width` × `height`: a task's, or a note's. */
export function renderTooltip(
  w: TaskWords | null,
  note: readonly string[] | null,
  at: { readonly x: number; readonly y: number } | null,
  width: number,
  height: number,
): TemplateResult | typeof nothing {
  if (!at || (!w && !note)) return nothing;
  const left = at.x + 14 + 260 > width ? Math.max(0, at.x - 270) : at.x + 14;
  const top = at.y + 16 + 60 > height ? Math.max(0, at.y - 64) : at.y + 16;
  const style = `left: ${left}px; top: ${top}px`;
  if (w)
    return html`<div class="tooltip" role="tooltip" data-task-id=${w.taskId} style=${style}>
      <div>${w.title}</div>
      <div>${w.when} · ${w.status}</div>
    </div>`;
  return html`<div class="tooltip" role="tooltip" style=${style}>
    ${(note ?? []).map((line) => html`<div>${line}</div>`)}
  </div>`;
}

/** The readout under the plot (the plot's aria-describedby target). */
export function renderReadout(w: TaskWords | null, selected: boolean, hasBars: boolean): TemplateResult {
  if (!w)
    return html`<div id="readout" class="readout empty" aria-live="polite">
      ${
        hasBars
          ? msg('Hover or click a task bar; with the timeline focused, arrow keys move between tasks.')
          : msg('No task attempts in this trace.')
      }
    </div>`;
  return html`<div
    id="readout"
    class="readout"
    aria-live="polite"
    data-task-id=${w.taskId}
    data-selected=${selected ? 'true' : 'false'}
  >
    <div>
      <strong>${w.title}</strong> · <span class=${w.failed ? 'failed' : ''}>${w.status}</span>
      ${w.marks.map((m) => html` · <span class="muted">${m}</span>`)}
    </div>
    <div>${w.where} · ${w.when}</div>
    <div class="phases">${w.phases.map((p) => html`<span>${p.name}: ${p.duration}</span>`)}</div>
  </div>`;
}
