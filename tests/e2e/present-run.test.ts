// The run page presenting a lesson at 1280×720 (a projector): the centre shows one view at a time
// with the timeline as a third tab (a timeline step picks it), so the view shown gets the centre's
// height; the lesson card takes the right column, its narration and Next button in view.
// A step naming an executor rings it in the flow and scrolls it into sight. Screenshots:
// /tmp/shots/present-run-flow.png, present-run-timeline.png, lesson-focus-executor.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { settle } from './support/app-page.ts';

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

const VIEWPORT = { width: 1280, height: 720 };

/** The element's box in screen pixels (the presenting zoom included). */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
}

async function inView(page: Page, selector: string): Promise<boolean> {
  const b = await box(page, selector);
  return b.y >= 0 && b.y + b.height <= VIEWPORT.height && b.x >= 0 && b.x + b.width <= VIEWPORT.width;
}

describe('presenting a lesson on the run page', () => {
  it('gives the step view the centre height, the timeline its own tab, the lesson the right column', async () => {
    const { page, errors } = await openPage(
      browser,
      `${baseUrl}#view=run&lesson=01-word-count&step=4&present=1&lang=zh-CN`,
      VIEWPORT,
    );
    await settle(page);
    await expect
      .poll(() => page.locator('sc-walkthrough-player [data-progress]').textContent())
      .toContain('第 4 步');
    const tabs = page.locator('sc-run-page .tabs [role="tab"]');
    expect(await tabs.allTextContents().then((t) => t.map((s) => s.trim()))).toEqual([
      '调度流程',
      '血缘',
      '时间线',
    ]);
    expect(await page.locator('sc-run-page [data-tab="flow"]').getAttribute('aria-selected')).toBe('true');
    // No timeline below the view: the flow view has the centre's height.
    expect(await page.locator('sc-run-page .centre > .panel.timeline').count()).toBe(0);
    const centre = await box(page, 'sc-run-page .centre');
    const view = await box(page, 'sc-run-page .main-view');
    expect(view.height).toBeGreaterThan(centre.height * 0.85);
    // The lesson narrates: its text and Next are in view; the event narration gives it the room.
    expect(await inView(page, 'sc-walkthrough-player [data-narration]')).toBe(true);
    expect(await inView(page, 'sc-walkthrough-player button.next')).toBe(true);
    expect(await page.locator('sc-run-page .right > .panel.narration').isVisible()).toBe(false);
    // The header's Lessons menu switches lessons while presenting: the panel's own picker gives its room.
    expect(await page.locator('sc-run-page [data-lesson-picker]').isVisible()).toBe(false);
    expect(await page.locator('sc-run-page [data-open-lesson-file]').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/present-run-flow.png` });

    // The next step shows the timeline: its tab is chosen and it fills the centre.
    await page.locator('sc-walkthrough-player button.next').click();
    await settle(page);
    await expect
      .poll(() => page.locator('sc-run-page [data-tab="timeline"]').getAttribute('aria-selected'))
      .toBe('true');
    expect(await page.locator('sc-run-page .main-view sc-timeline').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/present-run-timeline.png` });

    // Leaving presentation mode puts the timeline back below the flow.
    await page.keyboard.press('p');
    await settle(page);
    expect(await page.locator('sc-run-page [role="tab"]').count()).toBe(2);
    expect(await page.locator('sc-run-page .centre > .panel.timeline sc-timeline').count()).toBe(1);
    expect(await page.locator('sc-run-page [data-tab="flow"]').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('rings the executor a lesson step names and scrolls the flow to it', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run&lesson=09-lost-executor&step=3`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    const ring = page.locator('sc-flow-view [data-focus="executor"]');
    await expect.poll(() => ring.getAttribute('data-focus-id')).toBe('1');
    const flow = await box(page, 'sc-flow-view');
    const at = await box(page, 'sc-flow-view [data-focus="executor"]');
    expect(at.y).toBeGreaterThanOrEqual(flow.y);
    expect(at.y + at.height).toBeLessThanOrEqual(flow.y + flow.height);
    await page.screenshot({ path: `${SHOTS}/lesson-focus-executor.png` });
    // The step is longer than its panel: the panel scrolls, the step buttons stay in sight.
    const panel = await box(page, 'sc-run-page .panel.lesson');
    const next = await box(page, 'sc-walkthrough-player button.next');
    expect(next.y + next.height).toBeLessThanOrEqual(panel.y + panel.height);
    expect(errors).toEqual([]);
  });
});
