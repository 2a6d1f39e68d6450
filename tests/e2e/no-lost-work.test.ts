// No lost work in the built app: an invalid edit is refused with a message and the last good
// pipeline stays; undo walks back through every edit of the session to where it began and redo
// forward again; the autosave brings the last good pipeline back after a reload. (A bad link
// opened over saved work is app.test.ts's.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { readHooks, settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('no lost work', () => {
  it('refuses an invalid edit, keeps the last good pipeline, and undoes back to the session’s start', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const start = await readHooks(page);
    const composer = page.locator('sc-composer');
    const edits = ['map', 'filter', 'distinct', 'count'];
    for (const op of edits) {
      await composer.locator(`button[data-op="${op}"]`).click();
      await settle(page);
    }
    const edited = await readHooks(page);
    expect(edited).not.toEqual(start);

    // An argument Spark would refuse: the field says why, the pipeline and its plan stay.
    const reduce = composer.locator('li[data-rdd="counts"] input[data-arg="numPartitions"]');
    await reduce.fill('0');
    await reduce.blur();
    await settle(page);
    expect(await readHooks(page)).toEqual(edited);

    // Undo reaches back through the whole session, to the example as it opened.
    await page.locator('header h1').click();
    for (let i = 0; i < edits.length; i++) await page.keyboard.press('Control+z');
    await settle(page);
    expect(await readHooks(page)).toEqual(start);
    for (let i = 0; i < edits.length; i++) await page.keyboard.press('Control+Shift+z');
    await settle(page);
    expect(await readHooks(page)).toEqual(edited);

    // The reload keeps the last good pipeline (the autosave), not the refused edit.
    await page.reload();
    await settle(page);
    expect(await readHooks(page)).toEqual(edited);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
