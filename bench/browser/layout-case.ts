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
import { GENERATED_LIMITS, lineagePipeline } from '../generate/pipelines.ts';
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
  layoutHere(quality: boolean): LayoutReply;
};
declare const stagecraftBench: Bench;

/** A lineage pipeline whose plan has about n RDDs: one calibration from the RDDs per operation. */
function pipelineOfAbout(n: number): unknown {
  const rddsOf = (ops: number): number => {
    const parsed = parsePipeline(lineagePipeline(ops), GENERATED_LIMITS);
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
  type Outcome = LayoutReply | string | null;
  const layout = (a: 'stagecraft' | 'dagre', quality: boolean, cap: number): Promise<Outcome> =>
    page.evaluate(([alg, c, q]) => stagecraftBench.layout(alg, c, q), [a, cap, quality] as const);
  const failure = (r: Outcome, cap: number): string | null =>
    r === null ? `stopped after ${cap / 1000} s` : typeof r === 'string' ? `failed: ${r}` : null;
  const ourCap = size.dagreCapMs;

  for (let i = 0; i < size.warmup; i++) await layout('stagecraft', false, ourCap);
  let ours = await layout('stagecraft', true, ourCap);
  const dagre = await layout('dagre', true, size.dagreCapMs);
  const oursFailure = failure(ours, ourCap);
  // A layout that fails in the worker is measured on the page's thread instead, and the note says so.
  const here = oursFailure !== null;
  if (here) ours = await page.evaluate(() => stagecraftBench.layoutHere(true)).catch((e: Error) => e.message);
  const oursOk = typeof ours === 'object' && ours !== null ? ours : null;
  const dagreOk = typeof dagre === 'object' && dagre !== null ? dagre : null;
  const oursMs = oursOk ? [oursOk.ms] : [];
  const dagreMs = dagreOk ? [dagreOk.ms] : [];
  for (let i = 1; i < size.runs && oursOk; i++) {
    const again = here
      ? await page.evaluate(() => stagecraftBench.layoutHere(false))
      : await layout('stagecraft', false, ourCap);
    if (typeof again === 'object' && again !== null) oursMs.push(again.ms);
    if (dagreOk && i <= size.dagreRuns) {
      const d = await layout('dagre', false, size.dagreCapMs);
      if (typeof d === 'object' && d !== null) dagreMs.push(d.ms);
    }
  }
  const paints: number[] = [];
  let paintFailure: string | null = null;
  let heap = 0;
  for (let i = 0; i < size.warmup + size.runs && paintFailure === null; i++) {
    try {
      const ms = await page.evaluate(() => stagecraftBench.firstPaint());
      if (i >= size.warmup) paints.push(ms);
    } catch (error) {
      paintFailure = `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    }
    heap = Math.max(
      heap,
      await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      ),
    );
  }
  const dagreFailure = failure(dagre, size.dagreCapMs);
  const oursMedian = median(oursMs);
  const layoutEntry: Entry = {
    name: 'layout',
    n: size.n,
    median_ms: oursOk ? r1(oursMedian) : null,
    ...(oursOk ? { spread: Math.round(spread(oursMs) * 100) / 100, runs: oursMs.length } : {}),
    ...(dagreOk
      ? {
          baseline_ms: r1(median(dagreMs)),
          ratio: oursOk ? Math.round((oursMedian / median(dagreMs)) * 1000) / 1000 : undefined,
          baseline_crossings: dagreOk.crossings!,
        }
      : {}),
    ...(oursOk ? { crossings: oursOk.crossings!, overlaps: oursOk.overlaps! } : {}),
    target: '',
    met: null,
    note: [
      note,
      oursFailure ? `Stagecraft layout in the worker ${oursFailure}; measured on the page's thread` : '',
      dagreOk
        ? `dagre ${dagreMs.length} run${dagreMs.length > 1 ? 's' : ''}, dagre overlaps ${dagreOk.overlaps}`
        : `dagre ${dagreFailure ?? 'not run'}`,
    ]
      .filter((t) => t !== '')
      .join('; '),
  };
  const paintEntry: Entry = {
    name: 'first-paint',
    n: size.n,
    median_ms: paints.length > 0 ? r1(median(paints)) : null,
    ...(paints.length > 0 ? { spread: Math.round(spread(paints) * 100) / 100, runs: paints.length } : {}),
    peak_mb: Math.round(heap / 2 ** 20),
    target: '',
    met: null,
    note: `${note}; lineage view, direction auto; peak = JS heap${paintFailure ? `; ${paintFailure}` : ''}`,
  };
  return [layoutEntry, paintEntry];
}
