// Walk-throughs on the run page of the built app: a `lesson=…&step=…` link opens the lesson at that
// step (playback at the step's position), Next moves playback and the link, the picker lists every
// bundled lesson and switches lessons; screenshot /tmp/shots/lesson-run-page.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough, type PreparedWalkthrough } from '../../src/model/index.ts';
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

function lesson(id: string): PreparedWalkthrough {
  const r = loadWalkthrough(readFileSync(`fixtures/walkthroughs/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.value;
}

const runPage = (page: Page) => page.locator('sc-run-page');
const player = (page: Page) => page.locator('sc-walkthrough-player');

async function waitIndex(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document
        .querySelector('stagecraft-app')
        ?.shadowRoot?.querySelector('sc-run-page')
        ?.getAttribute('data-event-index') === String(n),
    expected,
  );
}

describe('walk-throughs on the run page', () => {
  it('opens a lesson link at its step, moves with Next, and switches lessons from the picker', async () => {
    const wordCount = lesson('01-word-count');
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run&lesson=01-word-count&step=4`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await waitIndex(page, wordCount.steps[3]!.position);
    expect(await runPage(page).getAttribute('data-event-count')).toBe(String(wordCount.trace.events.length));
    await expect.poll(() => player(page).locator('[data-progress]').textContent()).toContain('Step 4 of 6');
    expect(await player(page).locator('[data-narration]').textContent()).toBe(
      wordCount.lesson.steps[3]!.narration.en,
    );
    await page.screenshot({ path: '/tmp/shots/lesson-run-page.png' });

    await player(page).locator('button.next').click();
    await waitIndex(page, wordCount.steps[4]!.position);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/step=5/);

    const picker = page.locator('sc-run-page [data-lesson-picker]');
    expect(await picker.locator('option').count()).toBe(15);
    await picker.selectOption('09-lost-executor');
    const lost = lesson('09-lost-executor');
    await waitIndex(page, lost.steps[0]!.position);
    expect(await runPage(page).getAttribute('data-event-count')).toBe(String(lost.trace.events.length));
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/lesson=09-lost-executor&step=1|step=1.*lesson=09-lost-executor/);
    expect(errors).toEqual([]);
  });
});
