/**
 * The playback bar of the run page: the buttons (start, previous stage boundary, previous event,
 * play/pause, next event, next stage boundary, end), the scrub slider, where the playback is, the
 * speed, and for imported logs the pace (event by event, or real time). Every button names its
 * keyboard shortcut in its tooltip.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { type PlaybackController, SPEEDS } from './playback-controller.ts';

export interface ControlsContext {
  /** An imported log can also play in real time (the gaps between its events as Spark had them). */
  readonly imported: boolean;
  readonly reducedMotion: boolean;
}

/** Small drawn icons (the media-control characters are missing from many fonts). */
const ICONS: Readonly<Record<string, string>> = {
  home: 'M3 3h2v10H3zM13 3v10L6 8z',
  'prev-boundary': 'M2 3h2v10H2zM9 3v10L4 8zM15 3v10L10 8z',
  'step-back': 'M12 3v10L5 8z',
  step: 'M4 3v10l7-5z',
  'next-boundary': 'M1 3v10l5-5zM7 3v10l5-5zM12 3h2v10h-2z',
  end: 'M3 3v10l7-5zM11 3h2v10h-2z',
};

function icon(name: string) {
  return html`<svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<path d=${ICONS[name] ?? ''} fill="currentColor"></path>`}
  </svg>`;
}

export function renderControls(c: PlaybackController, context: ControlsContext) {
  const n = c.length;
  const at = c.index;
  const start = c.length === 0 ? 0 : c.timeAt(0);
  const button = (action: string, title: string, run: () => void, disabled: boolean) =>
    html`<button
      type="button"
      class="icon"
      data-action=${action}
      aria-label=${title}
      title=${title}
      ?disabled=${disabled}
      @click=${run}
    >
      ${icon(action)}
    </button>`;
  return html`<div class="controls" role="toolbar" aria-label=${msg('Playback')}>
    ${button('home', msg('Back to the start (Home)'), () => c.home(), at === 0)}
    ${button('prev-boundary', msg('Previous stage boundary (Shift+←)'), () => c.prevBoundary(), at === 0)}
    ${button('step-back', msg('Previous event (←)'), () => c.stepBack(), at === 0)}
    <button
      type="button"
      class="play"
      data-action="play"
      aria-pressed=${c.playing}
      title=${msg('Play or pause (Space)')}
      ?disabled=${n === 0}
      @click=${() => c.toggle()}
    >
      ${c.playing ? msg('Pause') : msg('Play')}
    </button>
    ${button('step', msg('Next event (→)'), () => c.stepForward(), at >= n)}
    ${button('next-boundary', msg('Next stage boundary (Shift+→)'), () => c.nextBoundary(), at >= n)}
    ${button('end', msg('To the end (End)'), () => c.end(), at >= n)}
    <input
      class="scrub"
      type="range"
      min="0"
      max=${n}
      step="1"
      .value=${String(at)}
      aria-label=${msg('Position in the run')}
      aria-valuetext=${msg(str`Event ${at} of ${n}`)}
      @input=${(e: Event) => c.seek(Number((e.target as HTMLInputElement).value))}
    />
    <span class="where" data-position
      >${msg(str`Event ${at} of ${n}`)} · +${((c.time - start) / 1000).toFixed(3)} s</span
    >
    <label class="speed"
      >${msg('Speed')}
      <select
        aria-label=${msg('Speed (- and +)')}
        title=${msg('Slower or faster (- and +)')}
        @change=${(e: Event) => c.setSpeed(Number((e.target as HTMLSelectElement).value))}
      >
        ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === c.speed}>${s}×</option>`)}
      </select></label
    >
    ${
      context.imported
        ? html`<label class="speed"
            >${msg('Pace')}
            <select
              @change=${(e: Event) => c.setPace((e.target as HTMLSelectElement).value as 'events' | 'real-time')}
            >
              <option value="events" ?selected=${c.pace === 'events'}>${msg('event by event')}</option>
              <option value="real-time" ?selected=${c.pace === 'real-time'}>${msg('real time')}</option>
            </select></label
          >`
        : nothing
    }
    ${
      context.reducedMotion
        ? html`<span class="note" title=${msg('Your system asks for reduced motion')}
            >${msg('reduced motion: steps once a second')}</span
          >`
        : nothing
    }
  </div>`;
}
