import { describe, expect, it } from 'vitest';
import wordCountJson from '../../../fixtures/pipelines/word-count.json';
import { buildTimeline } from '../../../src/layout/index.ts';
import { parsePipeline, simulate } from '../../../src/model/index.ts';
import {
  LABEL_WIDTH,
  executorOfLane,
  frameFor,
  laneAtY,
  laneY,
  timeOf,
  visibleLanes,
  xOf,
} from '../../../src/view/timeline/timeline-frame.ts';
import { TimeWindow, positionAt } from '../../../src/view/timeline/time-window.ts';

const parsed = parsePipeline(wordCountJson);
if (!parsed.ok) throw new Error('word-count.json');
const layout = buildTimeline(simulate(parsed.value, { executorCount: 6, cores: 4 }, { seed: 1 }));

describe('timeline frame geometry', () => {
  it('maps every lane to a y and back, and gaps between executors to no lane', () => {
    for (const height of [200, 500, 2000]) {
      const f = frameFor(layout, 1000, height, layout.startTime, layout.endTime, 0);
      for (let lane = 0; lane < layout.laneCount; lane++) {
        const x = executorOfLane(layout, lane);
        const y = laneY(f, lane, x);
        expect(laneAtY(layout, f, y + 0.5)).toBe(lane);
        expect(laneAtY(layout, f, y + f.laneHeight - 0.5)).toBe(lane);
      }
      const first = layout.executors[1]!;
      expect(laneAtY(layout, f, laneY(f, first.firstLane, 1) - 0.5)).toBe(-1);
    }
  });

  it('keeps the lanes that show inside the visible range as the lanes scroll', () => {
    const f0 = frameFor(layout, 1000, 200, layout.startTime, layout.endTime, 0);
    for (const scrollY of [0, 20, f0.maxScroll]) {
      const f = frameFor(layout, 1000, 200, layout.startTime, layout.endTime, scrollY);
      const [first, last] = visibleLanes(layout, f);
      for (let lane = 0; lane < layout.laneCount; lane++) {
        const y = laneY(f, lane, executorOfLane(layout, lane));
        if (y + f.laneHeight > f.lanesTop && y < f.height) {
          expect(lane).toBeGreaterThanOrEqual(first);
          expect(lane).toBeLessThanOrEqual(last);
        }
      }
    }
  });

  it('converts times to x and back', () => {
    const f = frameFor(layout, 1200, 400, 1000, 3000, 0);
    expect(xOf(f, 1000)).toBe(LABEL_WIDTH);
    expect(xOf(f, 3000)).toBe(1200);
    expect(timeOf(f, xOf(f, 1234))).toBeCloseTo(1234, 6);
  });
});

describe('timeline time window', () => {
  it('fits the activity and never zooms out past the whole trace or in past 2 ms', () => {
    const w = new TimeWindow();
    w.fit(layout);
    expect(w.t0).toBeLessThanOrEqual(Math.min(...layout.bars.start));
    expect(w.t1).toBeGreaterThanOrEqual(Math.max(...layout.bars.end));
    w.zoom(layout, 1e-6, (w.t0 + w.t1) / 2);
    expect(w.t1 - w.t0).toBeLessThanOrEqual((layout.endTime - layout.startTime) * 1.02 + 1e-3);
    w.zoom(layout, 1e9, (w.t0 + w.t1) / 2);
    expect(w.t1 - w.t0).toBeCloseTo(2, 2);
  });

  it('pages to the playback time during activity, not before it', () => {
    const w = new TimeWindow();
    w.fit(layout);
    w.zoom(layout, 10, w.t0);
    const late = Math.max(...layout.bars.end) - 1;
    expect(w.follow(layout, late)).toBe(true);
    expect(late).toBeGreaterThanOrEqual(w.t0);
    expect(late).toBeLessThanOrEqual(w.t1);
    expect(w.follow(layout, layout.startTime - 1000)).toBe(false);
  });

  it('positionAt counts the events whose running maximum time is at most t', () => {
    const clock = Float64Array.from([5, 7, 7, 9]);
    expect([4, 5, 7, 8, 9, 10].map((t) => positionAt(clock, t))).toEqual([0, 1, 3, 3, 4, 4]);
  });
});
