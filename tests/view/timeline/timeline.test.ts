import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import wordCountJson from '../../../fixtures/pipelines/word-count.json';
import {
  parseFault,
  parsePipeline,
  simulate,
  type ClusterOptions,
  type Trace,
} from '../../../src/model/index.ts';
import { buildTimeline, runningBar } from '../../../src/layout/index.ts';
import {
  defineElements,
  type SeekDetail,
  type SelectTaskDetail,
  type TimelineView,
} from '../../../src/view/index.ts';

defineElements();

function wordCount(cluster: ClusterOptions, faults: readonly string[] = []): Trace {
  const parsed = parsePipeline(wordCountJson);
  if (!parsed.ok) throw new Error(`word-count.json: ${parsed.problems[0]?.message}`);
  return simulate(parsed.value, cluster, {
    seed: 1,
    faults: faults.map((s) => {
      const r = parseFault(s);
      if (!r.ok) throw new Error(r.message);
      return r.fault;
    }),
  });
}

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

async function mount(trace: Trace, time = 0, size = { width: 1100, height: 460 }): Promise<TimelineView> {
  const view = document.createElement('sc-timeline');
  view.style.width = `${size.width}px`;
  view.style.height = `${size.height}px`;
  view.trace = trace;
  view.time = time;
  document.body.append(view);
  await view.updateComplete;
  await nextFrame();
  await nextFrame();
  return view;
}

const plot = (v: TimelineView): HTMLElement => v.shadowRoot!.querySelector('.plot')!;

function pointer(v: TimelineView, type: string, x: number, y: number): void {
  const box = plot(v).getBoundingClientRect();
  plot(v).dispatchEvent(
    new PointerEvent(type, {
      clientX: box.left + x,
      clientY: box.top + y,
      bubbles: true,
      pointerId: 1,
      button: 0,
    }),
  );
}

function collect<T>(v: TimelineView, type: 'sc-seek' | 'sc-select-task'): T[] {
  const seen: T[] = [];
  v.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

let trace: Trace;
beforeAll(() => {
  trace = wordCount({ executorCount: 4, cores: 2 });
});
afterEach(() => document.body.replaceChildren());

describe('sc-timeline', () => {
  it('carries the playback hooks: event count, event index at its time, task count, running count', async () => {
    const layout = buildTimeline(trace);
    const mid = (layout.bars.start[0]! + layout.bars.end[0]!) / 2;
    const view = await mount(trace, mid);
    expect(view.dataset['eventCount']).toBe(String(trace.events.length));
    expect(view.dataset['taskCount']).toBe(String(trace.events.filter((e) => e.kind === 'taskStart').length));
    const expectedIndex = trace.events.findIndex((e) => e.time > mid);
    expect(view.dataset['eventIndex']).toBe(String(expectedIndex));
    let running = 0;
    for (let lane = 0; lane < layout.laneCount; lane++) if (runningBar(layout, lane, mid) >= 0) running++;
    expect(running).toBeGreaterThan(0);
    expect(view.dataset['runningCount']).toBe(String(running));
    view.index = 5;
    await view.updateComplete;
    expect(view.dataset['eventIndex']).toBe('5');
  });

  it('sizes its canvases for the device pixel ratio', async () => {
    const view = await mount(trace);
    for (const c of view.shadowRoot!.querySelectorAll('canvas')) {
      expect(c.width).toBe(Math.round(plot(view).clientWidth * devicePixelRatio));
      expect(c.style.width).toBe(`${plot(view).clientWidth}px`);
    }
  });

  it('shows a hovered task in a tooltip and the readout, and selects it on click', async () => {
    const view = await mount(trace);
    const selections = collect<SelectTaskDetail>(view, 'sc-select-task');
    const box = view.taskBox(3)!;
    expect(box).not.toBeNull();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    pointer(view, 'pointermove', x, y);
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('.tooltip')!.getAttribute('data-task-id')).toBe('3');
    expect(view.shadowRoot!.querySelector('.readout')!.getAttribute('data-task-id')).toBe('3');
    pointer(view, 'pointerdown', x, y);
    pointer(view, 'pointerup', x, y);
    await view.updateComplete;
    expect(selections).toEqual([{ taskId: 3 }]);
    expect(view.selectedTaskId).toBe(3);
    const readout = view.shadowRoot!.querySelector('.readout')!;
    expect(readout.getAttribute('data-selected')).toBe('true');
    expect(readout.textContent).toContain('Task 3');
    expect(readout.textContent).toContain('SUCCESS');
  });

  it('asks to seek when the axis is clicked', async () => {
    const view = await mount(trace);
    const seeks = collect<SeekDetail>(view, 'sc-seek');
    const layout = buildTimeline(trace);
    const target = layout.startTime + (layout.endTime - layout.startTime) / 2;
    const x = view.xOfTime(target)!;
    pointer(view, 'pointerdown', x, 10);
    pointer(view, 'pointerup', x, 10);
    expect(seeks).toHaveLength(1);
    expect((seeks[0] as { time: number }).time).toBeCloseTo(target, -1);
  });

  it('moves the selection between tasks with the arrow keys and clears it with Escape', async () => {
    const view = await mount(trace);
    const selections = collect<SelectTaskDetail>(view, 'sc-select-task');
    plot(view).focus();
    const key = (k: string) =>
      plot(view).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowDown');
    key('Escape');
    await view.updateComplete;
    const ids = selections.map((s) => s.taskId);
    expect(ids).toHaveLength(4);
    expect(ids.slice(0, 3).every((id) => id !== null)).toBe(true);
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(ids[3]).toBeNull();
    expect(view.shadowRoot!.querySelector('.readout')!.hasAttribute('data-task-id')).toBe(false);
  });

  it('a selected task id from the host shows in the readout', async () => {
    const view = await mount(trace);
    view.selectedTaskId = 5;
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('.readout')!.getAttribute('data-task-id')).toBe('5');
  });

  it('zooms in around the middle with the button and back out with Fit', async () => {
    const view = await mount(trace);
    const before = view.taskBox(0)!;
    (view.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await nextFrame();
    const zoomed = view.taskBox(0);
    expect(zoomed === null || zoomed.width > before.width).toBe(true);
    view.fit();
    expect(view.taskBox(0)).toEqual(before);
  });

  it('zooms around the pointer with the wheel and pans by dragging', async () => {
    const view = await mount(trace);
    const before = view.taskBox(5)!;
    const box = plot(view).getBoundingClientRect();
    const x = before.x + before.width / 2;
    plot(view).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: box.left + x,
        clientY: box.top + 200,
        bubbles: true,
        cancelable: true,
      }),
    );
    const zoomed = view.taskBox(5)!;
    expect(zoomed.width).toBeGreaterThan(before.width * 1.5);
    // The time under the pointer stays under it.
    expect(zoomed.x).toBeLessThan(x);
    expect(zoomed.x + zoomed.width).toBeGreaterThan(x);
    pointer(view, 'pointerdown', 600, 300);
    pointer(view, 'pointermove', 640, 300);
    pointer(view, 'pointerup', 640, 300);
    expect(view.taskBox(5)!.x).toBeCloseTo(zoomed.x + 40, 0);
  });

  it('follows the playback time when zoomed in and the cursor leaves the window', async () => {
    const layout = buildTimeline(trace);
    const view = await mount(trace, layout.startTime);
    view.zoom(8, layout.startTime);
    const late = Math.max(...layout.bars.end) - 1;
    view.time = late;
    await view.updateComplete;
    const x = view.xOfTime(late)!;
    expect(x).toBeGreaterThan(96);
    expect(x).toBeLessThan(plot(view).clientWidth);
  });

  it('counts the attempts running at the playback time as it moves', async () => {
    const layout = buildTimeline(trace);
    const view = await mount(trace, layout.startTime);
    expect(view.dataset['runningCount']).toBe('0');
    const counts: number[] = [];
    for (let k = 0; k <= 20; k++) {
      view.time = layout.startTime + ((layout.endTime - layout.startTime) * k) / 20;
      await view.updateComplete;
      counts.push(Number(view.dataset['runningCount']));
    }
    expect(Math.max(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    expect(counts.at(-1)).toBe(0);
  });

  it('draws again after being moved to another place in the page', async () => {
    const view = await mount(trace);
    const box = view.taskBox(3);
    const holder = document.createElement('div');
    document.body.append(holder);
    holder.append(view);
    await nextFrame();
    await nextFrame();
    expect(view.taskBox(3)).toEqual(box);
    const canvas = view.shadowRoot!.querySelector('canvas.static') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    expect(pixels.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
  });

  it('explains a stage span and an executor label in the tooltip when hovered', async () => {
    const faulty = wordCount({ executorCount: 3, cores: 2 }, ['kill-executor:1@1.5', 'fetch-failure:1.0']);
    const layout = buildTimeline(faulty);
    const view = await mount(faulty);
    const retry = layout.stages.find((s) => s.attempt > 0)!;
    const x = view.xOfTime((retry.start + retry.end) / 2)!;
    const y = 24 + (layout.jobRows + retry.row) * 14 + 7;
    pointer(view, 'pointermove', x, y);
    await view.updateComplete;
    const tip = view.shadowRoot!.querySelector('.tooltip')!;
    expect(tip.hasAttribute('data-task-id')).toBe(false);
    expect(tip.textContent).toContain(`Stage ${retry.id} (attempt ${retry.attempt})`);
    const lost = layout.executors.find((e) => e.executorId === '1')!;
    const box = view.taskBox(layout.bars.taskId[Array.from(layout.bars.lane).indexOf(lost.firstLane)]!)!;
    pointer(view, 'pointermove', 20, box.y + 2);
    await view.updateComplete;
    const label = view.shadowRoot!.querySelector('.tooltip')!.textContent!;
    expect(label).toContain('Executor 1');
    expect(label).toContain('removed at');
    pointer(view, 'pointerleave', 0, 0);
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('.tooltip')).toBeNull();
  });

  it('zooms with a two-finger pinch on a touch screen', async () => {
    const view = await mount(trace);
    const before = view.taskBox(5)!;
    const box = plot(view).getBoundingClientRect();
    const touch = (type: string, id: number, x: number) =>
      plot(view).dispatchEvent(
        new PointerEvent(type, {
          clientX: box.left + x,
          clientY: box.top + 200,
          bubbles: true,
          pointerId: id,
          pointerType: 'touch',
          button: 0,
        }),
      );
    const mid = before.x + before.width / 2;
    touch('pointerdown', 11, mid - 50);
    touch('pointerdown', 12, mid + 50);
    touch('pointermove', 12, mid + 150);
    touch('pointerup', 11, mid - 50);
    touch('pointerup', 12, mid + 150);
    expect(view.taskBox(5)!.width).toBeGreaterThan(before.width * 1.5);
  });
});
