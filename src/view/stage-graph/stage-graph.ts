/**
 * `<sc-stage-graph>`: the selected job's stages as nodes, parent stages before children, laid
 * out with the same layered layout as the lineage. Emits `sc-select` with a stage.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Plan } from '../../model/index.ts';
import { layoutLineage, type LayoutResult } from '../../layout/index.ts';
import { onActivateKey } from '../shared/key-activate.ts';
import { emit } from '../events.ts';
import type { Selection } from '../selection.ts';
import { stageColor } from '../shared/stage-colors.ts';
import { standaloneSvg } from '../shared/svg-export.ts';

const NODE_W = 128;
const NODE_H = 40;

const stageGraphStyles = css`
  :host {
    display: block;
    font-size: 11px;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .stage-node rect {
    fill-opacity: 0.14;
    stroke-width: 1.5;
    rx: 6;
    cursor: pointer;
  }
  .stage-node.skipped rect {
    fill: var(--sc-skipped, #9aa3ad);
    stroke: var(--sc-skipped, #9aa3ad);
    stroke-dasharray: 4 3;
  }
  .stage-node.selected rect {
    stroke-width: 3;
  }
  .stage-node:focus {
    outline: none;
  }
  .stage-node:focus-visible rect {
    stroke: var(--sc-fg, #1d232b);
    stroke-width: 3;
    stroke-dasharray: 4 2;
  }
  .stage-node.active rect {
    fill-opacity: 0.4;
    stroke-width: 3;
  }
  .stage-node text {
    fill: var(--sc-fg, #1d232b);
    pointer-events: none;
  }
  .stage-node text.kind {
    fill: var(--sc-muted, #5d6775);
  }
  path {
    fill: none;
    stroke: var(--sc-shuffle, #d1495b);
    stroke-width: 1.6;
    stroke-dasharray: 5 3;
  }
`;

export class StageGraph extends LitElement {
  static override styles = stageGraphStyles;

  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ type: Number, attribute: 'job-id' }) accessor jobId: number | null = null;
  @property({ attribute: false }) accessor selection: Selection | null = null;
  /** Stages running at the playback position (the run page): drawn emphasized, `data-active`. */
  @property({ attribute: false }) accessor activeStageIds: ReadonlySet<number> = new Set();
  @state() private accessor layout: LayoutResult | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') || changed.has('jobId')) {
      const job = this.job();
      this.layout = job
        ? layoutLineage({
            direction: 'LR',
            clusters: [],
            nodes: job.stages.map((s) => ({ id: String(s.stageId), width: NODE_W, height: NODE_H })),
            edges: job.stages.flatMap((s) =>
              s.parentStageIds.map((p) => ({
                id: `${p}-${s.stageId}`,
                source: String(p),
                target: String(s.stageId),
              })),
            ),
          })
        : null;
    }
  }

  /** The drawing as a standalone SVG document, styles inlined, for export; null with no job. */
  exportSvg(): string | null {
    const svgElement = this.renderRoot.querySelector('svg');
    const layout = this.layout;
    if (!svgElement || !layout) return null;
    return standaloneSvg({
      host: this,
      svg: svgElement,
      size: { width: layout.width, height: layout.height },
      css: stageGraphStyles.cssText,
    });
  }

  private job() {
    return this.plan?.jobs.find((j) => j.jobId === this.jobId) ?? this.plan?.jobs[0];
  }

  override render() {
    const job = this.job();
    const layout = this.layout;
    if (!job || !layout) return html``;
    return html`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      role="group"
      aria-label=${msg(str`Stages of job ${job.jobId}`)}
    >
      ${[...layout.edges].map(([, points]) => svg`<path d=${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ')}></path>`)}
      ${job.stages.map((stage) => {
        const box = layout.nodes.get(String(stage.stageId));
        if (!box) return '';
        const selected = this.selection?.kind === 'stage' && this.selection.stageId === stage.stageId;
        const color = stageColor(stage.stageId);
        const kind = stage.kind === 'ShuffleMap' ? 'ShuffleMap' : 'Result';
        const tasks = stage.numTasks;
        const active = this.activeStageIds.has(stage.stageId);
        const pick = () => emit(this, 'sc-select', { selection: { kind: 'stage', stageId: stage.stageId } });
        return svg`<g class="stage-node ${stage.skipped ? 'skipped' : ''} ${selected ? 'selected' : ''} ${active ? 'active' : ''}" data-stage-node=${stage.stageId} data-active=${active ? 'true' : nothing}
            tabindex="0" role="button" aria-pressed=${selected} @click=${pick} @keydown=${onActivateKey(pick)}>
          <rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} fill=${color} stroke=${color}></rect>
          <text x=${box.x + 8} y=${box.y + 16} font-weight="600">${stage.skipped ? msg(str`Stage ${stage.stageId} (skipped)`) : msg(str`Stage ${stage.stageId}`)}</text>
          <text class="kind" x=${box.x + 8} y=${box.y + 31}>${msg(str`${kind} · ${tasks} tasks`)}</text>
        </g>`;
      })}
    </svg>`;
  }
}
