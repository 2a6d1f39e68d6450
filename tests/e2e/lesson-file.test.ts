// A teacher's own lesson file on the run page: opened with "Open lesson file…", played to its
// second step, shared by the link (its lf= holds the lesson), which opens the same lesson and step
// in a new page and pasted into an open app, and exports as HTML; the what-if panel starts from
// the file's cluster and faults; a broken file names its problem in the interface language
// (Chinese here) and the lesson shown before stays; a bad lf= link says so and the page keeps
// working; nothing of a file is shown as HTML.
// Screenshots: /tmp/shots/lesson-file-open.png, /tmp/shots/lesson-file-problem.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWalkthrough } from '../../src/model/index.ts';
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

/** Lesson 1 as a teacher's own file, with its own id and title. */
function ownLesson(): Record<string, unknown> {
  const value = JSON.parse(readFileSync('fixtures/walkthroughs/01-word-count.json', 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...value, id: 'my-word-count', title: { en: 'My word count', 'zh-CN': '我的词频统计' } };
}

function positions(value: unknown): number[] {
  const r = loadWalkthrough(value);
  if (!r.ok) throw new Error('the test lesson does not load');
  return r.value.steps.map((s) => s.position);
}

const fileInput = (page: Page) => page.locator('sc-run-page input[data-lesson-file]');
const progress = (page: Page) => page.locator('sc-walkthrough-player [data-progress]').textContent();
const eventIndex = (page: Page) => page.locator('sc-run-page').getAttribute('data-event-index');
const picked = (page: Page) =>
  page
    .locator('sc-run-page [data-lesson-picker]')
    .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text.trim());
const problem = (page: Page) => page.locator('sc-run-page [data-lesson-file-problem]');

async function choose(page: Page, name: string, value: unknown): Promise<void> {
  await fileInput(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value, null, 2)),
  });
  await settle(page);
}

describe('a lesson file of your own', () => {
  it('opens, plays to step 2, and its link opens the same lesson and step fresh and pasted', async () => {
    const lesson = ownLesson();
    const at = positions(lesson);
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run`, { width: 1280, height: 800 });
    await settle(page);
    await expect
      .poll(() => page.locator('sc-run-page [data-open-lesson-file]').textContent())
      .toContain('Open lesson file…');
    await choose(page, 'my-word-count.json', lesson);
    await expect.poll(() => progress(page)).toContain('Step 1 of 6');
    expect(await picked(page)).toBe('Your lesson: My word count');
    await page.locator('sc-walkthrough-player button.next').click();
    await expect.poll(() => progress(page)).toContain('Step 2 of 6');
    await expect.poll(() => eventIndex(page)).toBe(String(at[1]));
    await settle(page);
    await page.locator('sc-run-page .panel.lesson').screenshot({ path: '/tmp/shots/lesson-file-open.png' });

    const href = await page.evaluate(() => location.href);
    const hash = new URL(href).hash;
    expect(hash).toMatch(/[#&]lf=/);
    expect(hash).toMatch(/[#&]step=2(&|$)/);
    expect(hash).not.toMatch(/[#&]lesson=/);

    const fresh = await openPage(browser, href, { width: 1280, height: 800 });
    await settle(fresh.page);
    await expect.poll(() => progress(fresh.page)).toContain('Step 2 of 6');
    await expect.poll(() => eventIndex(fresh.page)).toBe(String(at[1]));
    expect(await picked(fresh.page)).toBe('Your lesson: My word count');
    expect(fresh.errors).toEqual([]);

    // Pasted into an open app showing the workspace.
    const open = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(open.page);
    await open.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await settle(open.page);
    await expect.poll(() => progress(open.page)).toContain('Step 2 of 6');
    await expect.poll(() => eventIndex(open.page)).toBe(String(at[1]));

    // The lesson's HTML export, as for a bundled lesson.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('sc-run-page [data-export-lesson]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-word-count.en.html');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('My word count');

    // A bundled lesson from the picker takes the link back to lesson=.
    await page.locator('sc-run-page [data-lesson-picker]').selectOption('04-skipped-stages');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/[#&]lesson=04-skipped-stages/);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/[#&]lf=/);
    expect(errors).toEqual([]);
    expect(open.errors).toEqual([]);
  });

  it('names a broken file’s problem in Chinese and keeps the lesson shown; a bad lf= link says so', async () => {
    const broken = ownLesson();
    const steps = broken.steps as { show: Record<string, unknown> }[];
    steps[1] = { ...steps[1]!, show: { ...steps[1]!.show, stages: [42] } };
    const { page, errors } = await openPage(
      browser,
      `${baseUrl}#view=run&lesson=01-word-count&step=3&lang=zh-CN`,
      {
        width: 1280,
        height: 800,
      },
    );
    await settle(page);
    await expect.poll(() => progress(page)).toMatch(/^第 3 步，共 6 步$/);
    await choose(page, 'broken.json', broken);
    await expect.poll(() => problem(page).count()).toBe(1);
    const text = await problem(page).textContent();
    expect(text).toContain('broken.json');
    expect(text).toContain('steps[1].show.stages[0]');
    expect(text).toContain('执行计划中没有阶段 42');
    expect(await progress(page)).toMatch(/^第 3 步，共 6 步$/);
    expect(await page.evaluate(() => location.hash)).toMatch(/[#&]lesson=01-word-count/);
    await page
      .locator('sc-run-page .panel.lesson')
      .screenshot({ path: '/tmp/shots/lesson-file-problem.png' });

    // Not JSON at all: the line and column, in Chinese.
    await fileInput(page).setInputFiles({
      name: 'typo.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "version": 1,, }'),
    });
    await settle(page);
    await expect.poll(() => problem(page).textContent()).toContain('JSON 格式错误');
    await problem(page).locator('[data-dismiss]').click();
    await expect.poll(() => problem(page).count()).toBe(0);

    const bad = await openPage(browser, `${baseUrl}#view=run&lf=cut-short&step=2`);
    await settle(bad.page);
    await expect.poll(() => problem(bad.page).textContent()).toContain('lf=');
    expect(await bad.page.locator('sc-walkthrough-player').count()).toBe(0);
    await choose(bad.page, 'my-word-count.json', ownLesson());
    await expect.poll(() => progress(bad.page)).toContain('Step 1 of 6');
    expect(await problem(bad.page).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(bad.errors).toEqual([]);
  });

  it('fills the what-if panel from the file’s cluster and faults', async () => {
    const lost = JSON.parse(readFileSync('fixtures/walkthroughs/09-lost-executor.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run`, { width: 1280, height: 800 });
    await settle(page);
    await choose(page, 'lost.json', { ...lost, id: 'my-lost-executor' });
    await expect.poll(() => picked(page)).toMatch(/^Your lesson: /);
    const panel = page.locator('sc-what-if-panel');
    await expect.poll(() => panel.locator('[data-fault="0"] input').inputValue()).toBe('1@2');
    expect(await panel.locator('[data-fault="0"] select').inputValue()).toBe('hang-executor');
    expect(errors).toEqual([]);
  });

  it('shows a file’s title, narration and the ids its problems quote as text, never as HTML', async () => {
    const payload = '<img src=x onerror="alert(1)">';
    const lesson = ownLesson();
    const steps = lesson.steps as { show: Record<string, unknown>; narration: Record<string, string> }[];
    steps[0] = { ...steps[0]!, narration: { en: payload, 'zh-CN': payload } };
    const { page, errors } = await openPage(browser, `${baseUrl}#view=run`);
    await settle(page);
    await choose(page, 'payload.json', { ...lesson, title: { en: payload, 'zh-CN': payload } });
    await expect.poll(() => picked(page)).toBe(`Your lesson: ${payload}`);
    expect(await page.locator('sc-walkthrough-player [data-narration]').textContent()).toBe(payload);
    steps[1] = { ...steps[1]!, show: { ...steps[1]!.show, executor: payload } };
    await choose(page, `${payload}.json`, lesson);
    await expect
      .poll(() => problem(page).textContent())
      .toContain(`executor "${payload}" is not in the simulated trace`);
    expect(await problem(page).textContent()).toContain(`${payload}.json cannot be opened as a lesson`);
    expect(await page.locator('sc-run-page img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
