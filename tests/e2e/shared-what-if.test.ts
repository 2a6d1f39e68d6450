// A link restores the what-if run (issue 8, "Sharing"): the run page writes the cluster and the
// faults into the address as `cl=` and `f=`; the same address in a new page shows the same form
// and plays the same run (as a first run, with no comparison). A link with bad what-if values
// says so, uses the defaults for those values and keeps the rest (/tmp/shots/a11y-link-notice.png).
// In a lesson the keys hold the what-if form when it differs from the lesson's: the link opens the
// lesson's step with that form and its run, compared with the lesson's, at the same position.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough, simulate } from '../../src/model/index.ts';
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

const runPage = (page: Page) => page.locator('sc-run-page');
const eventCount = async (page: Page) => Number(await runPage(page).getAttribute('data-event-count'));

async function waitForRun(page: Page): Promise<void> {
  await expect.poll(() => eventCount(page)).toBeGreaterThan(0);
  await expect.poll(() => page.locator('sc-what-if-panel progress').count()).toBe(0);
  await settle(page);
}

async function form(page: Page) {
  const panel = page.locator('sc-what-if-panel');
  return {
    executors: await panel.locator('input[name="executors"]').inputValue(),
    cores: await panel.locator('input[name="cores"]').inputValue(),
    faults: await panel
      .locator('[data-fault]')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.querySelector('select')!.value}:${r.querySelector('input')!.value}`),
      ),
  };
}

describe('a shared link restores the what-if run', () => {
  it('puts 4 executors and a fault into the link, and a new page opens the same run', async () => {
    const first = await openPage(browser, `${baseUrl}#example=word-count&view=run`, {
      width: 1280,
      height: 800,
    });
    const page = first.page;
    await waitForRun(page);
    const panel = page.locator('sc-what-if-panel');
    await panel.locator('input[name="executors"]').fill('4');
    await panel.locator('button', { hasText: 'Add a fault' }).click();
    await panel.locator('[data-fault="0"] input').fill('3@0.2');
    const before = await eventCount(page);
    await panel.locator('[data-action="simulate"]').click();
    await panel.locator('table[data-comparison]').waitFor();
    await waitForRun(page);
    const count = await eventCount(page);
    expect(count).not.toBe(before);
    const url = await page.evaluate(() => location.href);
    expect(url).toContain('cl=executorCount:4');
    expect(url).toContain('f=kill-executor:3@0.2');
    const shown = await form(page);
    expect(first.errors).toEqual([]);

    const second = await openPage(browser, url, { width: 1280, height: 800 });
    await waitForRun(second.page);
    expect(await form(second.page)).toEqual(shown);
    expect(await eventCount(second.page)).toBe(count);
    expect(await second.page.locator('sc-what-if-panel table[data-comparison]').count()).toBe(0);
    expect(await second.page.locator('sc-run-page [data-link-notice]').count()).toBe(0);
    expect(second.errors).toEqual([]);
    await second.page.context().close();
    await page.context().close();
  });

  it('names bad what-if values, uses their defaults and keeps the rest of the link', async () => {
    const { page, errors } = await openPage(
      browser,
      `${baseUrl}#example=word-count&view=run&cl=executorCount:4,cores:zero&f=explode:now`,
      { width: 1280, height: 800 },
    );
    await waitForRun(page);
    const notice = page.locator('sc-run-page [data-link-notice]');
    expect(await notice.textContent()).toContain('cores:zero');
    expect(await notice.textContent()).toContain('explode:now');
    expect(await form(page)).toEqual({ executors: '4', cores: '2', faults: [] });
    await page.screenshot({ path: '/tmp/shots/a11y-link-notice.png' });
    const url = await page.evaluate(() => location.hash);
    expect(url).toContain('cl=executorCount:4');
    expect(url).not.toContain('explode');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a link made before these keys on the default cluster', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&view=run&t=3`, {
      width: 1280,
      height: 800,
    });
    await waitForRun(page);
    expect(await form(page)).toEqual({ executors: '2', cores: '2', faults: [] });
    expect(await runPage(page).getAttribute('data-event-index')).toBe('3');
    expect(await page.evaluate(() => location.hash)).not.toMatch(/cl=|f=/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores a lesson link with the what-if form changed in the lesson: same step, form, run and position', async () => {
    const read = loadWalkthrough(readFileSync('fixtures/walkthroughs/09-lost-executor.json', 'utf8'));
    if (!read.ok) throw new Error('09-lost-executor does not load');
    const lost = read.value;
    const withService = simulate(
      { plan: lost.plan, pipeline: lost.lesson.pipeline },
      { ...lost.lesson.cluster, externalShuffleService: true },
      { faults: lost.lesson.faults, seed: lost.lesson.seed },
    ).events.length;
    const first = await openPage(browser, `${baseUrl}#view=run&lesson=09-lost-executor&step=6`, {
      width: 1280,
      height: 800,
    });
    const page = first.page;
    await waitForRun(page);
    // The untouched lesson's link names the lesson alone.
    expect(await page.evaluate(() => location.hash)).not.toMatch(/[#&](cl|f)=/);
    const panel = page.locator('sc-what-if-panel');
    await expect.poll(() => panel.locator('[data-fault="0"] input').inputValue()).toBe('1@2');
    await panel.locator('input[name="externalShuffleService"]').check();
    await panel.locator('[data-action="simulate"]').click();
    await expect.poll(() => eventCount(page)).toBe(withService);
    await panel.locator('table[data-comparison]').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const index = await runPage(page).getAttribute('data-event-index');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`t=${index}`);
    const url = await page.evaluate(() => location.href);
    expect(url).toContain('lesson=09-lost-executor');
    expect(url).toContain('cl=externalShuffleService');
    expect(url).toContain('f=hang-executor:1@2');
    const shown = await form(page);
    expect(first.errors).toEqual([]);

    const second = await openPage(browser, url, { width: 1280, height: 800 });
    const again = second.page;
    await expect.poll(() => eventCount(again)).toBe(withService);
    await waitForRun(again);
    const panel2 = again.locator('sc-what-if-panel');
    expect(await form(again)).toEqual(shown);
    expect(await panel2.locator('input[name="externalShuffleService"]').isChecked()).toBe(true);
    expect(await runPage(again).getAttribute('data-event-index')).toBe(index);
    expect(await panel2.locator('table[data-comparison]').count()).toBe(1);
    expect(await again.locator('sc-walkthrough-player [data-progress]').textContent()).toContain('Step 6 of');
    expect(await again.locator('sc-run-page [data-link-notice]').count()).toBe(0);
    expect(await again.evaluate(() => location.href)).toBe(url);
    // Going to another step plays the lesson's own run again: the form and the link say so.
    await again.locator('sc-walkthrough-player button.previous').click();
    await expect.poll(() => eventCount(again)).toBe(lost.trace.events.length);
    await expect.poll(() => panel2.locator('input[name="externalShuffleService"]').isChecked()).toBe(false);
    expect(await again.evaluate(() => location.hash)).not.toMatch(/[#&](cl|f)=/);
    expect(second.errors).toEqual([]);
    await again.context().close();
    await page.context().close();
  });
});
