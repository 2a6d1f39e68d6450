// Import warnings and failures in the interface language: with the interface in 简体中文 a log
// with a line missing a field, a line that is not JSON and a line that is not an event gets
// Chinese warnings in the banner's tooltip (names and paths from the log as written); after
// switching to English the same warnings read as the CLI writes them; a file that is not a log
// fails with a Chinese reason. Screenshot: /tmp/shots/import-zh-warnings.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { settle, switchLanguage } from './support/app-page.ts';

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

const LOG = [
  '{"Event":"SparkListenerApplicationStart","App Name":"warned","App ID":"local-1","Timestamp":1,"User":"u"}',
  '{"Event":"SparkListenerJobStart","Stage Infos":[],"Stage IDs":[]}',
  'oops',
  '{"Job ID":1}',
].join('\n');

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('[data-import-input]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text + '\n') });
  await page.waitForFunction(() => {
    const root = document.querySelector('stagecraft-app')?.shadowRoot;
    return root?.querySelector('[data-imported], .notice.error') && !root.querySelector('.import-progress');
  });
  await settle(page);
}

const tooltip = async (page: Page): Promise<string[]> =>
  ((await page.locator('[data-import-warnings]').getAttribute('title')) ?? '').split('\n');

describe('import messages in the interface language', () => {
  it('lists the warnings in Chinese, and in English after switching', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`);
    await settle(page);
    await importFile(page, 'warned.log', LOG);
    expect(await page.locator('[data-import-warnings]').textContent()).toBe('3 条警告');
    const zh = await tooltip(page);
    expect(zh).toHaveLength(3);
    expect(zh[0]).toBe('第 2 行：SparkListenerJobStart：缺少字段 "Job ID"');
    expect(zh[1]).toMatch(/^第 3 行：不是 JSON：\S/);
    expect(zh[2]).toBe('第 4 行：不是 Spark 监听器事件：没有 "Event" 字段');
    await page.screenshot({ path: `${SHOTS}/import-zh-warnings.png` });

    await switchLanguage(page, 'en');
    expect(await page.locator('[data-import-warnings]').textContent()).toBe('3 warnings');
    const en = await tooltip(page);
    expect(en[0]).toBe('line 2: SparkListenerJobStart: missing "Job ID"');
    expect(en[1]).toMatch(/^line 3: not JSON: \S/);
    expect(en[2]).toBe('line 4: not a Spark listener event: no "Event" field');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in Chinese why a file that is not a log cannot be imported', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`);
    await settle(page);
    await importFile(page, 'garbage.bin', 'this is not a Spark event log');
    expect(await page.locator('.notice.error p').textContent()).toBe(
      '无法导入 garbage.bin：日志中没有一行是 Spark 监听器事件。你的流水线没有改动。',
    );
    expect(await page.locator('[data-imported]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
