// The code editor's problems in the interface language: with the interface in 简体中文 a misspelt
// operation is reported in Chinese (position prefix included, the code names as typed); after
// switching back to English the same problem reads as before. The pipeline check's problems follow
// too: code over the partition limit, and a link whose pipeline names an unknown RDD (refused with
// the previous work still there, and written again after a switch). Screenshots: /tmp/shots/code-zh-error.png, code-zh-limit.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import LZString from 'lz-string';
import { readHooks, replaceCode, settle, switchLanguage } from './support/app-page.ts';

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

/** Opens word count in Chinese and replaces its code on the Code tab with `code`. */
async function typeInChinese(code: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`);
  await settle(page);
  await page.locator('stagecraft-app button[role="tab"]', { hasText: '代码' }).click();
  await settle(page);
  await replaceCode(page, code);
  return { page, errors };
}

async function problems(page: Page): Promise<string[]> {
  const items = await page.locator('sc-code-editor ul.problems li').allTextContents();
  return items.map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('code problems in the interface language', () => {
  it('reports a misspelt operation in Chinese, and in English after switching back', async () => {
    const { page, errors } = await typeInChinese(BROKEN);
    expect(await problems(page)).toEqual([
      '第 1 行，第 73 列：未知的算子 "reduceByKy"——是不是想写 "reduceByKey"？',
      '第 2 行，第 1 列："counts" 未定义：定义它的第 1 行语句有错误',
    ]);
    await page.screenshot({ path: `${SHOTS}/code-zh-error.png` });

    await switchLanguage(page, 'en');
    expect(await problems(page)).toEqual([
      'line 1, column 73: unknown operation "reduceByKy" — did you mean "reduceByKey"?',
      'line 2, column 1: "counts" is not defined: its statement at line 1 has an error',
    ]);
    expect(errors).toEqual([]);
  });

  it('reports code over the partition limit in Chinese on its call, and in English after switching back', async () => {
    const { page, errors } = await typeInChinese(
      'val a = sc.parallelize(1 to 10)\nval b = a.repartition(3000000)\nb.count()',
    );
    expect(await problems(page)).toEqual([
      '第 2 行，第 11 列：rdds[1].args.numPartitions: 为 3000000 个分区，超过上限 1000000 个分区（maxPartitions；可用 --max-partitions N 调高）',
    ]);
    await page.screenshot({ path: `${SHOTS}/code-zh-limit.png` });
    await switchLanguage(page, 'en');
    expect(await problems(page)).toEqual([
      'Line 2, column 11: rdds[1].args.numPartitions: is 3000000 partitions, over the limit of 1000000 partitions (maxPartitions; raise it with --max-partitions N)',
    ]);
    expect(errors).toEqual([]);
  });

  it('refuses a link whose pipeline names an unknown RDD, saying so in Chinese', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`);
    await settle(page);
    const before = await readHooks(page);
    const bad = {
      version: 1,
      rdds: [
        { id: 'a', op: 'parallelize', args: { length: 10 } },
        { id: 'b', op: 'map', parents: ['zz'] },
      ],
      actions: [{ op: 'count', rdd: 'b' }],
    };
    await page.goto(`${baseUrl}#p=${LZString.compressToEncodedURIComponent(JSON.stringify(bad))}&lang=zh-CN`);
    await settle(page);
    const notice = (await page.locator('stagecraft-app .notice.error').textContent()) ?? '';
    expect(notice).toContain('rdds[1].parents[0]: 未知的 RDD "zz"');
    expect(notice).not.toMatch(/unknown RDD/);
    expect(await readHooks(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('writes the notice about a refused link again after switching to Chinese', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const bad = { version: 1, rdds: [{ id: 'b', op: 'map', parents: ['zz'] }] };
    await page.goto(`${baseUrl}#p=${LZString.compressToEncodedURIComponent(JSON.stringify(bad))}`);
    await settle(page);
    const notice = page.locator('stagecraft-app .notice.error');
    expect(await notice.textContent()).toContain('rdds[0].parents[0]: unknown RDD "zz"');
    await switchLanguage(page, 'zh-CN');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('rdds[0].parents[0]: 未知的 RDD "zz"');
    expect(text).not.toMatch(/unknown RDD|Could not open/);
    expect(errors).toEqual([]);
  });
});
