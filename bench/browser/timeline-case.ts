/**
 * Case 5, timeline playback: a fresh `<sc-timeline>` (1400 × 800 px) shows a simulated trace of
 * about n tasks (case 2's pipeline on 200 executors × 8 cores), then for a fixed number of
 * animation frames its `time` moves, forward every frame (`timeline/play`) or to random times
 * (`timeline/scrub`). Frame time is the interval between consecutive requestAnimationFrame
 * timestamps; median and p95 are over all frames of all runs. The baseline is the same page with
 * the cursor standing still (nothing to redraw), run interleaved with the measured mode, so on a
 * loaded machine the frames the compositor drops anyway show as the baseline's own p95. The note
 * adds that p95, the timeline's own script time per frame (update and drawing), the main-thread
 * work per frame and the first paint.
 */
import type { Page } from 'playwright-core';
import type { Entry } from '../entry.ts';
import { median } from '../measure.ts';

type Bench = {
  prepare(n: number): Promise<{ tasks: number; events: number; firstPaintMs: number }>;
  run(
    mode: 'play' | 'scrub' | 'idle',
    frames: number,
  ): Promise<{ intervals: number[]; work: number[]; script: number[] }>;
};
declare const stagecraftTimelineBench: Bench;

export interface TimelineSize {
  readonly n: number;
  readonly frames: number;
  readonly runs: number;
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export async function timelineCase(page: Page, size: TimelineSize): Promise<Entry[]> {
  const info = await page.evaluate((n) => stagecraftTimelineBench.prepare(n), size.n);
  const heap = async (): Promise<number> =>
    page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
  const entries: Entry[] = [];
  for (const mode of ['play', 'scrub'] as const) {
    await page.evaluate((m) => stagecraftTimelineBench.run(m, 30), mode); // warm-up
    const intervals: number[] = [];
    const work: number[] = [];
    const script: number[] = [];
    const idle: number[] = [];
    const run = (m: 'play' | 'scrub' | 'idle') =>
      page.evaluate(([mm, f]) => stagecraftTimelineBench.run(mm, f), [m, size.frames] as const);
    for (let i = 0; i < size.runs; i++) {
      // ABAB…, the order flipped each round (as ../measure.ts does for baselines).
      const order = i % 2 === 0 ? ([mode, 'idle'] as const) : (['idle', mode] as const);
      for (const m of order) {
        const r = await run(m);
        if (m === 'idle') idle.push(...r.intervals);
        else {
          intervals.push(...r.intervals);
          work.push(...r.work);
          script.push(...r.script);
        }
      }
    }
    entries.push({
      name: `timeline/${mode}`,
      n: size.n,
      median_ms: r1(median(intervals)),
      p95_ms: r1(percentile(intervals, 0.95)),
      runs: size.runs,
      baseline_ms: r1(median(idle)),
      ratio: Math.round((median(intervals) / median(idle)) * 100) / 100,
      peak_mb: Math.round((await heap()) / 2 ** 20),
      target: '',
      met: null,
      note:
        `${info.tasks} task attempts, ${info.events} trace events; ${intervals.length} frames ` +
        `(${mode === 'play' ? 'cursor advancing every frame' : 'cursor to a random time every frame'}); ` +
        `idle baseline p95 ${r1(percentile(idle, 0.95))} ms; ` +
        `timeline script per frame p50 ${r1(median(script))} ms, p95 ${r1(percentile(script, 0.95))} ms, ` +
        `max ${r1(Math.max(...script))} ms; ` +
        `main-thread work per frame p50 ${r1(median(work))} ms, p95 ${r1(percentile(work, 0.95))} ms; ` +
        `first paint ${Math.round(info.firstPaintMs)} ms; peak = JS heap`,
    });
  }
  return entries;
}
