import { describe, expect, it } from 'vitest';
import {
  EVENTS_PER_SECOND,
  PlaybackController,
  REDUCED_MOTION_MS,
  SPEEDS,
} from '../../../src/app/run/playback-controller.ts';
import { createPlayback } from '../../../src/model/index.ts';
import { wordCountTrace } from './word-count-trace.ts';

const positions = createPlayback(wordCountTrace);
const n = wordCountTrace.events.length;

function controller() {
  let changes = 0;
  const c = new PlaybackController(positions, () => changes++);
  return { c, changes: () => changes };
}

describe('PlaybackController', () => {
  it('starts before the first event and steps one event at a time, both ways', () => {
    const { c } = controller();
    expect([c.index, c.length]).toEqual([0, n]);
    c.stepForward();
    c.stepForward();
    expect(c.index).toBe(2);
    c.stepBack();
    expect(c.index).toBe(1);
    c.stepBack();
    c.stepBack();
    expect(c.index).toBe(0);
  });

  it('clamps seeks to 0..length and rounds down', () => {
    const { c } = controller();
    c.seek(n + 50);
    expect(c.index).toBe(n);
    c.stepForward();
    expect(c.index).toBe(n);
    c.seek(-3);
    expect(c.index).toBe(0);
    c.seek(7.9);
    expect(c.index).toBe(7);
    c.seek(Number.NaN);
    expect(c.index).toBe(0);
  });

  it('jumps to the positions just after StageSubmitted and StageCompleted events', () => {
    const { c } = controller();
    const after = (kinds: string[]) =>
      wordCountTrace.events.flatMap((e, i) => (kinds.includes(e.kind) ? [i + 1] : []));
    const boundaries = after(['stageSubmitted', 'stageCompleted']);
    expect(boundaries.length).toBe(4);
    const visited: number[] = [];
    for (;;) {
      c.nextBoundary();
      if (c.index === n) break;
      visited.push(c.index);
    }
    expect(visited).toEqual(boundaries);
    const back: number[] = [];
    for (;;) {
      c.prevBoundary();
      if (c.index === 0) break;
      back.push(c.index);
    }
    expect(back).toEqual([...boundaries].reverse());
  });

  it('Home and End go to 0 and to the end, and stop playing', () => {
    const { c } = controller();
    c.play();
    c.end();
    expect([c.index, c.playing]).toEqual([n, false]);
    c.home();
    expect(c.index).toBe(0);
  });

  it('plays EVENTS_PER_SECOND × speed events per second of frames and stops at the end', () => {
    const { c } = controller();
    c.play();
    for (let i = 0; i < 60; i++) c.tick(1000 / 60);
    expect(c.index).toBe(EVENTS_PER_SECOND);
    c.setSpeed(4);
    for (let i = 0; i < 60; i++) c.tick(1000 / 60);
    expect(c.index).toBe(EVENTS_PER_SECOND * 5);
    c.setSpeed(64);
    for (let i = 0; i < 600 && c.playing; i++) c.tick(100);
    expect([c.index, c.playing]).toEqual([n, false]);
    c.play();
    expect(c.index).toBe(0);
  });

  it('does not jump ahead after a long gap between frames (a hidden tab)', () => {
    const { c } = controller();
    c.play();
    c.tick(60_000);
    expect(c.index).toBe(1);
  });

  it('steps a whole number of events only once per REDUCED_MOTION_MS with reduced motion', () => {
    const { c, changes } = controller();
    c.reducedMotion = true;
    c.setSpeed(8);
    c.play();
    const before = changes();
    for (let t = 0; t < REDUCED_MOTION_MS - 100; t += 50) c.tick(50);
    expect(c.index).toBe(0);
    expect(changes()).toBe(before);
    for (let t = 0; t < 100; t += 50) c.tick(50);
    expect(c.index).toBe(EVENTS_PER_SECOND * 8);
  });

  it('in real-time pace, advances the playback time by speed × wall-clock time', () => {
    const { c } = controller();
    c.setPace('real-time');
    c.play();
    const start = c.time;
    for (let i = 0; i < 10; i++) c.tick(50);
    expect(c.index).toBe(positions.indexAtTime(start + 500));
    expect(c.time).toBeLessThanOrEqual(start + 500);
  });

  it('changes speed through 0.25× to 64× with slower and faster, and no further', () => {
    const { c } = controller();
    for (let i = 0; i < 20; i++) c.faster();
    expect(c.speed).toBe(64);
    for (let i = 0; i < 20; i++) c.slower();
    expect(c.speed).toBe(0.25);
    expect(SPEEDS[0]).toBe(0.25);
    c.setSpeed(3);
    expect(c.speed).toBe(1);
  });

  it('keeps the position when a new trace replaces the old one, clamped to its length', () => {
    const { c } = controller();
    c.seek(30);
    c.replace(createPlayback({ ...wordCountTrace, events: wordCountTrace.events.slice(0, 10) }));
    expect([c.index, c.length]).toEqual([10, 10]);
  });
});
