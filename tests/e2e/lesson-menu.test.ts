// Lessons from the header menu (issue 8: a teacher runs lessons 1, 4 and 9 "from the menu"): in
// 简体中文 the menu lists every bundled lesson by its Chinese title; choosing lesson 4 on the
// workspace opens the run page on its first step, and Next steps through it with the Chinese
// narration; lessons 9 and 1 then open from the same menu on the open run page.
// The menu stays in presentation mode. Screenshots: /tmp/shots/a11y-lesson-menu-*.png.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough, type PreparedWalkthrough } from '../../src/model/index.ts';
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

function lesson(id: string): PreparedWalkthrough {
  const r = loadWalkthrough(readFileSync(`fixtures/walkthroughs/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.value;
}

const player = (page: Page) => page.locator('sc-walkthrough-player');
const menu = (page: Page) => page.locator('stagecraft-app header select[data-lesson-menu]');
const eventIndex = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('stagecraft-app')
        ?.shadowRoot?.querySelector('sc-run-page')
        ?.getAttribute('data-event-index') ?? null,
  );

/** Plays `l` from its first step to its last with Next, checking position and Chinese narration. */
async function stepThrough(page: Page, l: PreparedWalkthrough): Promise<void> {
  for (const [i, step] of l.steps.entries()) {
    await expect.poll(() => eventIndex(page)).toBe(String(step.position));
    await expect
      .poll(() => player(page).locator('[data-narration]').textContent())
      .toBe(l.lesson.steps[i]!.narration['zh-CN']);
    if (i < l.steps.length - 1) await player(page).locator('button.next').click();
  }
  expect(await player(page).locator('button.next').isDisabled()).toBe(true);
}

describe('lessons from the header menu', () => {
  it('opens lesson 4 in 简体中文 from the workspace and steps through it; then lessons 9 and 1', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&lang=zh-CN`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    const ids = readdirSync('fixtures/walkthroughs')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const options = await menu(page).locator('option').allTextContents();
    expect(options).toHaveLength(ids.length + 1);
    const skipped = lesson('04-skipped-stages');
    expect(options[4]).toContain(skipped.lesson.title['zh-CN']);

    await menu(page).selectOption('04-skipped-stages');
    await page.locator('sc-run-page').waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/view=run/);
    expect(await page.evaluate(() => location.hash)).toMatch(/lesson=04-skipped-stages/);
    await expect.poll(() => player(page).locator('[data-progress]').textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await menu(page).inputValue()).toBe('');
    await page.screenshot({ path: '/tmp/shots/a11y-lesson-menu-zh.png' });
    await stepThrough(page, skipped);

    for (const id of ['09-lost-executor', '01-word-count']) {
      await menu(page).selectOption(id);
      await stepThrough(page, lesson(id));
      expect(await page.evaluate(() => location.hash)).toContain(`lesson=${id}`);
    }

    // Presentation mode hides the editing chrome, not the lessons.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('stagecraft-app').getAttribute('presenting')).toBe('');
    expect(await menu(page).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/shots/a11y-lesson-menu-present.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
