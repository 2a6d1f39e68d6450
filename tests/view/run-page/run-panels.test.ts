// The run page's panels in real Chromium: the virtualized narration list (100,000 events), the
// what-if form's messages and its run request, and the stage graph's running-stage highlight.
import { afterEach, describe, expect, it } from 'vitest';
import wordCountJson from '../../../fixtures/pipelines/word-count.json';
import { defineRunPage } from '../../../src/app/run/run-page.ts';
import type { WhatIfDetail } from '../../../src/app/run/what-if-panel.ts';
import { parsePipeline, planPipeline, simulate, type TraceEvent } from '../../../src/model/index.ts';
import { defineElements } from '../../../src/view/index.ts';

defineElements();
defineRunPage();
afterEach(() => document.body.replaceChildren());

const parsed = parsePipeline(wordCountJson);
if (!parsed.ok) throw new Error('word-count fixture does not parse');
const pipeline = parsed.value;
const plan = planPipeline(pipeline);
const trace = simulate(pipeline);

async function mount<K extends 'sc-narration-panel' | 'sc-what-if-panel' | 'sc-stage-graph'>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void,
) {
  const el = document.createElement(tag);
  el.style.height = '400px';
  el.style.display = 'flex';
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('sc-narration-panel', () => {
  const many: TraceEvent[] = Array.from(
    { length: 100_000 },
    (_, i) => trace.events[i % trace.events.length] as TraceEvent,
  );

  it('keeps only the rows in view in the page for 100,000 events, and scrolls to the current one', async () => {
    const panel = await mount('sc-narration-panel', (el) => {
      el.events = many;
      el.index = 0;
    });
    const rows = () => panel.shadowRoot!.querySelectorAll('li');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    panel.index = 75_001;
    await panel.updateComplete;
    panel.shadowRoot!.querySelector('.list')!.dispatchEvent(new Event('scroll'));
    await panel.updateComplete;
    const current = panel.shadowRoot!.querySelector('li.current');
    expect(current?.getAttribute('data-index')).toBe('75000');
    expect(rows().length).toBeLessThan(60);
  });

  it('explains the current event and seeks to the position just after a clicked entry', async () => {
    const panel = await mount('sc-narration-panel', (el) => {
      el.events = trace.events;
      el.index = 0;
    });
    const seeks: unknown[] = [];
    panel.addEventListener('sc-seek', (e) => seeks.push(e.detail));
    panel.shadowRoot!.querySelector<HTMLElement>('li[data-index="3"]')!.click();
    expect(seeks).toEqual([{ index: 4 }]);
    const submit = trace.events.findIndex(
      (e) => e.kind === 'step' && e.method === 'DAGScheduler.submitMissingTasks',
    );
    panel.index = submit + 1;
    await panel.updateComplete;
    const narration = panel.shadowRoot!.querySelector('.narration')!;
    expect(narration.getAttribute('data-event-index')).toBe(String(submit + 1));
    expect(narration.querySelector('.where')!.textContent).toBe('DAGScheduler.submitMissingTasks');
    expect(narration.textContent).toContain('ShuffleMapTasks in TaskSet 0.0');
  });
});

describe('sc-what-if-panel', () => {
  it('shows a message next to a bad field and runs nothing', async () => {
    const panel = await mount('sc-what-if-panel', (el) => {
      el.pipeline = pipeline;
      el.plan = plan;
    });
    const runs: WhatIfDetail[] = [];
    panel.addEventListener('sc-what-if', (e) => runs.push((e as CustomEvent<WhatIfDetail>).detail));
    const executors = panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="executors"]')!;
    executors.value = 'many';
    executors.dispatchEvent(new Event('input'));
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="simulate"]')!.click();
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[data-error="executors"]')?.textContent).toContain('1 to 200');
    expect(executors.getAttribute('aria-invalid')).toBe('true');
    expect(runs).toEqual([]);
  });

  it('asks for a run with the cluster and faults of the form', async () => {
    const panel = await mount('sc-what-if-panel', (el) => {
      el.pipeline = pipeline;
      el.plan = plan;
    });
    const runs: WhatIfDetail[] = [];
    panel.addEventListener('sc-what-if', (e) => runs.push((e as CustomEvent<WhatIfDetail>).detail));
    const executors = panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="executors"]')!;
    executors.value = '3';
    executors.dispatchEvent(new Event('input'));
    [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset > button')].at(-1)!.click();
    await panel.updateComplete;
    const fault = panel.shadowRoot!.querySelector<HTMLInputElement>('.fault input')!;
    fault.value = '2@0.4';
    fault.dispatchEvent(new Event('input'));
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="simulate"]')!.click();
    await panel.updateComplete;
    expect(runs.length).toBe(1);
    expect(runs[0]!.cluster.executorCount).toBe(3);
    expect(runs[0]!.faults).toEqual([{ kind: 'kill-executor', executor: '2', atMs: 400 }]);
  });
});

describe('sc-stage-graph', () => {
  it('marks the running stages with data-active', async () => {
    const graph = await mount('sc-stage-graph', (el) => {
      el.plan = plan;
      el.activeStageIds = new Set([1]);
    });
    const active = [...graph.shadowRoot!.querySelectorAll('[data-active="true"]')].map((g) =>
      g.getAttribute('data-stage-node'),
    );
    expect(active).toEqual(['1']);
  });
});
