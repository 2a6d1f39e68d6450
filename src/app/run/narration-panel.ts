/**
 * `<sc-narration-panel>`: the current event explained in one or two sentences (the model's
 * `narrate`, naming the Spark class and method), and the trace's event list beside it. The list is
 * virtualized (fixed-height rows; only the rows in view and a few around them exist), so a trace of
 * hundreds of thousands of events scrolls as fast as a short one. The current event's row is
 * highlighted and kept in view; clicking a row emits `sc-seek` to the position just after it (that
 * event becomes the current one).
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type NarrationLang, type TraceEvent, narrate } from '../../model/index.ts';
import { emit } from '../../view/index.ts';
import { eventLabel, relativeTime } from './event-label.ts';
import { narrationStyles } from './narration-panel.styles.ts';

export const ROW_HEIGHT = 22;
const OVERSCAN = 8;

export class NarrationPanel extends LitElement {
  static override styles = narrationStyles;

  @property({ attribute: false }) accessor events: readonly TraceEvent[] = [];
  /** The playback position: events[index - 1] is the current one. */
  @property({ type: Number }) accessor index = 0;
  @property() accessor language: NarrationLang = 'en';
  /** A run is being simulated (said while there are no events yet). */
  @property({ type: Boolean }) accessor simulating = false;
  @state() private accessor listTop = 0;
  @state() private accessor viewHeight = 300;
  @query('.list') private accessor list!: HTMLElement | null;
  private resize = new ResizeObserver((entries) => {
    for (const entry of entries) this.viewHeight = entry.contentRect.height;
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    if (this.list) this.resize.observe(this.list);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!(changed.has('index') || changed.has('events')) || !this.list) return;
    // Keep the current row in view (with a row of margin), without moving when it already is; the
    // list jumps rather than glides, which also suits prefers-reduced-motion.
    const row = this.index - 1;
    const top = row * ROW_HEIGHT;
    const list = this.list;
    if (top < list.scrollTop + ROW_HEIGHT) list.scrollTop = Math.max(0, top - ROW_HEIGHT);
    else if (top + 2 * ROW_HEIGHT > list.scrollTop + list.clientHeight)
      list.scrollTop = top + 2 * ROW_HEIGHT - list.clientHeight;
  }

  private renderNarration() {
    const current = this.events[this.index - 1];
    if (!current)
      return html`<p class="narration" data-event-index="0">
        ${
          this.events.length === 0
            ? this.simulating
              ? msg('Simulating the pipeline…')
              : msg('No run yet.')
            : msg(
                str`Before the first event. Press play or → to step through the ${this.events.length} events.`,
              )
        }
      </p>`;
    // The narration opens with the acting class and method ("DAGScheduler.submitStage: …"); it is
    // shown as the heading, the sentence below it.
    const text = narrate(current, this.language);
    const m = /^([\w.$]+)[:：]\s*([\s\S]*)$/.exec(text);
    return html`<p class="narration" data-event-index=${this.index}>
      <span class="where">${m ? m[1] : eventLabel(current)}</span>
      ${m ? m[2] : text}
    </p>`;
  }

  override render() {
    const n = this.events.length;
    const first = Math.max(0, Math.floor(this.listTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(n, Math.ceil((this.listTop + this.viewHeight) / ROW_HEIGHT) + OVERSCAN);
    const start = this.events[0]?.time ?? 0;
    const rows = [];
    for (let i = first; i < last; i++) {
      const e = this.events[i] as TraceEvent;
      rows.push(
        html`<li
          role="option"
          aria-selected=${i === this.index - 1}
          class=${i === this.index - 1 ? 'current' : i < this.index ? 'done' : nothing}
          style="top:${i * ROW_HEIGHT}px"
          data-index=${i}
          @click=${() => emit(this, 'sc-seek', { index: i + 1 })}
        >
          <span class="n">${i + 1}</span><span class="t">${relativeTime(e.time, start)}</span
          ><span class="label">${eventLabel(e)}</span>
        </li>`,
      );
    }
    return html`${this.renderNarration()}
      <div
        class="list"
        tabindex="0"
        @scroll=${(e: Event) => (this.listTop = (e.target as HTMLElement).scrollTop)}
      >
        <ol role="listbox" aria-label=${msg('Events of the run')} style="height:${n * ROW_HEIGHT}px">
          ${rows}
        </ol>
      </div>`;
  }
}
