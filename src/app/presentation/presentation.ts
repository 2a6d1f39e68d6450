/**
 * Presentation mode, for showing Stagecraft to a class on a projector: the page goes full screen
 * (Fullscreen API), `<html data-present>` switches to large type and high contrast
 * (./present.css and the shell's `:host([presenting])` rules, which also hide the editing chrome),
 * and a ring follows the mouse pointer so the room can see what the teacher points at.
 *
 * The browser allows full screen only in answer to a user's click or key: opened from a link
 * (`present=1`) the mode starts without it, and the button or `p` asks again. Leaving full screen
 * (Esc) also ends presentation mode, so one key undoes what one key did.
 */
import { PointerRing } from './pointer-ring.ts';

export class Presentation {
  on = false;
  private ring: PointerRing | null = null;
  /** True while full screen is ours, so only its end (not a failed request) ends the mode. */
  private fullscreen = false;

  constructor(private readonly onChange: () => void) {}

  toggle(): void {
    if (this.on) this.exit();
    else this.enter(true);
  }

  /** Starts the mode; with `fullscreen`, asks the browser for full screen too (needs a user gesture). */
  enter(fullscreen: boolean): void {
    if (!this.on) {
      this.on = true;
      document.documentElement.dataset.present = '';
      this.ring = new PointerRing(document.body);
      document.addEventListener('fullscreenchange', this.onFullscreenChange);
      this.onChange();
    }
    if (fullscreen && !document.fullscreenElement && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen().then(
        () => (this.fullscreen = true),
        () => (this.fullscreen = false),
      );
    }
  }

  exit(): void {
    if (!this.on) return;
    this.on = false;
    delete document.documentElement.dataset.present;
    this.ring?.dispose();
    this.ring = null;
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.fullscreen = false;
    this.onChange();
  }

  dispose(): void {
    if (this.on) this.exit();
  }

  private onFullscreenChange = (): void => {
    if (document.fullscreenElement) this.fullscreen = true;
    else if (this.fullscreen) {
      this.fullscreen = false;
      this.exit();
    }
  };
}
