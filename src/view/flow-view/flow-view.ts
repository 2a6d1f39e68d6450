/**
 * `<sc-flow-view .playback .index .lang>`: the scheduler at one playback position (issue 7). The
 * driver (runJob and the JobWaiters, the DAGScheduler's event loop and stages by state, the
 * TaskScheduler's pools and TaskSetManagers, the backend's offers) above or inside the cluster as
 * the deploy mode puts it; the executors with one slot per core and their block managers; tasks
 * as tokens that move between them. A pure function of (playback, index): stepping back redraws
 * the earlier scene exactly.
 *
 * Test hooks: `data-event-index` and `data-event-count` on the host, `data-task-id` on tokens,
 * `data-executor-id` on executors, `data-focus`/`data-focus-id` on the rings of a lesson's focus.
 */
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Playback, Scene } from '../../model/index.ts';
import { standaloneSvg } from '../shared/svg-export.ts';
import { themeTokens } from '../shared/theme.styles.ts';
import { renderCluster, renderFetches } from './cluster-parts.ts';
import {
  fitLines,
  renderBackend,
  renderDag,
  renderFaults,
  renderJobs,
  renderScheduler,
} from './driver-parts.ts';
import { deployLabel } from './flow-labels.ts';
import { renderFocus, type FlowFocus } from './focus-parts.ts';
import { layoutFlow, layoutWidth, type FlowLayout } from './flow-layout.ts';
import { flowViewStyles } from './flow-view.styles.ts';
import { renderTokens } from './token-parts.ts';

export class FlowView extends LitElement {
  static override styles = [themeTokens, flowViewStyles];

  @property({ attribute: false }) accessor playback: Playback | null = null;
  @property({ type: Number }) accessor index = 0;
  @property({ reflect: true }) override accessor lang: 'en' | 'zh-CN' = 'en';
  /** What a lesson step points at (./focus-parts.ts): ringed, and its executor scrolled into sight. */
  @property({ attribute: false }) accessor lessonFocus: FlowFocus | null = null;

  /** The width the drawing is laid out to (./flow-layout.ts layoutWidth of the host's width). */
  @state() private accessor width = layoutWidth(0);

  private scene: Scene | null = null;
  private focusKey = 'null';
  private focusToScroll = false;
  private geometry: FlowLayout | null = null;
  // The new width is applied in the next frame: redrawing inside the observer's callback would
  // resize the host again in the same frame (a "ResizeObserver loop" error).
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = layoutWidth(entry?.contentRect.width ?? 0);
    if (width !== this.width) requestAnimationFrame(() => (this.width = width));
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The host scrolls a drawing taller than it: a labelled region in the tab order, so the keys
    // scroll it too.
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.setAttribute('role', 'region');
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('playback') || changed.has('index'))
      this.scene = this.playback ? this.playback.sceneAt(this.index) : null;
    if (changed.has('playback') || changed.has('index') || changed.has('width'))
      this.geometry = this.scene ? layoutFlow(this.scene, this.width) : null;
  }

  protected override updated(changed: PropertyValues): void {
    fitLines(this.renderRoot);
    // Only a new focus scrolls (a redraw with the same one leaves where the user scrolled to), once
    // the host has its size and the drawing its width.
    const focusKey = JSON.stringify(this.lessonFocus);
    if (changed.has('lessonFocus') && focusKey !== this.focusKey) {
      this.focusKey = focusKey;
      this.focusToScroll = this.lessonFocus !== null;
    }
    if (changed.has('width') && this.lessonFocus) this.focusToScroll = true;
    if (this.focusToScroll && this.clientHeight > 0) {
      this.focusToScroll = false;
      this.scrollToFocus();
    }
    // Kept on the host, where tests and the run page read them.
    this.dataset['eventIndex'] = String(this.scene?.index ?? 0);
    this.dataset['eventCount'] = String(this.playback?.length ?? 0);
    this.setAttribute('aria-label', msg('Scheduler flow'));
  }

  override render() {
    const scene = this.scene;
    const l = this.geometry;
    if (!scene || !l) return html`<p class="empty">${msg('Nothing to play yet.')}</p>`;
    const d = l.driver;
    const outerTitle = scene.deploy.mode === 'cluster' ? msg('Cluster') : msg('One JVM');
    return html`<svg viewBox=${`0 0 ${l.width} ${l.height}`} role="img" aria-label=${msg('Scheduler flow')}>
      <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="#4e79a7"></path>
        </marker>
        <marker
          id="arrow-red"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#c62828"></path>
        </marker>
      </defs>
      ${
        l.outer
          ? svg`<rect class="outer" x=${l.outer.x} y=${l.outer.y} width=${l.outer.w} height=${l.outer.h} rx="10"></rect>
            <text class="small muted" x=${l.outer.x + l.outer.w - 8} y=${l.outer.y + 14} text-anchor="end">${outerTitle}</text>`
          : nothing
      }
      <rect class="region" x=${d.x} y=${d.y} width=${d.w} height=${d.h} rx="8"></rect>
      <text class="region-title" x=${d.x + 10} y=${d.y + 18}>${deployLabel(scene.deploy.mode)}</text>
      ${renderJobs(scene, l)} ${renderDag(scene, l)} ${renderScheduler(scene, l)} ${renderBackend(scene, l)}
      ${renderFaults(scene, l)} ${renderCluster(scene, l)} ${renderFetches(scene, l)}
      ${renderTokens(scene, l)} ${renderFocus(this.lessonFocus, l)}
    </svg>`;
  }

  /**
   * The drawing at the current position as a standalone SVG document (../shared/svg-export.ts):
   * the whole scene, not only the part scrolled into sight, with a lesson's focus rings as drawn,
   * the styles and the theme's colours inlined. Null while there is nothing to play.
   */
  exportSvg(): string | null {
    const drawing = this.renderRoot.querySelector('svg');
    const l = this.geometry;
    if (!drawing || !l) return null;
    const size = { width: l.width, height: l.height };
    return standaloneSvg({ host: this, svg: drawing, size, css: flowViewStyles.cssText });
  }

  /** Scrolls the host (it scrolls a drawing taller than itself) so the focused executor is in sight. */
  private scrollToFocus(): void {
    const ring = this.renderRoot.querySelector('[data-focus="executor"]');
    if (!ring) return;
    const r = ring.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    if (r.bottom > host.bottom) this.scrollTop += r.bottom - host.bottom + 8;
    else if (r.top < host.top) this.scrollTop -= host.top - r.top + 8;
  }
}
