// The header keeps one row at every common desktop width, also with an imported event log whose
// job labels are long call sites (the job picker gives way, its label cut, before the row wraps).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { headerRows, settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the header at desktop widths', () => {
  it('stays one row from 1280 to 1920 px with an imported log, in both languages', async () => {
    for (const lang of ['en', 'zh-CN'])
      for (const width of [1280, 1440, 1680, 1920]) {
        const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=${lang}`, {
          width,
          height: 800,
        });
        await settle(page);
        await page
          .locator('[data-import-input]')
          .setInputFiles('fixtures/eventlogs/spark-3.5/join-unpartitioned.zstd');
        await page.locator('[data-imported]').waitFor();
        await settle(page);
        const label = await page
          .locator('sc-job-selector select')
          .evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text ?? '');
        expect(label).toContain('runJob(HarnessContext.java:61)');
        const rows = await headerRows(page);
        expect(rows.oneRow, `${lang} ${width}`).toBe(true);
        expect(rows.height, `${lang} ${width}`).toBeLessThan(48);
        expect(errors).toEqual([]);
        await page.context().close();
      }
  });
});
