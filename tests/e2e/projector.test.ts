// What a class sees on a projector (1280×800 or 1280×720): the run page's scheduler flow, with the
// what-if panel open, is drawn at scale 1 with no text under 11 px on screen; the header's More
// menu (exports, event log, theme) works from the keyboard and opens an event log. Screenshots:
// /tmp/shots/projector-run-1280x800.png, /tmp/shots/projector-run-1280x720.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  mkdirSync('/tmp/shots', { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The flow view's smallest text on screen: each text's computed font size × the drawing's scale. */
function flowText(page: Page) {
  return page.evaluate(() => {
    const run = document.querySelector('stagecraft-app')!.shadowRoot!.querySelector('sc-run-page')!;
    const flow = run.shadowRoot!.querySelector('sc-flow-view')!;
    const svg = flow.shadowRoot!.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
    );
    return { smallest: Math.min(...sizes), texts: sizes.length, scale, width: svg.viewBox.baseVal.width };
  });
}

/** The element that has the focus, through the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.hasAttribute('data-more') ? '[data-more]' : ''}` : null;
  });

describe('on a projector', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1280, height: 720 },
  ])
    it(`draws the scheduler flow with text of 11 px or more at ${viewport.width}×${viewport.height}, what-if panel open`, async () => {
      const { page, errors } = await openPage(
        browser,
        `${baseUrl}#example=word-count&view=run&t=45`,
        viewport,
      );
      await expect.poll(() => page.locator('sc-run-page').getAttribute('data-event-index')).toBe('45');
      await settle(page);
      expect(await page.locator('sc-run-page').getAttribute('side-closed')).toBeNull();
      expect(await page.locator('sc-what-if-panel').isVisible()).toBe(true);
      // The layout follows the host's width a frame after it is measured.
      await expect.poll(async () => (await flowText(page)).scale).toBeCloseTo(1, 2);
      const text = await flowText(page);
      expect(text.texts).toBeGreaterThan(20);
      expect(text.smallest).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: `/tmp/shots/projector-run-${viewport.width}x${viewport.height}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('opens the header’s More menu with the keyboard, reaches its items, closes it with Escape, imports from it', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 720,
    });
    await settle(page);
    const menu = page.locator('stagecraft-app header details.more');
    const summary = menu.locator('summary[data-more]');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.screenshot({
      path: '/tmp/shots/projector-more-menu.png',
      clip: { x: 0, y: 0, width: 1280, height: 260 },
    });
    await page.keyboard.press('Tab');
    expect(await page.locator('button[data-export="svg"]').evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await focused(page)).toBe('summary[data-more]');
    // Space opens it too; Tab past its last item closes it.
    await page.keyboard.press(' ');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const items = await menu.locator('.more-items button:visible').count();
    for (let i = 0; i <= items; i++) await page.keyboard.press('Tab');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The theme item does what the old button did, and closes the menu.
    await summary.click();
    await menu.locator('button[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toMatch(/^(dark|light)$/);
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Opening an event log from the menu asks for a file and imports it, the menu closed behind it.
    await summary.click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      menu.locator('.import-open button').click(),
    ]);
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await chooser.setFiles('fixtures/eventlogs/spark-3.5/word-count');
    await page.locator('stagecraft-app [data-imported]').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
