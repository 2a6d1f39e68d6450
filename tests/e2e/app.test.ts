// The built app in Chromium: examples and links open, the stage clusters and shuffle edges match
// the planner's plan-output for every fixture, composing by clicking works, undo/redo, reload,
// bad links, and the exports.
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { parsePipeline, planPipeline, toPlanOutput } from '../../src/model/index.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { openHash, readHooks, settle } from './support/app-page.ts';

const FIXTURES = 'fixtures/pipelines';
const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
let browser: Browser;

function planOf(name: string) {
  const parsed = parsePipeline(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
  if (!parsed.ok)
    throw new Error(`${name}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return { pipeline: parsed.value, plan: toPlanOutput(planPipeline(parsed.value)) };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app', () => {
  it('opens #example=word-count with its stages and shuffle edges', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const { plan } = planOf('word-count');
    const job = plan.jobs[0]!;
    const hooks = await readHooks(page);
    expect(hooks.stages.sort((a, b) => a - b)).toEqual(job.stages.map((s) => s.stageId));
    expect(hooks.rdds).toEqual(plan.rdds.map((r) => r.rddId));
    expect(hooks.shuffle).toBe(plan.rdds.flatMap((r) => r.deps).filter((d) => d.type === 'Shuffle').length);
    await page.screenshot({ path: `${SHOTS}/app-word-count.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws every fixture’s jobs as the planner plans them', async () => {
    const names = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(names.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    for (const name of names) {
      const { pipeline, plan } = planOf(name);
      await openHash(page, `#p=${LZString.compressToEncodedURIComponent(JSON.stringify(pipeline))}`);
      const shuffles = plan.rdds.flatMap((r) => r.deps).filter((d) => d.type === 'Shuffle').length;
      const narrows = plan.rdds.flatMap((r) => r.deps).length - shuffles;
      for (const job of plan.jobs) {
        if (plan.jobs.length > 1) {
          await page.locator('sc-job-selector select').selectOption(String(job.jobId));
          await settle(page);
        }
        const hooks = await readHooks(page);
        const where = `${name}, job ${job.jobId}`;
        expect(
          hooks.stages.sort((a, b) => a - b),
          where,
        ).toEqual(job.stages.map((s) => s.stageId));
        expect(
          hooks.skipped.sort((a, b) => a - b),
          where,
        ).toEqual(job.stages.filter((s) => s.skipped).map((s) => s.stageId));
        expect(hooks.rdds, where).toEqual(plan.rdds.map((r) => r.rddId));
        expect([hooks.narrow, hooks.shuffle], where).toEqual([narrows, shuffles]);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a #p= link and keeps later keys', async () => {
    const { pipeline } = planOf('word-count');
    const p = LZString.compressToEncodedURIComponent(JSON.stringify({ ...pipeline, name: 'Shared link' }));
    const { page, errors } = await openPage(browser, `${baseUrl}#p=${p}&lesson=intro`);
    await settle(page);
    expect((await readHooks(page)).stages.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.hash)).toContain('&lesson=intro');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('composes word count by clicking and shows 2 stages; undo, redo and reload', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    // Start from nothing: deleting the source removes everything built on it.
    await page.locator('sc-composer li[data-rdd="lines"] button[aria-label="Delete lines"]').click();
    await settle(page);
    expect((await readHooks(page)).rdds).toEqual([]);
    const composer = page.locator('sc-composer');
    for (const op of ['textFile', 'flatMap', 'map', 'reduceByKey', 'collect']) {
      await composer.locator(`button[data-op="${op}"]`).click();
      await settle(page);
    }
    const partitions = composer.locator('li[data-rdd="lines"] input[data-arg="minPartitions"]');
    await partitions.fill('4');
    await partitions.press('Enter');
    await partitions.blur();
    const reduce = composer.locator('li[data-rdd="counts"] input[data-arg="numPartitions"]');
    await reduce.fill('3');
    await reduce.blur();
    await settle(page);
    const hooks = await readHooks(page);
    expect(hooks.stages).toHaveLength(2);
    expect(hooks.shuffle).toBe(1);
    await page.screenshot({ path: `${SHOTS}/app-composed.png` });

    // Undo the argument edit and the action with the keyboard, then redo them.
    await page.locator('header h1').click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await settle(page);
    expect((await readHooks(page)).stages).toHaveLength(0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await settle(page);
    expect((await readHooks(page)).stages).toHaveLength(2);

    await page.reload();
    await settle(page);
    const after = await readHooks(page);
    expect(after).toEqual(hooks);

    // Delete on a selected RDD removes its operation; undo brings it back.
    await page.locator('sc-lineage-view [data-rdd-id="4"]').click();
    await page.keyboard.press('Delete');
    await settle(page);
    expect((await readHooks(page)).rdds).toEqual([0, 1, 2, 3]);
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await readHooks(page)).toEqual(hooks);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a bad link with a clear message and the previous work still there', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const before = await readHooks(page);
    const notice = page.locator('stagecraft-app .notice.error');
    // Pasted into the open app (a hash change)…
    await page.goto(`${baseUrl}#p=this-is-not-a-pipeline`);
    await settle(page);
    expect(await notice.textContent()).toContain('Could not open this link');
    expect(await readHooks(page)).toEqual(before);
    // …and opened fresh, where the autosave is the previous work.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#p=NoIgxgFg&job=1`);
    await settle(page);
    expect(await notice.textContent()).toContain('Could not open this link');
    expect(await readHooks(page)).toEqual(before);
    await page.screenshot({ path: `${SHOTS}/app-bad-link.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /** Opens the header's More menu and chooses an export in it. */
  const exportAs = async (page: Page, kind: string) => {
    await page.locator('stagecraft-app header summary[data-more]').click();
    await page.locator(`stagecraft-app header button[data-export="${kind}"]`).click();
  };

  it('exports the lineage as a valid SVG and the plan as plan-output JSON', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'svg')]);
    const svgText = readFileSync((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        stages: doc.querySelectorAll('[data-stage-id]').length,
      };
    }, svgText);
    expect(parsed).toEqual({ error: null, root: 'svg', stages: 2 });
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'json')]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as unknown;
    expect(json).toEqual(planOf('word-count').plan);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'png')]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
