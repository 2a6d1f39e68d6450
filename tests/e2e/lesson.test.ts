// Walk-throughs on the run page of the built app: a `lesson=…&step=…` link opens the lesson at that
// step (playback at the step's position), Next moves playback and the link, the picker lists every
// bundled lesson and switches lessons; every lesson plays from start to end in English and in
// Simplified Chinese; lesson 1 is walked with the keyboard alone; the HTML export downloads a file
// with no script; the what-if panel starts from the lesson's cluster and faults. Screenshots: /tmp/shots/lesson-run-page.png, /tmp/shots/lesson-run-page-zh.png.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough, simulate, type PreparedWalkthrough } from '../../src/model/index.ts';
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

  it('plays every lesson from start to end in English and in Simplified Chinese', async () => {
    const ids = readdirSync('fixtures/walkthroughs')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    for (const lang of ['en', 'zh-CN'] as const) {
      const { page, errors } = await openPage(browser, `${baseUrl}#view=run&lang=${lang}`, {
        width: 1280,
        height: 800,
      });
      await settle(page);
      for (const id of ids) {
        const l = lesson(id);
        await page.locator('sc-run-page [data-lesson-picker]').selectOption(id);
        for (const [i, step] of l.steps.entries()) {
          await waitIndex(page, step.position);
          await expect
            .poll(() => player(page).locator('[data-narration]').textContent())
            .toBe(l.lesson.steps[i]!.narration[lang]);
          const progress = await player(page).locator('[data-progress]').textContent();
          expect(progress).toContain(String(l.steps.length));
          if (lang === 'zh-CN') expect(progress).toMatch(/[\u4e00-\u9fff]/);
          if (i < l.steps.length - 1) await player(page).locator('button.next').click();
        }
        expect(await player(page).locator('button.next').isDisabled()).toBe(true);
      }
      if (lang === 'zh-CN') await page.screenshot({ path: '/tmp/shots/lesson-run-page-zh.png' });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('walks lesson 1 with the keyboard alone, answering its questions', async () => {
    const l = lesson('01-word-count');
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run`, { width: 1280, height: 800 });
    await settle(page);
    // Reach the lesson picker with Tab, choose lesson 1 with the arrow keys.
    const focusedPicker = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.hasAttribute('data-lesson-picker') ?? false;
      });
    for (let k = 0; k < 80 && !(await focusedPicker()); k++) await page.keyboard.press('Tab');
    expect(await focusedPicker()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await waitIndex(page, l.steps[0]!.position);
    const active = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el ? `${el.className} ${el.getAttribute('data-choice') ?? ''}`.trim() : '';
      });
    // Choices come before the step buttons in the tab order: reach them backwards.
    const tabTo = async (target: string, key: 'Tab' | 'Shift+Tab') => {
      for (let k = 0; k < 20 && (await active()) !== target; k++) await page.keyboard.press(key);
      expect(await active()).toBe(target);
    };
    for (const [i, step] of l.lesson.steps.entries()) {
      await waitIndex(page, l.steps[i]!.position);
      if (step.question) {
        await tabTo(`choice  ${step.question.answer}`, 'Shift+Tab');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => player(page).locator('[data-verdict]').getAttribute('data-verdict'))
          .toBe('right');
        await expect
          .poll(() => player(page).locator('[data-explanation]').textContent())
          .toBe(step.question.explanation.en);
      }
      if (i < l.steps.length - 1) {
        await tabTo('next', 'Tab');
        await page.keyboard.press('Enter');
      }
    }
    await expect.poll(() => player(page).locator('[data-progress]').textContent()).toContain('Step 6 of 6');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the open lesson as an HTML file with no script', async () => {
    const { page } = await openPage(browser, `${baseUrl}#view=run&lesson=08-task-failures&step=1`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('sc-run-page [data-export-lesson]').click(),
    ]);
    expect(file.suggestedFilename()).toBe('08-task-failures.en.html');
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toContain('<details>');
    expect(html).not.toMatch(/<script/i);
    await page.context().close();
  });

  it('fills the what-if panel from the lesson, so its variant runs on the lesson cluster and faults', async () => {
    const lost = lesson('09-lost-executor');
    const withService = simulate(
      { plan: lost.plan, pipeline: lost.lesson.pipeline },
      { ...lost.lesson.cluster, externalShuffleService: true },
      { faults: lost.lesson.faults, seed: lost.lesson.seed },
    );
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run&lesson=09-lost-executor&step=6`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await waitIndex(page, lost.trace.events.length);
    const panel = page.locator('sc-what-if-panel');
    await expect.poll(() => panel.locator('[data-fault="0"] input').inputValue()).toBe('1@2');
    expect(await panel.locator('[data-fault="0"] select').inputValue()).toBe('hang-executor');
    await panel.locator('input[name="externalShuffleService"]').check();
    await panel.locator('[data-action="simulate"]').click();
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('stagecraft-app')
          ?.shadowRoot?.querySelector('sc-run-page')
          ?.getAttribute('data-event-count') === String(n),
      withService.events.length,
    );
    expect(withService.events.length).not.toBe(lost.trace.events.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
