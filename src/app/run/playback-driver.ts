/**
 * Drives the run page's playback controller from the browser: one requestAnimationFrame loop while
 * playing, the keyboard shortcuts (./keyboard.ts) on the window, prefers-reduced-motion, and the
 * position in the address bar as `t=` (written at most once a second while playing, because
 * browsers limit history.replaceState, and removed when the page goes away). A Lit reactive
 * controller: the host re-renders on every change of position, speed or play state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatFragment, parseFragment, setKey } from '../url-state.ts';
import { inTextField, keyAction } from './keyboard.ts';
import { PlaybackController, type Positions } from './playback-controller.ts';

const HASH_EVERY_MS = 1000;

export class PlaybackDriver implements ReactiveController {
  readonly controller: PlaybackController;
  private frame = 0;
  private lastFrame = 0;
  private lastHashWrite = 0;
  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    private readonly host: ReactiveControllerHost,
    positions: Positions,
  ) {
    this.controller = new PlaybackController(positions, () => this.changed());
    host.addController(this);
  }

  hostConnected(): void {
    this.controller.reducedMotion = this.motion.matches;
    this.motion.addEventListener('change', this.onMotion);
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    this.motion.removeEventListener('change', this.onMotion);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    writeT(undefined);
  }

  private changed(): void {
    this.host.requestUpdate();
    const c = this.controller;
    if (c.playing && this.frame === 0) {
      this.lastFrame = performance.now();
      this.frame = requestAnimationFrame(this.onFrame);
    }
    const now = performance.now();
    if (!c.playing || now - this.lastHashWrite > HASH_EVERY_MS) {
      this.lastHashWrite = now;
      writeT(String(c.index));
    }
  }

  private onFrame = (now: number): void => {
    this.frame = 0;
    const dt = now - this.lastFrame;
    this.lastFrame = now;
    this.controller.tick(dt);
    if (this.controller.playing) this.frame = requestAnimationFrame(this.onFrame);
  };

  private onMotion = (): void => {
    this.controller.reducedMotion = this.motion.matches;
    this.host.requestUpdate();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const action = keyAction(event);
    if (action === null || event.defaultPrevented) return;
    const path = event.composedPath();
    if (inTextField(path)) return;
    // A focused button takes Space itself (it clicks).
    if (action === 'toggle' && path.some((t) => t instanceof HTMLButtonElement)) return;
    event.preventDefault();
    this.controller[action]();
  };
}

/** Sets (or removes) the `t=` key of the address bar, keeping every other key. */
function writeT(t: string | undefined): void {
  const hash = formatFragment(setKey(parseFragment(location.hash), 't', t));
  if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}
