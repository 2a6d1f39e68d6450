// Screenshots of the main states into /tmp/shots (to look at), and the README's picture
// (docs/screenshot-lineage.png) when STAGECRAFT_DOCS_SHOT=1. Each state is also checked for
// console errors, so this suite doubles as a smoke test of the states it shows.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { readHooks, settle } from './support/app-page.ts';

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

describe('main states', () => {
  it('a co-partitioned join with a shuffle edge selected shows the reason', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=join-co-partitioned`);
    await settle(page);
    await page.locator('sc-lineage-view [data-dep-type="shuffle"]').first().dispatchEvent('click');
    await settle(page);
    expect(await page.locator('sc-detail-panel .why').first().textContent()).toMatch(/Why a shuffle:/);
    await page.screenshot({ path: `${SHOTS}/state-join-edge.png` });
    if (process.env.STAGECRAFT_DOCS_SHOT === '1')
      await page.screenshot({ path: 'docs/screenshot-lineage.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a second job with skipped stages, in the dark theme on a laptop screen', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=two-actions-with-cache`, {
      width: 1366,
      height: 768,
    });
    await settle(page);
    await page.locator('stagecraft-app header summary[data-more]').click();
    await page.locator('stagecraft-app header button[data-theme-toggle]').click();
    const select = page.locator('sc-job-selector select');
    const options = await select.locator('option').count();
    await select.selectOption({ index: options - 1 });
    await settle(page);
    expect((await readHooks(page)).skipped.length).toBeGreaterThan(0);
    await page.locator('sc-lineage-view [data-skipped]').first().dispatchEvent('click');
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/state-skipped-dark-laptop.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('partition mode, a stage selected, and the operator reference', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=union-plain`);
    await settle(page);
    await page.locator('sc-lineage-view button', { hasText: 'Partitions' }).click();
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/state-partitions.png` });
    await page.locator('sc-stage-list li button').first().click();
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/state-stage-selected.png` });
    await page.locator('stagecraft-app header button[data-page="reference"]').click();
    await settle(page);
    await page.locator('sc-operator-reference input[type="search"]').fill('join');
    await settle(page);
    expect(await page.locator('sc-operator-reference article').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/state-reference.png` });
    await page.locator('sc-operator-reference article[data-operator="join"] button').click();
    await settle(page);
    expect((await readHooks(page)).rdds.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
