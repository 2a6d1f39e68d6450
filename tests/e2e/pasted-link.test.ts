// A link pasted into the address bar of the open app (a hash change, no reload) opens what it
// names as a fresh visit does: the run page with a lesson at its step and the playback at that
// step's position, another lesson and step after it, and the workspace for a link naming no page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough } from '../../src/model/index.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function stepPosition(id: string, step: number): number {
  const r = loadWalkthrough(readFileSync(`fixtures/walkthroughs/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.value.steps[step - 1]!.position;
}

async function paste(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await settle(page);
}

const eventIndex = (page: Page) => page.locator('sc-run-page').getAttribute('data-event-index');
const progress = (page: Page) => page.locator('sc-walkthrough-player [data-progress]').textContent();

describe('a link pasted into the open app', () => {
  it('opens the lesson and step it names, then another, then the workspace', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    expect(await page.locator('sc-run-page').count()).toBe(0);

    await paste(page, '#view=run&lesson=04-skipped-stages&step=4');
    await expect.poll(() => progress(page)).toContain('Step 4 of 5');
    await expect.poll(() => eventIndex(page)).toBe(String(stepPosition('04-skipped-stages', 4)));

    await paste(page, '#view=run&lesson=09-lost-executor&step=2&lang=zh-CN');
    await expect.poll(() => progress(page)).toMatch(/^第 2 步，共 \d+ 步$/);
    await expect.poll(() => eventIndex(page)).toBe(String(stepPosition('09-lost-executor', 2)));

    await paste(page, '#example=word-count&lang=zh-CN');
    await expect.poll(() => page.locator('sc-run-page').count()).toBe(0);
    expect(await page.locator('sc-lineage-view [data-stage-id]').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
