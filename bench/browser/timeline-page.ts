/**
 * The page of the timeline case (case 5), bundled by ./bundle.ts and driven through
 * `window.stagecraftTimelineBench` by ./timeline-case.ts (frame times) and ./timeline-shots.ts
 * (screenshots):
 * - `prepare(n)`: simulates case 2's pipeline of about n tasks on 200 executors × 8 cores (no
 *   per-task scheduler steps) and gives the trace to a fresh `<sc-timeline>` (1400 × 800 px);
 * - `prepareWordCount(faults, speculation)`: word count on 4 executors × 2 cores;
 * - `prepareLog(bytes, time)`: a real Spark event log through the importer;
 * - `run(mode, frames)`: for `frames` animation frames moves `time`, forward by an equal step per
 *   frame (`play`: the cursor advancing every frame) or to seeded random times (`scrub`), or stays
 *   (`idle`: the same page and element with nothing to redraw, the machine's own frame jitter), and
 *   returns the frame intervals (requestAnimationFrame timestamps), each frame's main-thread work
 *   (from the frame's first callback to a task queued by it, which runs after the frame's
 *   rendering steps) and the timeline's own script time per frame (its Lit update and its canvas
 *   drawing, timed around the element's methods), the part a loaded machine cannot inflate much.
 */
import wordCountJson from '../../fixtures/pipelines/word-count.json';
import {
  createSimulation,
  importEventLog,
  parseFault,
  parsePipeline,
  planPipeline,
  runToEnd,
  simulate,
  type Trace,
} from '../../src/model/index.ts';
import { TimelineView } from '../../src/view/index.ts';
import { simulationPipeline } from '../generate/pipelines.ts';
import { mulberry32 } from '../random.ts';

let view: TimelineView | null = null;
let trace: Trace | null = null;

const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/** Milliseconds the timeline spent in its update and drawing since the last frame. */
let spent = 0;

/** Times the element's Lit update and its requestAnimationFrame drawing (a private method). */
function instrument(v: TimelineView): void {
  const own = v as unknown as Record<'performUpdate' | 'draw', () => void>;
  for (const name of ['performUpdate', 'draw'] as const) {
    const original = own[name].bind(v);
    own[name] = () => {
      const t0 = performance.now();
      original();
      spent += performance.now() - t0;
    };
  }
}

async function show(t: Trace, width: number, height: number): Promise<{ ms: number }> {
  view?.remove();
  await frame();
  trace = t;
  view = new TimelineView();
  instrument(view);
  view.style.cssText = `display:flex;width:${width}px;height:${height}px;background:#fff`;
  document.body.append(view);
  const t0 = performance.now();
  view.trace = t;
  view.time = t.events[0]?.time ?? 0;
  await view.updateComplete;
  await frame();
  await frame();
  return { ms: performance.now() - t0 };
}

const afterRendering = (): Promise<number> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

const bench = {
  async prepare(n: number): Promise<{ tasks: number; events: number; firstPaintMs: number }> {
    const parsed = parsePipeline(simulationPipeline(n));
    if (!parsed.ok) throw new Error(`simulation pipeline of ${n}: ${parsed.problems[0]?.message}`);
    const plan = planPipeline(parsed.value);
    const sim = runToEnd(
      createSimulation(
        { plan, pipeline: parsed.value },
        { executorCount: 200, cores: 8 },
        { seed: 1, steps: 'none' },
      ),
    );
    const t = sim.trace();
    const { ms } = await show(t, 1400, 800);
    return {
      tasks: Number(view!.dataset['taskCount']),
      events: t.events.length,
      firstPaintMs: ms,
    };
  },

  async prepareWordCount(faults: readonly string[], speculation: boolean, time: number): Promise<void> {
    const parsed = parsePipeline(wordCountJson);
    if (!parsed.ok) throw new Error(`word-count.json: ${parsed.problems[0]?.message}`);
    const t = simulate(
      parsed.value,
      { executorCount: 4, cores: 2, speculation: { enabled: speculation } },
      {
        seed: 1,
        faults: faults.map((s) => {
          const r = parseFault(s);
          if (!r.ok) throw new Error(r.message);
          return r.fault;
        }),
      },
    );
    await show(t, 1200, 520);
    const first = t.events[0]?.time ?? 0;
    const last = t.events.at(-1)?.time ?? first;
    view!.time = first + (last - first) * time;
    await view!.updateComplete;
    await frame();
  },

  /** A real event log's trace (its bytes), cursor at `time` (0 … 1 of the trace). */
  async prepareLog(bytes: number[], time: number): Promise<void> {
    const t = (await importEventLog([new Uint8Array(bytes)])).trace;
    await show(t, 1200, 560);
    const first = t.events[0]?.time ?? 0;
    const last = t.events.at(-1)?.time ?? first;
    view!.time = first + (last - first) * time;
    await view!.updateComplete;
    await frame();
  },

  async run(
    mode: 'play' | 'scrub' | 'idle',
    frames: number,
  ): Promise<{ intervals: number[]; work: number[]; script: number[] }> {
    if (!view || !trace) throw new Error('run: call prepare first');
    const v = view;
    const first = trace.events[0]?.time ?? 0;
    const last = trace.events.at(-1)?.time ?? first;
    const random = mulberry32(7);
    const intervals: number[] = [];
    const work: number[] = [];
    const script: number[] = [];
    let previous = await frame();
    spent = 0;
    for (let k = 0; k < frames; k++) {
      const stamp = await frame();
      const started = performance.now();
      intervals.push(stamp - previous);
      previous = stamp;
      if (mode === 'play') v.time = first + ((last - first) * k) / frames;
      else if (mode === 'scrub') v.time = first + (last - first) * random.next();
      void afterRendering().then((end) => work.push(end - started));
      script.push(spent);
      spent = 0;
    }
    await frame();
    return { intervals, work, script: script.slice(1) };
  },
};

if (!customElements.get('sc-timeline')) customElements.define('sc-timeline', TimelineView);
(window as unknown as { stagecraftTimelineBench: typeof bench }).stagecraftTimelineBench = bench;
