// Importing a real Spark event log in the built app: the file picker and the worker, the
// imported application's stage clusters (skipped ones greyed), its name as text, a compressed log
// written by Spark 3.5.9, and a file that is not a log (an error, the pipeline untouched).
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanOutput } from '../../src/model/index.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { readHooks, settle } from './support/app-page.ts';

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

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('[data-import-input]').setInputFiles(file);
  await page.waitForFunction(() => {
    const root = document.querySelector('stagecraft-app')?.shadowRoot;
    return root?.querySelector('[data-imported], .notice.error') && !root.querySelector('.import-progress');
  });
  await settle(page);
}

async function selectJob(page: Page, jobId: number): Promise<void> {
  await page.locator('sc-job-selector select').selectOption(String(jobId));
  await settle(page);
}

describe('importing an event log', () => {
  // Stage ids and skipped stages read from the log: each SparkListenerJobStart's "Stage IDs", and
  // the stages of a job with no SparkListenerStageSubmitted (SKIPPED at the job's end, R-9.3).
  const JOBS: Record<number, { stages: number[]; skipped: number[] }> = {
    0: { stages: [0], skipped: [] },
    1: { stages: [1, 2], skipped: [1] },
    2: { stages: [3, 4, 5], skipped: [3, 4] },
    3: { stages: [6], skipped: [] },
    4: { stages: [7, 8], skipped: [7] },
    5: { stages: [9, 10, 11], skipped: [9, 10] },
  };

  it('shows a real log’s stage clusters, skipped stages greyed, and its app name as text', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    await importFile(page, 'fixtures/eventlogs/spark-tests/local-1642039451826');
    const banner = page.locator('[data-imported]');
    await expect(banner.locator('[data-import-app]').textContent()).resolves.toBe('Spark shell');
    expect(await banner.textContent()).toContain('Spark 3.3.0-SNAPSHOT');
    for (const [jobId, job] of Object.entries(JOBS)) {
      await selectJob(page, Number(jobId));
      const hooks = await readHooks(page);
      expect(
        hooks.stages.sort((a, b) => a - b),
        `job ${jobId}`,
      ).toEqual(job.stages);
      expect(
        hooks.skipped.sort((a, b) => a - b),
        `job ${jobId}`,
      ).toEqual(job.skipped);
      expect(hooks.rdds.length, `job ${jobId}`).toBeGreaterThan(0);
    }
    await selectJob(page, 5);
    await page.screenshot({ path: `${SHOTS}/import-local-1642039451826.png` });
    await page.getByRole('button', { name: 'Back to my pipeline' }).click();
    await settle(page);
    expect(await page.locator('[data-imported]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports a zstd log written by Spark 3.5.9 with the stages Spark planned', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    await importFile(page, 'fixtures/eventlogs/spark-3.5/join-unpartitioned.zstd');
    const plan = JSON.parse(
      readFileSync('fixtures/eventlogs/spark-3.5/join-unpartitioned.plan.json', 'utf8'),
    ) as PlanOutput;
    expect(await page.locator('[data-imported]').count()).toBe(1);
    for (const job of plan.jobs) {
      if (plan.jobs.length > 1) await selectJob(page, job.jobId);
      const hooks = await readHooks(page);
      expect(hooks.stages.sort((a, b) => a - b)).toEqual(job.stages.map((s) => s.stageId));
      expect(hooks.skipped.sort((a, b) => a - b)).toEqual(
        job.stages.filter((s) => s.skipped).map((s) => s.stageId),
      );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows names from the log as text, never as HTML', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const name = '<img src=x onerror="document.title=1"><b>app</b>';
    const events = [
      { Event: 'SparkListenerLogStart', 'Spark Version': '3.5.9' },
      {
        Event: 'SparkListenerApplicationStart',
        'App Name': name,
        'App ID': 'local-1',
        Timestamp: 1,
        User: 'u',
      },
    ];
    await importFile(page, {
      name: '<script>.log',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(events.map((e) => JSON.stringify(e)).join('\n') + '\n'),
    });
    const banner = page.locator('[data-imported]');
    expect(await banner.locator('[data-import-app]').textContent()).toBe(name);
    expect(await banner.textContent()).toContain('<script>.log');
    expect(await banner.locator('img, b, script').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what is wrong with a file that is not a log and keeps the pipeline', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const before = await readHooks(page);
    const hash = await page.evaluate(() => location.hash);
    await importFile(page, {
      name: 'garbage.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('this is not a Spark event log\n{"also": "not an event"}\n'),
    });
    const alert = page.locator('.notice.error');
    expect(await alert.textContent()).toContain('Could not import garbage.bin');
    expect(await page.locator('[data-imported]').count()).toBe(0);
    expect(await readHooks(page)).toEqual(before);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await page.screenshot({ path: `${SHOTS}/import-garbage.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
