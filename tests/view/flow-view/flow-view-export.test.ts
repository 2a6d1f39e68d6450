/**
 * `FlowView.exportSvg()` in real Chromium: a standalone SVG document (it parses, it loads as an
 * image on its own), with every executor and a lesson's focus rings as drawn, the theme's tokens
 * inlined with their values, and no reference outside the file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPlayback, simulate, type Playback } from '../../../src/model/index.ts';
import { FlowView } from '../../../src/view/flow-view/flow-view.ts';
import { wordCountPipeline } from '../../support/plans.ts';
// The app's theme: the tokens the export must carry have values.
import '../../../src/app/theme.css';

if (!customElements.get('sc-flow-view')) customElements.define('sc-flow-view', FlowView);
afterEach(() => document.body.replaceChildren());

const play = (): Playback =>
  createPlayback(simulate(wordCountPipeline, { executorCount: 2, cores: 2 }, { seed: 1 }));

async function mount(playback: Playback, index: number): Promise<FlowView> {
  const el = document.createElement('sc-flow-view') as FlowView;
  el.playback = playback;
  el.index = index;
  el.style.cssText = 'display: block; width: 1000px; height: 300px';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('FlowView.exportSvg', () => {
  it('is a standalone SVG with the executors, the focus rings and the theme tokens, and no outside reference', async () => {
    const playback = play();
    const el = await mount(playback, 20);
    el.lessonFocus = { stageIds: [0], executorId: '1' };
    await el.updateComplete;
    const text = el.exportSvg();
    expect(text).not.toBeNull();
    const doc = parse(text!);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    // The whole drawing, though the host shows only 300 px of it.
    const drawn = el.shadowRoot!.querySelector('svg')!.viewBox.baseVal;
    expect(Number(root.getAttribute('height'))).toBe(drawn.height);
    expect(drawn.height).toBeGreaterThan(300);
    const executors = [...doc.querySelectorAll('[data-executor-id]')].map((x) =>
      x.getAttribute('data-executor-id'),
    );
    expect(new Set(executors)).toEqual(new Set(['0', '1']));
    expect(doc.querySelector('[data-focus="executor"][data-focus-id="1"]')).not.toBeNull();
    expect(doc.querySelector('[data-focus="stage"][data-focus-id="0"]')).not.toBeNull();
    const style = doc.querySelector('style')!.textContent!;
    const host = getComputedStyle(el);
    for (const token of ['--sc-fg', '--sc-muted', '--sc-accent', '--sc-surface', '--sc-border']) {
      expect(host.getPropertyValue(token).trim()).not.toBe('');
      expect(style).toContain(`${token}: ${host.getPropertyValue(token).trim()};`);
    }
    // The view's own properties, set on its :host (which matches nothing in the file), and its
    // text size come along: the boxes keep their fill, the text its size.
    expect(style).toContain(`--flow-box: ${host.getPropertyValue('--flow-box').trim()};`);
    expect(style).toContain(`font-size: ${host.fontSize};`);
    // Every var() the styles read has a value in the file.
    for (const [, name] of style.matchAll(/var\(\s*(--[\w-]+)/g))
      if (host.getPropertyValue(name!).trim() !== '') expect(style).toContain(`${name}:`);
    // No reference out of the file: only same-document url(#…) and href="#…".
    for (const [ref] of text!.matchAll(/url\([^)]*\)/g)) expect(ref).toMatch(/^url\(#/);
    for (const node of doc.querySelectorAll('*'))
      for (const attr of node.attributes)
        if (attr.localName === 'href') expect(attr.value.startsWith('#')).toBe(true);
    expect(text).not.toMatch(/@import|<image|<foreignObject/);
  });

  it('loads as an image on its own', async () => {
    const el = await mount(play(), 20);
    const url = URL.createObjectURL(new Blob([el.exportSvg()!], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    expect(image.naturalWidth).toBeGreaterThan(500);
  });

  it('is null while there is nothing to play', async () => {
    const el = document.createElement('sc-flow-view') as FlowView;
    document.body.append(el);
    await el.updateComplete;
    expect(el.exportSvg()).toBeNull();
  });
});
