/**
 * `<sc-lineage-view>`: the RDD lineage of a plan with the selected job's stages as clusters.
 *
 * Test hooks (stable): every stage cluster `g[data-stage-id]` (skipped stages too, with
 * `data-skipped`), every RDD node `g[data-rdd-id]`, every dependency edge
 * `g[data-dep-type="narrow"|"shuffle"]`, all present as soon as a plan is set. A lineage of more than
 * `WINDOWED_ABOVE` RDDs is drawn by window (./visible-scene.ts): then only what is on screen, and
 * a screen's margin around it, is in the DOM, and the automatic direction comes from the graph's
 * shape, so it is laid out once.
 * Emits `sc-select`. Zoom and pan are d3-zoom's; d3 alone owns the viewport's transform.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, svg, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { Plan, PlannedJob } from '../../model/index.ts';
import { estimateSizes, lineageGraph, type LayoutDirection } from '../../layout/index.ts';
import { emit } from '../events.ts';
import { onActivateKey } from '../shared/key-activate.ts';
import { sameSelection, type Selection } from '../selection.ts';
import { rawReason, truncate, type DescribeReason } from '../shared/labels.ts';
import { standaloneSvg } from '../shared/svg-export.ts';
import {
  buildScene,
  type LineageScene,
  type SceneEdge,
  type SceneNode,
  type SceneStage,
} from './lineage-scene.ts';
import { lineageViewStyles, partitionStyles } from './lineage-view.styles.ts';
import { partitionScene, type PartitionScene } from './partition-scene.ts';
import { renderPartitions } from './partition-template.ts';
import { WINDOWED_ABOVE, covers, visibleScene, windowAround, type Window } from './visible-scene.ts';
import { MIN_FIT, arrowMarkers, badgeWidth, edgePath, rawFit } from './drawing.ts';

export class LineageView extends LitElement {
  static override styles = [lineageViewStyles, partitionStyles];

  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ type: Number, attribute: 'job-id' }) accessor jobId: number | null = null;
  @property({ attribute: false }) accessor selection: Selection | null = null;
  /** `auto` picks left-to-right or top-to-bottom, whichever shows the drawing larger in the view. */
  @property({ reflect: true }) accessor direction: LayoutDirection | 'auto' = 'auto';
  /** Show partitions as cells (only for plans small enough to read). */
  @property({ type: Boolean, attribute: 'partition-mode' }) accessor partitionMode = false;
  @property({ attribute: false }) accessor describeReason: DescribeReason = rawReason;
  /** Stages running at the playback position (the run page): drawn emphasized, `data-active`. */
  @property({ attribute: false }) accessor activeStageIds: ReadonlySet<number> = new Set();

  @state() private accessor scene: LineageScene | null = null;
  @state() private accessor partitions: PartitionScene | null = null;
  @query('svg.canvas') private accessor canvas!: SVGSVGElement;
  @query('g.viewport') private accessor viewport!: SVGGElement;

  private zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  /** Scenes of the current plan, job and wording by direction: a resize that keeps the direction lays out nothing. */
  private readonly scenes = new Map<LayoutDirection, LineageScene>();
  /** The window of a large scene that is drawn, or null to draw around the fitted view. */
  private drawn: Window | null = null;
  /** Draw a large scene whole (for export). */
  private drawAll = false;
  /**
   * When the view gets its size (first observation) or changes it: the automatic direction is
   * chosen again and the drawing refitted. Running here, outside Lit's update, keeps the update
   * cycle to one pass.
   */
  private readonly resize = new ResizeObserver(() => this.onResize());
  private needsFit = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('plan') ||
      changed.has('jobId') ||
      changed.has('direction') ||
      changed.has('describeReason')
    ) {
      if (changed.has('plan') || changed.has('jobId') || changed.has('describeReason')) this.scenes.clear();
      this.drawn = null;
      this.scene = this.plan ? this.chooseScene(this.plan) : null;
      this.needsFit = true;
    }
    if (changed.has('partitionMode') || (this.partitionMode && this.needsFit)) {
      this.partitions =
        this.partitionMode && this.scene && this.plan ? partitionScene(this.plan, this.scene) : null;
      this.needsFit = true;
    }
  }

  private chooseScene(plan: Plan): LineageScene {
    const job = plan.jobs.find((j) => j.jobId === this.jobId) ?? plan.jobs[0];
    if (this.direction !== 'auto') return this.sceneFor(plan, job, this.direction);
    const width = this.canvas?.clientWidth ?? 0;
    const height = this.canvas?.clientHeight ?? 0;
    if (plan.rdds.length > WINDOWED_ABOVE) {
      // Before the canvas has a size (the first update), the host's or the window's stands in,
      // so the layout made now is usually the one the first resize observation keeps.
      const w = width || this.clientWidth || window.innerWidth;
      const h = height || this.clientHeight || window.innerHeight;
      const size = estimateSizes(lineageGraph(plan, job, 'LR').input);
      const tb = rawFit(size.TB, w, h) > rawFit(size.LR, w, h);
      return this.sceneFor(plan, job, tb ? 'TB' : 'LR');
    }
    const wide = this.sceneFor(plan, job, 'LR');
    if (width === 0 || height === 0 || rawFit(wide, width, height) >= 0.85) return wide;
    const tall = this.sceneFor(plan, job, 'TB');
    return rawFit(tall, width, height) > rawFit(wide, width, height) ? tall : wide;
  }

  private sceneFor(plan: Plan, job: PlannedJob | undefined, direction: LayoutDirection): LineageScene {
    const known = this.scenes.get(direction);
    if (known) return known;
    const scene = buildScene(plan, job, direction, this.describeReason);
    this.scenes.set(direction, scene);
    return scene;
  }

  /**
   * The zoom that fits `size` into the view: at most 1:1 for RDD boxes (up to 1.6 for the small
   * partition cells), and never below `MIN_FIT`, where text stops being readable; a larger
   * drawing is then shown from its start and panned.
   */
  private fitScale(size: { width: number; height: number }, width: number, height: number): number {
    return Math.max(MIN_FIT, Math.min(this.partitions ? 1.6 : 1, rawFit(size, width, height)));
  }

  protected override firstUpdated(): void {
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 4])
      .on('zoom', (event: { transform: { toString(): string } }) => {
        this.viewport.setAttribute('transform', event.transform.toString());
        this.followWindow(event.transform as unknown as { x: number; y: number; k: number });
      });
    select(this.canvas).call(this.zoomBehavior).on('dblclick.zoom', null);
    this.resize.observe(this.canvas);
  }

  private onResize(): void {
    if (this.direction === 'auto' && this.plan && this.scene) {
      const next = this.chooseScene(this.plan);
      if (next.width !== this.scene.width || next.height !== this.scene.height) {
        this.scene = next;
        this.drawn = null;
        this.needsFit = true;
        return;
      }
    }
    this.fit();
  }

  protected override updated(): void {
    if (this.needsFit) {
      this.needsFit = false;
      this.fit();
    }
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.resize.observe(this.canvas);
  }

  /** Scale and centre the drawing into the visible area (at most 1:1 so text stays crisp). */
  fit(): void {
    const scene = this.scene;
    if (!scene || !this.zoomBehavior) return;
    const { x, y, k } = this.fitTransform(scene);
    select(this.canvas).call(this.zoomBehavior.transform, zoomIdentity.translate(x, y).scale(k));
  }

  private fitTransform(scene: LineageScene): { x: number; y: number; k: number } {
    const size = this.contentSize(scene);
    const width = this.canvas?.clientWidth || 800;
    const height = this.canvas?.clientHeight || 500;
    const k = this.fitScale(size, width, height);
    const x = Math.max(8, (width - size.width * k) / 2);
    const y = 40 + Math.max(0, (height - 48 - size.height * k) / 2);
    return { x, y, k };
  }

  /** A large scene: the part to draw, around the fitted view until the user pans or zooms. */
  private windowOf(scene: LineageScene): LineageScene {
    if (this.drawAll || scene.nodes.length <= WINDOWED_ABOVE) return scene;
    this.drawn ??= windowAround(
      this.fitTransform(scene),
      this.canvas?.clientWidth || 800,
      this.canvas?.clientHeight || 500,
    );
    return visibleScene(scene, this.drawn);
  }

  /** Panning or zooming out of the drawn window draws the window around the new view. */
  private followWindow(transform: { x: number; y: number; k: number }): void {
    const scene = this.scene;
    if (!scene || this.partitions || scene.nodes.length <= WINDOWED_ABOVE || this.drawn === null) return;
    const width = this.canvas.clientWidth || 800;
    const height = this.canvas.clientHeight || 500;
    if (covers(this.drawn, transform, width, height)) return;
    this.drawn = windowAround(transform, width, height);
    this.requestUpdate();
  }

  private contentSize(scene: LineageScene): { width: number; height: number } {
    return this.partitions ? { width: this.partitions.width, height: this.partitions.height } : scene;
  }

  /** The drawing as a standalone SVG document, styles inlined, for export. */
  exportSvg(): string {
    const scene = this.scene;
    const windowed = scene !== null && !this.partitions && scene.nodes.length > WINDOWED_ABOVE;
    if (windowed) {
      // The export holds the whole drawing: render it whole once, synchronously.
      this.drawAll = true;
      this.requestUpdate();
      this.performUpdate();
    }
    const text = standaloneSvg({
      host: this,
      svg: this.canvas,
      size: scene ? this.contentSize(scene) : { width: 400, height: 200 },
      css: `${lineageViewStyles.cssText}\n${partitionStyles.cssText}`,
      viewport: 'g.viewport',
    });
    if (windowed) {
      this.drawAll = false;
      this.requestUpdate();
    }
    return text;
  }

  override render() {
    const scene = this.scene;
    return html`
      <svg
        class="canvas"
        role="group"
        aria-label=${scene ? msg(str`RDD lineage: ${scene.nodes.length} RDDs in ${scene.stages.length} stages`) : msg('RDD lineage')}
        @click=${this.onBackgroundClick}
      >
        ${arrowMarkers}
        <g class="viewport">
          ${scene ? (this.partitions ? renderPartitions(this.partitions) : this.renderScene(this.windowOf(scene))) : nothing}
        </g>
      </svg>
      ${scene ? nothing : html`<div class="empty">${msg('No pipeline yet: add a source or open an example.')}</div>`}
      <div class="toolbar">
        <button type="button" @click=${() => this.fit()} title=${msg('Fit the drawing to the view')}>
          ${msg('Fit')}
        </button>
        <select
          aria-label=${msg('Layout direction')}
          title=${msg('Lay out left to right or top to bottom')}
          @change=${(e: Event) => (this.direction = (e.target as HTMLSelectElement).value as LayoutDirection | 'auto')}
        >
          <option value="auto" ?selected=${this.direction === 'auto'}>${msg('Layout: auto')}</option>
          <option value="LR" ?selected=${this.direction === 'LR'}>${msg('Left → right')}</option>
          <option value="TB" ?selected=${this.direction === 'TB'}>${msg('Top ↓ bottom')}</option>
        </select>
        <button
          type="button"
          aria-pressed=${this.partitionMode}
          @click=${() => (this.partitionMode = !this.partitionMode)}
          title=${msg("Show each RDD's partitions and how dependencies connect them")}
        >
          ${msg('Partitions')}
        </button>
      </div>
    `;
  }

  private renderScene(scene: LineageScene): SVGTemplateResult {
    return svg`
      <g class="stages">${scene.stages.map((s) => this.renderStage(s))}</g>
      <g class="scopes">${scene.scopes.map(
        (
          s,
        ) => svg`<g class="scope"><rect x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height}></rect>
          <text x=${s.box.x + 8} y=${s.box.y + 14}>${truncate(s.label, 30)}</text></g>`,
      )}</g>
      <g class="edges">${scene.edges.map((e) => this.renderEdge(e))}</g>
      <g class="stage-labels">${scene.stages.map((s) => this.renderStageLabel(s))}</g>
      <g class="nodes">${scene.nodes.map((n) => this.renderNode(n))}</g>
    `;
  }

  private renderStage(stage: SceneStage): SVGTemplateResult {
    const selected = this.selection?.kind === 'stage' && this.selection.stageId === stage.stageId;
    const { x, y, width, height } = stage.box;
    const active = this.activeStageIds.has(stage.stageId);
    const pick = (e: Event) => this.select(e, { kind: 'stage', stageId: stage.stageId });
    // A button in the tab order like an RDD node; its <title> (the stage's label) names it.
    return svg`<g class="stage ${stage.skipped ? 'skipped' : ''} ${selected ? 'selected' : ''} ${active ? 'active' : ''}"
        data-stage-id=${stage.stageId} data-skipped=${stage.skipped ? 'true' : nothing} data-active=${active ? 'true' : nothing}
        tabindex="0" role="button" aria-pressed=${selected} @click=${pick} @keydown=${onActivateKey(pick)}>
      <title>${stage.skipped ? `${stage.label}: ${stage.skipText}` : stage.label}</title>
      <rect class="frame" x=${x} y=${y} width=${width} height=${height} fill=${stage.color} stroke=${stage.color}></rect>
    </g>`;
  }

  /** Stage labels sit above the edges (with a halo), so an edge entering a stage never hides one. */
  private renderStageLabel(stage: SceneStage): SVGTemplateResult {
    const { x, y, width } = stage.box;
    return svg`<text class="stage-label ${stage.skipped ? 'skipped' : ''}" data-stage-label=${stage.stageId} x=${x + 8} y=${y + 15}
        fill=${stage.skipped ? 'var(--sc-muted, #5d6775)' : stage.color}
        @click=${(e: Event) => this.select(e, { kind: 'stage', stageId: stage.stageId })}>${truncate(stage.label, Math.max(12, Math.floor((width - 12) / 6.6)))}</text>`;
  }

  private renderEdge(edge: SceneEdge): SVGTemplateResult {
    const selected = sameSelection(this.selection, { kind: 'dep', rddId: edge.rddId, index: edge.index });
    const d = edgePath(edge.points as { x: number; y: number }[]) ?? '';
    return svg`<g class="edge ${selected ? 'selected' : ''}" data-dep-type=${edge.type} data-edge-id=${edge.id}
        @click=${(e: Event) => this.select(e, { kind: 'dep', rddId: edge.rddId, index: edge.index })}>
      <title>${edge.type === 'shuffle' ? msg(str`Shuffle: ${edge.reason}`) : msg(str`Narrow (${edge.sparkType}): ${edge.reason}`)}</title>
      <path class="hit" d=${d}></path>
      <path class="line" d=${d} marker-end=${`url(#arrow-${edge.type})`}></path>
    </g>`;
  }

  private renderNode(node: SceneNode): SVGTemplateResult {
    const selected = sameSelection(this.selection, { kind: 'rdd', rddId: node.rddId });
    const { x, y, width, height } = node.box;
    const badges: { text: string; color: string }[] = [];
    if (node.cached)
      badges.push({
        text: node.cached === 'MEMORY_ONLY' ? msg('cached') : msg(str`persist ${node.cached}`),
        color: '#2a9d8f',
      });
    if (node.checkpointed) badges.push({ text: msg('checkpoint'), color: '#7b5ea7' });
    let badgeX = x + width;
    const pick = (e: Event) => this.select(e, { kind: 'rdd', rddId: node.rddId });
    return svg`<g class="node ${node.inJob ? '' : 'out-of-job'} ${selected ? 'selected' : ''}" data-rdd-id=${node.rddId}
        tabindex="0" role="button" aria-pressed=${selected} @click=${pick} @keydown=${onActivateKey(pick)}>
      <title>${[
        node.title,
        node.operation,
        node.detail,
        ...(node.cached ? [msg(str`storage level ${node.cached}`)] : []),
        ...(node.checkpointed ? [msg('checkpointed')] : []),
      ].join('\n')}</title>
      ${node.deps.length > 0 ? svg`<desc>${node.deps.join('\n')}</desc>` : nothing}
      <rect class="body" x=${x} y=${y} width=${width} height=${height}></rect>
      ${node.color ? svg`<rect class="band" x=${x + 3} y=${y + 6} width="4" height=${height - 12} fill=${node.color}></rect>` : nothing}
      <text class="title" x=${x + 13} y=${y + 18}>${truncate(node.title, 25)}</text>
      <text class="op" x=${x + 13} y=${y + 35}>${truncate(node.operation, 27)}</text>
      <text class="meta" x=${x + 13} y=${y + 52}>${truncate(node.detail, 30)}</text>
      ${badges.map((b) => {
        const w = badgeWidth(b.text);
        badgeX -= w + 4;
        return svg`<g class="badge"><rect x=${badgeX + 4} y=${y - 8} width=${w} height="15" fill=${b.color}></rect>
          <text x=${badgeX + 10} y=${y + 3}>${b.text}</text></g>`;
      })}
    </g>`;
  }

  private select(event: Event, selection: Selection): void {
    event.stopPropagation();
    emit(this, 'sc-select', { selection: sameSelection(this.selection, selection) ? null : selection });
  }

  private onBackgroundClick = (event: Event): void => {
    if (event.defaultPrevented) return;
    if (this.selection !== null) emit(this, 'sc-select', { selection: null });
  };
}
