/**
 * The playback controller: one position for every view of a run (the contract's `index`, the
 * number of trace events applied, 0..length). It holds play/pause, the speed and the pace, and
 * moves the position on request (step, stage boundary, seek, Home/End) or on each animation
 * frame while playing (`tick`, driven by requestAnimationFrame in the page). It has no DOM of its
 * own, so it runs in Node tests; going backwards is exact because views are pure functions of
 * (trace, index) and this class only ever hands them an index.
 *
 * Pace: `events` advances EVENTS_PER_SECOND × speed events per second of wall-clock time, so a
 * learner can follow each scheduler step; `real-time` (for imported logs) advances the playback
 * time by speed × the wall-clock time, so gaps in the log take as long as they took in Spark.
 * With prefers-reduced-motion the position changes at most once per REDUCED_MOTION_MS (whole
 * steps, no continuous movement).
 */

/** What the controller needs of the model's Playback (src/model/playback, the contract). */
export interface Positions {
  readonly length: number;
  timeAt(index: number): number;
  indexAtTime(time: number): number;
  nextBoundary(index: number): number;
  prevBoundary(index: number): number;
}

export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];
export const EVENTS_PER_SECOND = 4;
export const REDUCED_MOTION_MS = 1000;

export type Pace = 'events' | 'real-time';

export class PlaybackController {
  private positions: Positions;
  private position = 0;
  /** The fractional position the events pace has reached (whole events are applied). */
  private target = 0;
  private clock = 0;
  private sinceUpdate = 0;
  playing = false;
  speed = 1;
  pace: Pace = 'events';
  reducedMotion = false;

  constructor(
    positions: Positions,
    private readonly onChange: () => void = () => {},
  ) {
    this.positions = positions;
  }

  get index(): number {
    return this.position;
  }
  get length(): number {
    return this.positions.length;
  }
  timeAt(index: number): number {
    return this.positions.timeAt(index);
  }
  /** The playback time at the position (the current event's time). */
  get time(): number {
    return this.positions.timeAt(this.position);
  }

  /** A new trace (a re-run or an import): keeps the position when it still fits, else clamps it. */
  replace(positions: Positions, index = this.position): void {
    this.positions = positions;
    this.playing = false;
    this.seek(index);
  }

  /** Moves to a position (clamped to 0..length, rounded down); stops nothing. */
  seek(index: number): void {
    const next = Math.max(0, Math.min(this.positions.length, Math.floor(Number.isFinite(index) ? index : 0)));
    this.target = next;
    this.sinceUpdate = 0;
    this.clock = this.positions.timeAt(next);
    if (next === this.position) {
      this.onChange();
      return;
    }
    this.position = next;
    this.onChange();
  }

  seekTime(time: number): void {
    this.seek(this.positions.indexAtTime(time));
  }

  stepForward(): void {
    this.pause();
    this.seek(this.position + 1);
  }
  stepBack(): void {
    this.pause();
    this.seek(this.position - 1);
  }
  nextBoundary(): void {
    this.pause();
    this.seek(this.positions.nextBoundary(this.position));
  }
  prevBoundary(): void {
    this.pause();
    this.seek(this.positions.prevBoundary(this.position));
  }
  home(): void {
    this.pause();
    this.seek(0);
  }
  end(): void {
    this.pause();
    this.seek(this.positions.length);
  }

  /** Starts playing; from the end it starts again at the beginning. */
  play(): void {
    if (this.positions.length === 0) return;
    if (this.position >= this.positions.length) this.seek(0);
    this.playing = true;
    this.target = this.position;
    this.sinceUpdate = 0;
    this.clock = this.positions.timeAt(this.position);
    this.onChange();
  }
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.onChange();
  }
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = SPEEDS.includes(speed) ? speed : 1;
    this.onChange();
  }
  slower(): void {
    this.setSpeed(SPEEDS[Math.max(0, SPEEDS.indexOf(this.speed) - 1)] ?? 1);
  }
  faster(): void {
    this.setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(this.speed) + 1)] ?? 1);
  }
  setPace(pace: Pace): void {
    this.pace = pace;
    this.clock = this.positions.timeAt(this.position);
    this.onChange();
  }

  /** One animation frame: `dtMs` of wall-clock time since the last one. Stops at the end. */
  tick(dtMs: number): void {
    if (!this.playing || !(dtMs > 0)) return;
    // A frame after a long pause (a hidden tab) must not jump ahead by minutes.
    const dt = Math.min(dtMs, 250);
    let next: number;
    if (this.pace === 'real-time') {
      this.clock += dt * this.speed;
      next = Math.max(this.position, this.positions.indexAtTime(this.clock));
    } else {
      this.target += (dt / 1000) * EVENTS_PER_SECOND * this.speed;
      next = Math.floor(this.target);
    }
    this.sinceUpdate += dt;
    if (this.reducedMotion && this.sinceUpdate < REDUCED_MOTION_MS) return;
    this.sinceUpdate = 0;
    this.advanceTo(next);
  }

  private advanceTo(next: number): void {
    const length = this.positions.length;
    if (next >= length) {
      this.position = length;
      this.playing = false;
      this.onChange();
    } else if (next !== this.position) {
      this.position = next;
      this.onChange();
    }
  }
}
