// The run page in the built app: it simulates the default example in its worker, steps with the
// keyboard (data-event-index), seeks by clicking a narration entry, keeps the position in the
// link, compares a what-if run with more executors, refuses a bad field, replays an imported
// event log; screenshots at 1280×800 and 1280×720 go to /tmp/shots/run-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import LZString from 'lz-string';
import { createPlayback, importEventLog, parsePipeline, simulate } from '../../src/model/index.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { openRunPage, settle } from './support/app-page.ts';

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

function wordCountPlayback() {
  const parsed = parsePipeline(readFileSync('fixtures/pipelines/word-count.json', 'utf8'));
  if (!parsed.ok) throw new Error('word-count fixture does not parse');
  return createPlayback(simulate(parsed.value));
}

const runPage = (page: Page) => page.locator('sc-run-page');
const index = async (page: Page) => Number(await runPage(page).getAttribute('data-event-index'));

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

/**
 * What the run page's views show, read from their test hooks through every shadow root: the
 * running stages, task tokens and executors, the current narration. Equal states read equal.
 */
async function viewState(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot | Element, where: string): void => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of ['data-active', 'data-task-id', 'data-executor-id', 'data-event-index'])
          if (el.hasAttribute(attr)) out.push(`${where}>${el.tagName}[${attr}=${el.getAttribute(attr)}]`);
        if (el.shadowRoot) walk(el.shadowRoot, `${where}>${el.tagName}`);
      }
    };
    const run = document.querySelector('stagecraft-app')!.shadowRoot!.querySelector('sc-run-page')!;
    walk(run.shadowRoot!, 'run');
    out.push(
      run.shadowRoot!.querySelector('sc-narration-panel')!.shadowRoot!.querySelector('.narration')!
        .textContent!,
    );
    return out;
  });
}

describe('the run page', () => {
  it('steps with the keyboard, seeks from the narration and keeps the position in the link', async () => {
    const playback = wordCountPlayback();
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 800,
    });
    expect(await openRunPage(page)).toBe(playback.length);
    expect(await index(page)).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitIndex(page, 3);
    await page.keyboard.press('ArrowLeft');
    await waitIndex(page, 2);
    await page.keyboard.press('Shift+ArrowRight');
    await waitIndex(page, playback.nextBoundary(2));
    await page.keyboard.press('Shift+ArrowRight');
    const second = playback.nextBoundary(playback.nextBoundary(2));
    await waitIndex(page, second);
    await page.keyboard.press('Shift+ArrowLeft');
    await waitIndex(page, playback.nextBoundary(2));
    await page.keyboard.press('End');
    await waitIndex(page, playback.length);
    await page.keyboard.press('Home');
    await waitIndex(page, 0);

    // The stage running at a boundary is highlighted in the stage graph.
    await page.keyboard.press('Shift+ArrowRight');
    await waitIndex(page, playback.nextBoundary(0));
    await settle(page);
    const running = [...playback.sceneAt(playback.nextBoundary(0)).runningStageIds].map(String);
    const highlighted = await page
      .locator('sc-run-page sc-stage-graph [data-active="true"]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-stage-node')));
    expect(highlighted).toEqual(running);

    // Stepping back to a position shows exactly what stepping forward to it showed.
    const inside = playback.nextBoundary(playback.nextBoundary(0)) + 5;
    await page.keyboard.press('Home');
    for (let i = 0; i < inside; i++) await page.keyboard.press('ArrowRight');
    await waitIndex(page, inside);
    await settle(page);
    const forward = await viewState(page);
    expect(forward.some((s) => s.includes('data-active=true'))).toBe(true);
    await page.keyboard.press('End');
    await waitIndex(page, playback.length);
    for (let i = playback.length; i > inside; i--) await page.keyboard.press('ArrowLeft');
    await waitIndex(page, inside);
    await settle(page);
    expect(await viewState(page)).toEqual(forward);

    // The list is virtualized: back at the start, its first rows exist again.
    await page.keyboard.press('Home');
    await waitIndex(page, 0);
    await settle(page);
    await page.locator('sc-narration-panel li[data-index="10"]').click();
    await waitIndex(page, 11);
    await settle(page);
    expect(await page.locator('sc-narration-panel .narration').getAttribute('data-event-index')).toBe('11');
    expect(await page.locator('sc-narration-panel li.current').getAttribute('data-index')).toBe('10');
    expect(await page.evaluate(() => location.hash)).toMatch(/[#&]view=run(&|$)/);
    expect(await page.evaluate(() => location.hash)).toMatch(/[#&]t=11(&|$)/);
    await page.screenshot({ path: `${SHOTS}/run-1280x800.png` });

    // Typing in a field does not step the playback.
    await page.locator('sc-what-if-panel input[name="cores"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await index(page)).toBe(11);

    // A reload opens the run page at the same position.
    await page.reload();
    await settle(page);
    await waitIndex(page, 11);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays word count to the end; every task appears in the flow and on the timeline', async () => {
    const playback = wordCountPlayback();
    const taskIds = new Set(
      playback.trace.events.flatMap((e) => (e.kind === 'taskStart' ? [String(e.task.taskId)] : [])),
    );
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 800,
    });
    await openRunPage(page);
    await page.locator('sc-run-page .controls select').first().selectOption('64');
    // Space would open the focused speed menu; the Play button starts the playback.
    await page.locator('sc-run-page .controls [data-action="play"]').click();
    await waitIndex(page, playback.length);
    expect(
      await page.locator('sc-run-page .controls [data-action="play"]').getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await page.locator('sc-timeline').getAttribute('data-task-count')).toBe(String(taskIds.size));

    // Step through every event: each task's token shows in the flow while the task runs.
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let i = 1; i <= playback.length; i++) {
      await page.keyboard.press('ArrowRight');
      await waitIndex(page, i);
      for (const id of await page
        .locator('sc-flow-view [data-task-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id') ?? '')))
        seen.add(id);
    }
    expect([...seen].sort()).toEqual([...taskIds].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('re-simulates with more executors and compares the runs; a bad field keeps the last run', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 720,
    });
    const count = await openRunPage(page);
    const executors = page.locator('sc-what-if-panel input[name="executors"]');
    await executors.fill('zero');
    await page.locator('sc-what-if-panel [data-action="simulate"]').click();
    await expect.poll(() => page.locator('sc-what-if-panel [data-error="executors"]').count()).toBe(1);
    expect(Number(await runPage(page).getAttribute('data-event-count'))).toBe(count);

    await executors.fill('4');
    await page.locator('sc-what-if-panel [data-action="simulate"]').click();
    await page.locator('sc-what-if-panel table[data-comparison]').waitFor();
    const rows = await page
      .locator('sc-what-if-panel table[data-comparison] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    const executorRows = rows.filter((r) => r[0]?.endsWith(' tasks') && r[0].startsWith('Executor'));
    expect(executorRows.map((r) => r[0])).toEqual([0, 1, 2, 3].map((i) => `Executor ${i} tasks`));
    // Executors 2 and 3 did not exist in the previous run.
    expect(executorRows.slice(2).map((r) => r[1])).toEqual(['—', '—']);
    expect(rows.map((r) => r[0])).toContain('Stages resubmitted');
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/run-1280x720.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the pipeline alone when Backspace is pressed on the run page', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    const rdds = await page.locator('sc-lineage-view [data-rdd-id]').count();
    await page.locator('sc-lineage-view [data-rdd-id="3"]').click();
    await openRunPage(page);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.locator('stagecraft-app header button[data-page="run"]').click();
    await settle(page);
    expect(await page.locator('sc-lineage-view [data-rdd-id]').count()).toBe(rdds);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the progress of a big simulation and cancels it', async () => {
    const wordCount = JSON.parse(readFileSync('fixtures/pipelines/word-count.json', 'utf8')) as {
      rdds: { args: Record<string, unknown> }[];
    };
    wordCount.rdds[0]!.args.minPartitions = 20_000;
    const link = `#view=run&p=${LZString.compressToEncodedURIComponent(JSON.stringify(wordCount))}`;
    const { page, errors } = await openPage(browser, `${baseUrl}${link}`, { width: 1280, height: 800 });
    await settle(page);
    const progress = page.locator('sc-what-if-panel progress');
    await progress.waitFor();
    expect(await page.locator('sc-narration-panel .narration').textContent()).toContain('Simulating');
    await page.locator('sc-what-if-panel button', { hasText: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    expect(await runPage(page).getAttribute('data-event-count')).toBe('0');
    expect(await page.locator('sc-what-if-panel [data-action="simulate"]').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replays an imported event log', async () => {
    const file = 'fixtures/eventlogs/spark-3.5/join-unpartitioned.zstd';
    const imported = await importEventLog(
      (async function* () {
        yield new Uint8Array(readFileSync(file));
      })(),
      { fileName: 'join-unpartitioned.zstd' },
    );
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`, {
      width: 1280,
      height: 800,
    });
    await settle(page);
    await page.locator('[data-import-input]').setInputFiles(file);
    await page.waitForFunction(() =>
      document.querySelector('stagecraft-app')?.shadowRoot?.querySelector('[data-imported]'),
    );
    expect(await openRunPage(page)).toBe(imported.trace.events.length);
    await page.keyboard.press('End');
    await waitIndex(page, imported.trace.events.length);
    await page.keyboard.press('ArrowLeft');
    await waitIndex(page, imported.trace.events.length - 1);
    expect(await page.locator('sc-run-page .controls option[value="real-time"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/run-imported-1280x800.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
