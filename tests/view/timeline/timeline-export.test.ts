/**
 * The timeline's pictures (src/view/timeline/timeline-export.ts) in real Chromium: the PNG decodes
 * at the plot's size × a device pixel ratio of at least 2 and shows the playback cursor; the SVG is
 * vector output (a rect for every bar on screen, the labels as text, the killed attempts' stripes a
 * vector pattern) with no image inside. Both go to /tmp/shots/timeline-export.* for a person.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import wordCountJson from '../../../fixtures/pipelines/word-count.json';
import { parseFault, parsePipeline, simulate, type Trace } from '../../../src/model/index.ts';
import { BAR_KILLED, buildTimeline } from '../../../src/layout/index.ts';
import { defineElements, type TimelineView } from '../../../src/view/index.ts';
import { exportRatio, timelinePng, timelineSvg } from '../../../src/view/timeline/timeline-export.ts';
import '../../../src/app/theme.css';

defineElements();

/** Word count with speculation on and a straggler: one speculative copy wins, the other is killed. */
function speculated(): Trace {
  const parsed = parsePipeline(wordCountJson);
  if (!parsed.ok) throw new Error(`word-count.json: ${parsed.problems[0]?.message}`);
  const fault = parseFault('straggler:0.2*8');
  if (!fault.ok) throw new Error(fault.message);
  return simulate(
    parsed.value,
    { executorCount: 4, cores: 2, speculation: { enabled: true } },
    { seed: 1, faults: [fault.fault] },
  );
}

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

async function mount(trace: Trace, time: number): Promise<TimelineView> {
  const view = document.createElement('sc-timeline');
  view.style.cssText = 'display: block; width: 1100px; height: 460px';
  view.trace = trace;
  view.time = time;
  document.body.append(view);
  await view.updateComplete;
  await nextFrame();
  await nextFrame();
  return view;
}

let trace: Trace;
let midTime: number;
beforeAll(() => {
  trace = speculated();
  const layout = buildTimeline(trace);
  midTime = (layout.startTime + layout.endTime) / 2;
});
afterEach(() => document.body.replaceChildren());

describe('timeline pictures', () => {
  it('PNG: the plot size × a ratio of at least 2, with the playback cursor drawn', async () => {
    const view = await mount(trace, midTime);
    const plot = view.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const picture = view.picture()!;
    const ratio = exportRatio();
    expect(ratio).toBeGreaterThanOrEqual(2);
    const blob = await timelinePng(picture);
    expect(blob.type).toBe('image/png');
    const image = await createImageBitmap(blob);
    expect(image.width).toBe(Math.round(plot.clientWidth * ratio));
    expect(image.height).toBe(Math.round(plot.clientHeight * ratio));
    // The cursor's column, just below its notch, is the accent colour (#2f6fdb).
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const x = Math.round(view.xOfTime(midTime)! * ratio);
    const [r, g, b] = ctx.getImageData(x, 40 * ratio, 1, 1).data;
    expect([r, g, b]).toEqual([0x2f, 0x6f, 0xdb]);
    // The background is the canvas colour, not transparent.
    expect(ctx.getImageData(2, image.height - 2, 1, 1).data[3]).toBe(255);
    await commands.writeFile('/tmp/shots/timeline-export.png', await pngBase64(blob), 'base64');
  });

  it('SVG: a rect for every bar on screen, text labels, a vector hatch, and no image', async () => {
    const view = await mount(trace, midTime);
    const picture = view.picture()!;
    const text = await timelineSvg(picture);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBe(picture.frame.width);
    expect(Number(root.getAttribute('height'))).toBe(picture.frame.height);
    const rects = [...doc.querySelectorAll('rect')].map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      width: Number(r.getAttribute('width')),
      height: Number(r.getAttribute('height')),
    }));
    const { bars } = picture.layout;
    let onScreen = 0;
    for (let b = 0; b < bars.count; b++) {
      const box = view.taskBox(bars.taskId[b]!);
      if (!box) continue;
      onScreen++;
      const near = (a: number, c: number) => Math.abs(a - c) < 0.01;
      const drawn = rects.find(
        (r) => near(r.x, box.x) && near(r.y, box.y) && near(r.width, box.width) && r.height >= box.height - 1,
      );
      expect(drawn, `bar of task ${bars.taskId[b]} at ${JSON.stringify(box)}`).toBeDefined();
    }
    expect(onScreen).toBe(bars.count);
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toContain('Executor 1');
    // The labels left of the lanes are inside no clip that cuts them (svgcanvas clips whole groups).
    const label = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Executor 1')!;
    for (let g = label.parentElement; g && g !== root; g = g.parentElement) {
      const clip = g.getAttribute('clip-path')?.match(/url\(#(.+)\)/)?.[1];
      const box = clip ? doc.getElementById(clip)?.querySelector('path')?.getAttribute('d') : null;
      if (box) expect(box, `clip ${clip}`).toMatch(/^\s*M\s*0[\s,]/);
    }
    expect(words).toContain('Stage 0');
    // The killed attempt's stripes: a pattern of paths, filled over its bar.
    expect([...bars.flags].some((f) => f & BAR_KILLED)).toBe(true);
    const pattern = doc.querySelector('pattern');
    expect(pattern?.querySelector('path')).not.toBeNull();
    expect(doc.querySelector(`rect[fill="url(#${pattern!.id})"]`)).not.toBeNull();
    expect(doc.querySelector('image')).toBeNull();
    expect(text).not.toContain('data:image');
    await commands.writeFile('/tmp/shots/timeline-export.svg', text);
  });
});

async function pngBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
