// Typing Spark code in the built app: the lineage follows the code, a bad line is reported at its
// line and column while the last good graph stays, and selecting an RDD highlights its call.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { readHooks, replaceCode, settle } from './support/app-page.ts';

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

const WORD_COUNT =
  'val counts = sc.textFile("in.txt", 4).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _, 3)\ncounts.collect()';

describe('the code editor', () => {
  it('turns typed word count into 2 stages, and keeps them when a line is bad', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    await page.locator('stagecraft-app button[role="tab"]', { hasText: 'Code' }).click();
    await settle(page);
    await replaceCode(page, WORD_COUNT);
    const good = await readHooks(page);
    expect(good.stages).toHaveLength(2);
    expect(good.shuffle).toBe(1);

    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\nval broken = counts.frobnicate(');
    await settle(page);
    const problem = page.locator('sc-code-editor ul.problems li').first();
    expect(await problem.getAttribute('data-line')).toBe('3');
    expect(await problem.textContent()).toMatch(/line 3, column \d+/i);
    expect(await page.locator('sc-code-editor .cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await readHooks(page)).toEqual(good);
    await page.screenshot({ path: `${SHOTS}/app-code-error.png` });

    // Linked highlighting: the selected RDD's call is marked in the code.
    await page.locator('sc-lineage-view [data-rdd-id="4"]').click();
    await settle(page);
    expect(await page.locator('sc-code-editor .sc-linked').first().textContent()).toContain('reduceByKey');
    // …and the other way: a click on a call in the code selects its RDD in the lineage.
    await page.locator('sc-code-editor .cm-content').getByText('flatMap', { exact: false }).first().click();
    await settle(page);
    expect(await page.locator('sc-lineage-view .node.selected text.op').textContent()).toContain('flatMap');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('regenerates the code when blocks change', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    await page.locator('sc-composer button[data-op="filter"]').click();
    await settle(page);
    await page.locator('stagecraft-app button[role="tab"]', { hasText: 'Code' }).click();
    await settle(page);
    expect(await page.locator('sc-code-editor .cm-content').textContent()).toContain('.filter(');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
