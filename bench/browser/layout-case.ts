/**
 * Case 4, lineage layout and first paint at about n RDDs (after planning: internal RDDs count),
 * with the job's stages as clusters. Two entries per size:
 * - `layout`: Stagecraft's layout (`layoutLineage`) against dagre (`layoutLineageDagre`, the
 *   compound layout Spark's UI uses) on the same graph in the same page's worker, interleaved;
 *   crossings and overlaps of both drawings (./quality.ts). A dagre run past its cap is stopped.
 * - `first-paint`: a fresh lineage view given the plan until the frame after it rendered.
 */
import type { Page } from 'playwright-core';
import { parsePipeline, planPipeline } from '../../src/model/index.ts';
import type { Entry } from '../entry.ts';
import { lineagePipeline } from '../generate/pipelines.ts';
import { median, spread } from '../measure.ts';
import type { LayoutReply } from './layout-worker.ts';

export interface LayoutSize {
  readonly n: number;
  readonly warmup: number;
  readonly runs: number;
  /** dagre runs (after the first, which also measures quality), and the time cap of each. */
  readonly dagreRuns: number;
  readonly dagreCapMs: number;
}

type Bench = {
  prepare(p: unknown): { rdds: number; stages: number; edges: number };
  layout(a: 'stagecraft' | 'dagre', capMs: number, quality: boolean): Promise<LayoutReply | null>;
  firstPaint(): Promise<number>;
};
declare const stagecraftBench: Bench;

/** A lineage pipeline whose plan has about n RDDs: one calibration from the RDDs per operation. */
function pipelineOfAbout(n: number): unknown {
  const rddsOf = (ops: number): number => {
    const parsed = parsePipeline(lineagePipeline(ops));
    if (!parsed.ok) throw new Error(`lineage pipeline of ${ops}: ${parsed.problems[0]?.message}`);
    return planPipeline(parsed.value).rdds.length;
  };
  const first = Math.round(n / 1.6);
  return lineagePipeline(Math.max(1, Math.round((first * n) / rddsOf(first))));
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

export async function layoutCase(page: Page, size: LayoutSize): Promise<Entry[]> {
  const info = await page.evaluate((p) => stagecraftBench.prepare(p), pipelineOfAbout(size.n));
  const note = `${info.rdds} RDDs, ${info.edges} edges, ${info.stages} stages`;
  const layout = (a: 'stagecraft' | 'dagre', quality: boolean, cap = 600_000): Promise<LayoutReply | null> =>
    page.evaluate(([alg, c, q]) => stagecraftBench.layout(alg, c, q), [a, cap, quality] as const);

  for (let i = 0; i < size.warmup; i++) await layout('stagecraft', false);
  const ours = (await layout('stagecraft', true))!;
  const oursMs = [ours.ms];
  const dagre = await layout('dagre', true, size.dagreCapMs);
  const dagreMs = dagre ? [dagre.ms] : [];
  for (let i = 1; i < size.runs; i++) {
    oursMs.push((await layout('stagecraft', false))!.ms);
    if (dagre && i <= size.dagreRuns) {
      const again = await layout('dagre', false, size.dagreCapMs);
      if (again) dagreMs.push(again.ms);
    }
  }
  const paints: number[] = [];
  let heap = 0;
  for (let i = 0; i < size.warmup + size.runs; i++) {
    const ms = await page.evaluate(() => stagecraftBench.firstPaint());
    if (i >= size.warmup) paints.push(ms);
    heap = Math.max(
      heap,
      await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      ),
    );
  }
  const oursMedian = median(oursMs);
  const layoutEntry: Entry = {
    name: 'layout',
    n: size.n,
    median_ms: r1(oursMedian),
    spread: Math.round(spread(oursMs) * 100) / 100,
    runs: oursMs.length,
    ...(dagre
      ? {
          baseline_ms: r1(median(dagreMs)),
          ratio: Math.round((oursMedian / median(dagreMs)) * 1000) / 1000,
          baseline_crossings: dagre.crossings!,
        }
      : {}),
    crossings: ours.crossings!,
    overlaps: ours.overlaps!,
    target: '',
    met: null,
    note: dagre
      ? `${note}; dagre ${dagreMs.length} run${dagreMs.length > 1 ? 's' : ''}, dagre overlaps ${dagre.overlaps}`
      : `${note}; dagre stopped after ${size.dagreCapMs / 1000} s without a layout`,
  };
  const paintEntry: Entry = {
    name: 'first-paint',
    n: size.n,
    median_ms: r1(median(paints)),
    spread: Math.round(spread(paints) * 100) / 100,
    runs: paints.length,
    peak_mb: Math.round(heap / 2 ** 20),
    target: '',
    met: null,
    note: `${note}; lineage view, direction auto; peak = JS heap`,
  };
  return [layoutEntry, paintEntry];
}
