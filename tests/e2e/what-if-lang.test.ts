// The run page's own words in the interface language: a fault whose arguments do not read is
// named in Chinese beside its field (the model's reason, FaultReason), and the last run stays; the
// event list writes Spark's event names with Chinese words around their ids.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('what-if problems in 简体中文', () => {
  it('names a fault written wrongly in Chinese beside its field', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&view=run&lang=zh-CN`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    const runPage = page.locator('sc-run-page');
    await expect.poll(() => runPage.getAttribute('data-event-count')).not.toBe('0');
    const events = await runPage.getAttribute('data-event-count');
    const panel = page.locator('sc-what-if-panel');
    await panel.getByRole('button', { name: '添加故障' }).click();
    await panel.locator('[data-fault="0"] input').fill('1');
    await panel.locator('[data-action="simulate"]').click();
    await settle(page);
    expect(await panel.locator('[data-error="fault-0"]').textContent()).toBe('应为 ID@SECONDS');
    // The field is marked and the run shown is the previous one.
    expect(await panel.locator('[data-fault="0"] input').getAttribute('aria-invalid')).toBe('true');
    expect(await runPage.getAttribute('data-event-count')).toBe(events);
    expect(errors).toEqual([]);
  });

  it('labels the events of the event list with Spark names and Chinese words', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&view=run&lang=zh-CN`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await expect.poll(() => page.locator('sc-run-page').getAttribute('data-event-count')).not.toBe('0');
    const labels = page.locator('sc-narration-panel .label');
    await expect.poll(() => labels.count()).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await settle(page);
    const texts = await labels.allTextContents();
    const tasks = texts.filter((t) => /^task(Start|End) /.test(t));
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(t).toMatch(/^task(Start|End) 任务 \d+（阶段 \d+\.\d+，执行器 \S+）$/);
    expect(texts.join(' ')).not.toMatch(/\b(task|stage|exec|job) \d/);
    expect(errors).toEqual([]);
  });
});
