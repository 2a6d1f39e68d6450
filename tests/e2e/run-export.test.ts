// The header's SVG and PNG exports on the run page export the view shown: at a lesson step the
// scheduler flow (its focus ring drawn), on the lineage tab the run's lineage, and presenting, on
// the timeline tab, the timeline (vector SVG; PNG at the plot's size × 2). The files are named by
// the lesson's pipeline, the view and the playback position; the buttons' titles name the view.
// The downloads are kept in /tmp/shots/run-export-* for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { openRunPage, settle } from './support/app-page.ts';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the header's More menu and chooses SVG or PNG; the download, kept in /tmp/shots. */
async function exportAs(page: Page, kind: 'svg' | 'png', keep: string) {
  await page.locator('stagecraft-app header summary[data-more]').click();
  const button = page.locator(`stagecraft-app header button[data-export="${kind}"]`);
  const title = await button.getAttribute('title');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = `${SHOTS}/run-export-${keep}.${kind}`;
  await download.saveAs(path);
  return { name: download.suggestedFilename(), title, content: readFileSync(path) };
}

/** What a test needs of an exported SVG, read by the browser's own parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      executors: doc.querySelectorAll('[data-executor-id]').length,
      focus: [...doc.querySelectorAll('[data-focus]')].map((e) => e.getAttribute('data-focus')),
      stages: doc.querySelectorAll('[data-stage-id]').length,
      rects: doc.querySelectorAll('rect').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      images: doc.querySelectorAll('image').length,
    };
  }, text);
}

/** A PNG's size from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const position = async (page: Page) =>
  Number(await page.locator('sc-run-page').getAttribute('data-event-index'));

describe('exporting the run page', () => {
  it('exports the flow at a lesson step, the lineage tab, and presenting, the timeline tab', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run&lesson=01-word-count&step=4`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await expect.poll(() => page.locator('sc-flow-view [data-focus]').count()).toBeGreaterThan(0);
    const at = await position(page);
    expect(at).toBeGreaterThan(0);
    const stem = 'lesson-1-word-count';

    const flowSvg = await exportAs(page, 'svg', 'flow');
    expect(flowSvg.name).toBe(`${stem}.flow.event-${at}.svg`);
    expect(flowSvg.title).toBe('The scheduler flow as SVG');
    const flow = await readSvg(page, flowSvg.content.toString('utf8'));
    expect(flow).toMatchObject({ error: null, root: 'svg', focus: ['stage'] });
    expect(flow.executors).toBeGreaterThan(0);
    const flowPng = await exportAs(page, 'png', 'flow');
    expect(flowPng.name).toBe(`${stem}.flow.event-${at}.png`);
    expect(pngSize(flowPng.content).width).toBeGreaterThan(1000);

    await page.locator('sc-run-page [data-tab="lineage"]').click();
    await settle(page);
    const lineageSvg = await exportAs(page, 'svg', 'lineage');
    expect(lineageSvg.name).toBe(`${stem}.lineage.event-${at}.svg`);
    expect(lineageSvg.title).toBe('The lineage as SVG');
    const lineage = await readSvg(page, lineageSvg.content.toString('utf8'));
    expect(lineage).toMatchObject({ error: null, root: 'svg', stages: 2 });
    const lineagePng = await exportAs(page, 'png', 'lineage');
    expect(lineagePng.name).toBe(`${stem}.lineage.event-${at}.png`);
    pngSize(lineagePng.content);

    // Presenting: the exports stay in the More menu; the timeline is a tab of its own.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('stagecraft-app').getAttribute('presenting')).toBe('');
    await page.locator('sc-run-page [data-tab="timeline"]').click();
    await settle(page);
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    const timelineSvg = await exportAs(page, 'svg', 'timeline');
    expect(timelineSvg.name).toBe(`${stem}.timeline.event-${at}.svg`);
    expect(timelineSvg.title).toBe('The timeline as SVG');
    const timeline = await readSvg(page, timelineSvg.content.toString('utf8'));
    expect(timeline).toMatchObject({ error: null, root: 'svg', images: 0 });
    expect(timeline.texts).toContain('Executor 1');
    expect(timeline.rects).toBeGreaterThan(10);
    const timelinePng = await exportAs(page, 'png', 'timeline');
    expect(timelinePng.name).toBe(`${stem}.timeline.event-${at}.png`);
    const plot = await page
      .locator('sc-timeline .plot')
      .evaluate((p) => ({ width: Math.floor(p.clientWidth), height: Math.floor(p.clientHeight) }));
    const ratio = Math.max(2, await page.evaluate(() => devicePixelRatio));
    expect(pngSize(timelinePng.content)).toEqual({ width: plot.width * ratio, height: plot.height * ratio });
    await page.screenshot({ path: `${SHOTS}/run-export-presenting.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names an imported event log’s exports after its application', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await page.locator('[data-import-input]').setInputFiles('fixtures/eventlogs/spark-3.5/word-count');
    await page.locator('[data-imported]').waitFor();
    await openRunPage(page);
    await page.locator('sc-run-page button[data-action="next-boundary"]').click();
    await expect.poll(() => page.locator('sc-flow-view [data-executor-id]').count()).toBeGreaterThan(0);
    await settle(page);
    const at = await position(page);
    const flowSvg = await exportAs(page, 'svg', 'imported-flow');
    // The log's "App Name" is "stagecraft-harness Word count".
    expect(flowSvg.name).toBe(`stagecraft-harness-word-count.flow.event-${at}.svg`);
    const flow = await readSvg(page, flowSvg.content.toString('utf8'));
    expect(flow).toMatchObject({ error: null, root: 'svg' });
    expect(flow.executors).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
