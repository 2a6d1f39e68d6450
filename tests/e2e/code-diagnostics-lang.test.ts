// The code editor's problems in the interface language: with the interface in 简体中文 a misspelt
// operation is reported in Chinese (position prefix included, the code names as typed); after
// switching back to English the same problem reads as before. Screenshot: /tmp/shots/code-zh-error.png.
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

const BROKEN =
  'val counts = sc.textFile("in.txt", 4).flatMap(_.split(" ")).map((_, 1)).reduceByKy(_ + _, 3)\ncounts.collect()';

async function problems(page: Page): Promise<string[]> {
  const items = await page.locator('sc-code-editor ul.problems li').allTextContents();
  return items.map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('code problems in the interface language', () => {
  it('reports a misspelt operation in Chinese, and in English after switching back', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`);
    await settle(page);
    await page.locator('stagecraft-app button[role="tab"]', { hasText: '代码' }).click();
    await settle(page);
    await page.locator('sc-code-editor .cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(BROKEN);
    await settle(page);
    expect(await problems(page)).toEqual([
      '第 1 行，第 73 列：未知的算子 "reduceByKy"——是不是想写 "reduceByKey"？',
      '第 2 行，第 1 列："counts" 未定义：定义它的第 1 行语句有错误',
    ]);
    await page.screenshot({ path: `${SHOTS}/code-zh-error.png` });

    await page.locator('select[data-lang-switch]').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await settle(page);
    expect(await problems(page)).toEqual([
      'line 1, column 73: unknown operation "reduceByKy" — did you mean "reduceByKey"?',
      'line 2, column 1: "counts" is not defined: its statement at line 1 has an error',
    ]);
    expect(errors).toEqual([]);
  });
});
