/**
 * The page of the layout and first-paint cases, bundled by ./bundle.ts and driven by
 * ./layout-case.ts through `window.stagecraftBench`:
 * - `prepare(pipeline)`: parse and plan once; the lineage graph of the first job, stages as clusters.
 * - `layout(algorithm, capMs)`: one layout in the worker (./layout-worker.ts), null past the cap.
 * - `layoutHere()`: Stagecraft's layout on the page's thread, when the worker's stack is too small.
 * - `firstPaint()`: a fresh `<sc-lineage-view>` gets the plan; milliseconds until the frame after
 *   its render, which includes the view's own layout (both directions when `auto` needs them).
 */
import { parsePipeline, planPipeline, type Plan } from '../../src/model/index.ts';
import { layoutLineage, lineageGraph, type LayoutInput } from '../../src/layout/index.ts';
import { countCrossings, countOverlaps } from './quality.ts';
import { LineageView } from '../../src/view/index.ts';
import type { LayoutReply, LayoutRequest } from './layout-worker.ts';
import { GENERATED_LIMITS } from '../generate/pipelines.ts';

let plan: Plan | null = null;
let input: LayoutInput | null = null;
let worker: Worker | null = null;

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const bench = {
  prepare(pipeline: unknown): { rdds: number; stages: number; edges: number } {
    const parsed = parsePipeline(pipeline, GENERATED_LIMITS);
    if (!parsed.ok) throw new Error(`pipeline: ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`);
    plan = planPipeline(parsed.value);
    input = lineageGraph(plan, plan.jobs[0], 'LR').input;
    return { rdds: plan.rdds.length, stages: plan.jobs[0]?.stages.length ?? 0, edges: input.edges.length };
  },

  /** The worker's reply; null past the cap; the error's message when the layout threw. */
  layout(
    algorithm: LayoutRequest['algorithm'],
    capMs: number,
    quality: boolean,
  ): Promise<LayoutReply | string | null> {
    if (!input) throw new Error('layout: call prepare first');
    const graph = input;
    worker ??= new Worker('/layout-worker.js');
    const w = worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        w.terminate();
        worker = null;
        resolve(null);
      }, capMs);
      w.onmessage = (e: MessageEvent<LayoutReply>) => {
        clearTimeout(timer);
        resolve(e.data);
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        clearTimeout(timer);
        w.terminate();
        worker = null;
        resolve(`${algorithm}: ${e.message}`);
      };
      w.postMessage({ algorithm, input: graph, quality } satisfies LayoutRequest);
    });
  },

  /** Stagecraft's layout on the page's own thread (its stack is larger than a worker's). */
  layoutHere(quality: boolean): LayoutReply {
    if (!input) throw new Error('layout: call prepare first');
    const t0 = performance.now();
    const layout = layoutLineage(input);
    const ms = performance.now() - t0;
    return quality ? { ms, crossings: countCrossings(layout), overlaps: countOverlaps(layout) } : { ms };
  },

  async firstPaint(): Promise<number> {
    document.querySelector('sc-lineage-view')?.remove();
    await nextFrame();
    const view = new LineageView();
    view.style.cssText = 'display:block;width:1400px;height:860px';
    document.body.append(view);
    const t0 = performance.now();
    view.plan = plan;
    await view.updateComplete;
    await nextFrame();
    return performance.now() - t0;
  },
};

if (!customElements.get('sc-lineage-view')) customElements.define('sc-lineage-view', LineageView);
(window as unknown as { stagecraftBench: typeof bench }).stagecraftBench = bench;
