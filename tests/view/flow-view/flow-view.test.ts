/**
 * `<sc-flow-view>` in real Chromium: the test hooks, tokens on slots for running tasks, faults
 * drawn, and exact redraws when stepping back. Screenshots of word count mid-way and of a fault
 * run go to /tmp/shots/flow-*.png for a person to look at.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  createPlayback,
  importEventLog,
  parseFault,
  simulate,
  type Playback,
} from '../../../src/model/index.ts';
import wordCountLog from '../../../fixtures/eventlogs/spark-3.5/word-count?raw';
import cachedJson from '../../../fixtures/pipelines/cached-before-shuffle.json';
import { parsePipeline } from '../../../src/model/index.ts';
import { simulationPipeline } from '../../../bench/generate/pipelines.ts';
import { FlowView } from '../../../src/view/flow-view/flow-view.ts';
import { wordCountPipeline } from '../../support/plans.ts';

// Registered here rather than by defineElements, so this suite depends on this element only.
if (!customElements.get('sc-flow-view')) customElements.define('sc-flow-view', FlowView);
afterEach(() => document.body.replaceChildren());

function play(faults: readonly string[] = [], cluster = {}): Playback {
  return createPlayback(
    simulate(
      wordCountPipeline,
      { executorCount: 2, cores: 2, ...cluster },
      {
        seed: 1,
        faults: faults.map((f) => {
          const r = parseFault(f);
          if (!r.ok) throw new Error(r.message);
          return r.fault;
        }),
      },
    ),
  );
}

async function mount(playback: Playback, index: number): Promise<FlowView> {
  const el = document.createElement('sc-flow-view') as FlowView;
  el.playback = playback;
  el.index = index;
  el.style.width = '1000px';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The SVG without Lit's comment markers, which differ between equal renders. */
const drawing = (el: FlowView): string =>
  el.shadowRoot!.querySelector('svg')!.outerHTML.replace(/<!--[^]*?-->/g, '');

const cachedParsed = parsePipeline(cachedJson);
if (!cachedParsed.ok) throw new Error('fixtures/pipelines/cached-before-shuffle.json does not parse');
const cachedPipeline = cachedParsed.value;

const all = (el: FlowView, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(selector)];

describe('sc-flow-view', () => {
  it('carries the position and the event count on its host', async () => {
    const playback = play();
    const el = await mount(playback, 10);
    expect(el.dataset['eventIndex']).toBe('10');
    expect(el.dataset['eventCount']).toBe(String(playback.length));
    el.index = playback.length;
    await el.updateComplete;
    expect(el.dataset['eventIndex']).toBe(String(playback.length));
  });

  it('draws every running task as a token on its executor and every executor with its id', async () => {
    const playback = play();
    for (let i = 0; i <= playback.length; i++) {
      const el = await mount(playback, i);
      const scene = playback.sceneAt(i);
      const onSlots = scene.tokens.filter((t) => t.phase === 'running').map((t) => t.taskId);
      const drawn = all(el, '.token.running').map((t) => Number(t.dataset['taskId']));
      expect(drawn.sort()).toEqual(onSlots.sort());
      for (const id of scene.runningTaskIds) expect(all(el, `[data-task-id="${id}"]`)).toHaveLength(1);
      el.remove();
    }
    const end = await mount(playback, playback.length);
    expect(all(end, '[data-executor-id]').map((x) => x.dataset['executorId'])).toEqual(['0', '1']);
  });

  it('moves tokens by a CSS transition of their transform', async () => {
    const playback = play();
    const el = await mount(playback, 30);
    const token = all(el, '.token')[0];
    expect(token).toBeDefined();
    const style = getComputedStyle(token!);
    expect(style.transitionProperty).toContain('transform');
    expect(style.transitionDuration).not.toBe('0s');
    expect(token!.style.transform).toMatch(/^translate\(/);
  });

  it('says there is nothing to play without a playback', async () => {
    const el = document.createElement('sc-flow-view') as FlowView;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Nothing to play yet.');
    expect(el.dataset['eventCount']).toBe('0');
  });

  it('redraws the same view after stepping forward and back', async () => {
    const playback = play(['kill-executor:1@0.5']);
    const el = await mount(playback, 0);
    for (let i = 0; i < playback.length; i += 3) {
      el.index = i;
      await el.updateComplete;
      const before = drawing(el);
      el.index = i + 1;
      await el.updateComplete;
      el.index = i;
      await el.updateComplete;
      expect(drawing(el)).toBe(before);
    }
  });

  it('shows a lost executor dark and the fetch failure sending the reduce stage back', async () => {
    const lost = play(['kill-executor:1@0.5']);
    const at = lost.trace.events.findIndex((e) => e.kind === 'executorRemoved') + 1;
    const el = await mount(lost, at);
    expect(all(el, '[data-executor-id="1"]')[0]?.classList.contains('lost')).toBe(true);
    expect(el.shadowRoot!.textContent).toContain('Executor 1 lost');
    el.remove();
    const fetch = play(['fetch-failure:1.0']);
    const ff =
      fetch.trace.events.findIndex((e) => e.kind === 'taskEnd' && e.reason.kind === 'fetchFailed') + 1;
    const el2 = await mount(fetch, ff + 3);
    expect(all(el2, '.fetch-back')).toHaveLength(1);
    expect(all(el2, '.token.failed').length).toBeGreaterThan(0);
  });

  it('takes screenshots of word count mid-way and of fault runs', async () => {
    await page.viewport(1040, 900);
    const wc = play();
    const mid =
      wc.trace.events.findIndex((e) => e.kind === 'step' && e.step === 'taskRunnerStart' && e.stageId === 1) +
      1;
    await mount(wc, mid);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-word-count-mid.png' });
    document.body.replaceChildren();
    const shuffle = wc.trace.events.findIndex((e) => e.kind === 'step' && e.step === 'registerMapOutput') + 1;
    await mount(wc, shuffle);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-word-count-map.png' });
    document.body.replaceChildren();
    const fetch = play(['fetch-failure:1.0']);
    const ff = fetch.trace.events.findIndex((e) => e.kind === 'step' && e.step === 'unregisterMapOutput') + 1;
    await mount(fetch, ff);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-fetch-failure.png' });
    document.body.replaceChildren();
    const lost = play(['kill-executor:1@0.5']);
    const at =
      lost.trace.events.findIndex((e) => e.kind === 'step' && e.step === 'removeOutputsOnExecutor') + 1;
    await mount(lost, at);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-executor-lost.png' });
    document.body.replaceChildren();
    const spec = play(['straggler:0.2*30'], { speculation: { enabled: true } });
    const race =
      Array.from({ length: spec.length }, (_, i) => i).find(
        (i) => spec.sceneAt(i).tokens.filter((t) => t.racing && t.phase === 'running').length === 2,
      ) ?? 0;
    await mount(spec, race);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-speculation.png' });
    expect(race).toBeGreaterThan(0);
  });
});

describe('sc-flow-view on a large cluster', () => {
  it('draws at most 16 executors, busy ones first, and says how many it leaves out', async () => {
    const parsed = parsePipeline(simulationPipeline(5000));
    if (!parsed.ok) throw new Error('the benchmark pipeline does not parse');
    const playback = createPlayback(simulate(parsed.value, { executorCount: 40, cores: 4 }, { seed: 1 }));
    const mid = Math.floor(playback.length / 2);
    const started = performance.now();
    const el = await mount(playback, mid);
    const firstRender = performance.now() - started;
    const drawn = all(el, '[data-executor-id]');
    expect(drawn).toHaveLength(16);
    expect(el.shadowRoot!.textContent).toContain('24 more executors not drawn');
    const scene = playback.sceneAt(mid);
    const shown = new Set(drawn.map((x) => x.dataset['executorId']));
    const running = scene.tokens.filter((t) => t.phase === 'running' && shown.has(t.executorId));
    expect(all(el, '.token.running')).toHaveLength(running.length);
    const steps: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const t0 = performance.now();
      el.index = mid + i;
      await el.updateComplete;
      steps.push(performance.now() - t0);
    }
    steps.sort((a, b) => a - b);
    console.info(
      `flow view, 5,000 tasks on 40 executors: first render ${firstRender.toFixed(1)} ms, one step median ${steps[15]?.toFixed(1)} ms`,
    );
  });
});

describe('sc-flow-view in cluster deploy mode', () => {
  it('draws the driver inside the cluster, FAIR pools and cached blocks', async () => {
    const trace = simulate(
      cachedPipeline,
      { executorCount: 3, cores: 2, deployMode: 'yarn-cluster', schedulingMode: 'FAIR' },
      { seed: 2 },
    );
    const playback = createPlayback(trace);
    const scenes = Array.from({ length: playback.length + 1 }, (_, i) => playback.sceneAt(i));
    const at = scenes.findIndex(
      (s, i) => i > 0 && s.executors.some((x) => x.cachedBlocks.length > 0) && s.runningTaskIds.size > 0,
    );
    const el = await mount(playback, at);
    expect(el.shadowRoot!.textContent).toContain('cluster mode');
    expect(el.shadowRoot!.textContent).toContain('pool default');
    expect(el.shadowRoot!.textContent).toContain('cached: rdd');
    await page.viewport(1040, 900);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-cluster-fair-cache.png' });
  });
});

describe('sc-flow-view on an imported event log', () => {
  it('draws the local-mode driver with its 8 slots and the tasks Spark ran on them', async () => {
    const { trace } = await importEventLog([new TextEncoder().encode(wordCountLog)]);
    const playback = createPlayback(trace);
    const mid = trace.events.findIndex((e) => e.kind === 'taskStart' && e.stageId === 1) + 2;
    const el = await mount(playback, mid);
    expect(all(el, '[data-executor-id]').map((x) => x.dataset['executorId'])).toEqual(['driver']);
    expect(all(el, '[data-executor-id="driver"] .slot')).toHaveLength(8);
    expect(all(el, '.token.running').length).toBe(playback.sceneAt(mid).runningTaskIds.size);
    expect(el.shadowRoot!.textContent).toContain('local mode');
    await page.viewport(1040, 900);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: '/tmp/shots/flow-imported-log.png' });
  });
});

/** Waits for the host's ResizeObserver and the redraw it asks for in the next frame. */
const frames = (n: number) =>
  new Promise<void>((done) => {
    const next = (k: number) => (k === 0 ? done() : requestAnimationFrame(() => next(k - 1)));
    next(n);
  });

/** The smallest on-screen font size of the drawing's text: computed size × the SVG's scale. */
function smallestText(el: FlowView): number {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = all(el, 'text').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  return Math.min(...sizes);
}

describe('sc-flow-view laid out to its host', () => {
  it('draws at its host width from 540 to 1000 px, so its smallest text stays 11 px on screen', async () => {
    const wc = play();
    const mid = wc.trace.events.findIndex((e) => e.kind === 'taskStart' && e.stageId === 1) + 2;
    for (const width of [560, 613, 700, 866, 1000]) {
      const el = await mount(wc, mid);
      el.style.width = `${width}px`;
      await frames(3);
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('svg')!;
      // The host keeps a scrollbar gutter, so the drawing is the host's content width.
      expect(svg.viewBox.baseVal.width).toBe(el.clientWidth);
      expect(smallestText(el)).toBeGreaterThanOrEqual(11);
      // Every drawn part stays inside the drawing.
      const right = svg.getBoundingClientRect().right;
      for (const part of all(el, '.part, .executor > rect.box'))
        expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
      document.body.replaceChildren();
    }
  });

  it('scales a 540-wide layout down on a narrower host and a 1000-wide one up on a wider host', async () => {
    const wc = play();
    for (const [width, drawn] of [
      [400, 540],
      [1300, 1000],
    ] as const) {
      const el = await mount(wc, 10);
      el.style.width = `${width}px`;
      await frames(3);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width).toBe(drawn);
      document.body.replaceChildren();
    }
  });
});

describe('sc-flow-view with a lesson focus', () => {
  it('rings the focused stages and executor, and scrolls the executor into sight once', async () => {
    const wc = play();
    const mid = wc.trace.events.findIndex((e) => e.kind === 'taskStart' && e.stageId === 1) + 2;
    const el = await mount(wc, mid);
    el.style.width = '620px';
    el.style.height = '300px';
    el.lessonFocus = { stageIds: [1], executorId: '1' };
    await frames(3);
    await el.updateComplete;
    const rings = all(el, '.focus-ring').map(
      (r) => `${r.getAttribute('data-focus')} ${r.getAttribute('data-focus-id')}`,
    );
    expect(rings).toEqual(['stage 1', 'executor 1']);
    const ring = el.shadowRoot!.querySelector('[data-focus="executor"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(el.scrollTop).toBeGreaterThan(0);
    expect(ring.top).toBeGreaterThanOrEqual(host.top);
    expect(ring.bottom).toBeLessThanOrEqual(host.bottom);

    // A redraw with the same focus (the next event) leaves where the user scrolled to.
    el.scrollTop = 0;
    el.index = mid + 1;
    el.lessonFocus = { stageIds: [1], executorId: '1' };
    await el.updateComplete;
    expect(el.scrollTop).toBe(0);
    // No focus: no rings.
    el.lessonFocus = null;
    await el.updateComplete;
    expect(all(el, '.focus-ring')).toEqual([]);
  });
});

describe('sc-flow-view fault lines', () => {
  it('cuts a fault line longer than its strip with "…", the whole line in its tooltip', async () => {
    const run = play(['kill-executor:1@0.5']);
    const at = run.trace.events.findIndex((e) => e.kind === 'taskEnd' && e.reason.kind !== 'success') + 1;
    const el = await mount(run, at);
    el.style.width = '560px';
    await frames(3);
    await el.updateComplete;
    const lines = all(el, 'text.fault') as SVGTextElement[];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const full = line.dataset['full']!;
      expect(line.getComputedTextLength()).toBeLessThanOrEqual(Number(line.dataset['fit']) + 0.5);
      expect(line.parentElement!.querySelector('title')!.textContent).toBe(full);
      if (line.textContent !== full) {
        expect(line.textContent!.endsWith('…')).toBe(true);
        expect(full.startsWith(line.textContent!.slice(0, -1))).toBe(true);
      }
    }
    // The failure line ("Task 4 (stage 1, index 0, attempt 0) failed on executor 1: …") is longer than 552 units.
    expect(lines.some((line) => line.textContent !== line.dataset['full'])).toBe(true);
    // Wide enough, the same lines are whole.
    el.style.width = '1000px';
    await frames(3);
    await el.updateComplete;
    for (const line of all(el, 'text.fault') as SVGTextElement[])
      expect(line.textContent).toBe(line.dataset['full']);
  });
});
