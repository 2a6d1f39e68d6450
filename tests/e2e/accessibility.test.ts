// An automated accessibility check (issue 8, "Accessibility"): axe-core, injected into the built
// app, finds no `serious` or `critical` violation on the workspace, the run page mid-playback,
// the operator reference, a lesson open on the run page and presentation mode. axe walks Lit's
// open shadow roots. The lineage graph's RDD nodes and stage frames take focus (Tab) and select
// with Enter.
// Screenshots of each checked view go to /tmp/shots/a11y-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type AxeCore from 'axe-core';
import { launchBrowser } from './support/browser.ts';
import { settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  mkdirSync('/tmp/shots', { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page like support/browser.ts's openPage, in a context that lets the test add axe's script:
 * the app's Content-Security-Policy (`script-src 'self'`) refuses inline scripts, rightly.
 */
async function openAxePage(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** The serious and critical violations on the page, one line per element: rule, impact, where, why. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`,
        ),
      );
  });
}

const runPageHook = (page: Page, name: string) =>
  page.evaluate(
    (attr) =>
      document
        .querySelector('stagecraft-app')
        ?.shadowRoot?.querySelector('sc-run-page')
        ?.getAttribute(attr) ?? null,
    name,
  );

const VIEWS: readonly { name: string; hash: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'workspace', hash: '#example=word-count' },
  {
    name: 'run',
    hash: '#example=word-count&view=run&t=20',
    ready: async (page) => {
      await expect.poll(() => runPageHook(page, 'data-event-index')).toBe('20');
    },
  },
  { name: 'reference', hash: '#view=reference' },
  {
    name: 'lesson',
    hash: '#view=run&lesson=01-word-count&step=3',
    ready: async (page) => {
      await page.locator('sc-run-page [data-narration]').waitFor();
    },
  },
  { name: 'presentation', hash: '#example=word-count&present=1' },
];

describe('accessibility (axe)', () => {
  it('reaches the lineage graph’s RDD nodes with Tab and selects one with Enter, with a visible focus', async () => {
    const { page, errors } = await openAxePage(`${baseUrl}#example=word-count`);
    await settle(page);
    const focusedRdd = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('data-rdd-id') ?? null;
      });
    // The workspace has many controls before the graph (and the code editor keeps Tab): start on
    // the first node, then move with the keyboard as a user does.
    await page.locator('sc-lineage-view g[data-rdd-id="0"]').first().focus();
    await page.keyboard.press('Tab');
    const id = await focusedRdd();
    expect(id).not.toBeNull();
    const node = page.locator(`sc-lineage-view g[data-rdd-id="${id}"]`).first();
    expect(
      await node.evaluate((g) => getComputedStyle(g.querySelector('rect.body')!).strokeDasharray),
    ).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => node.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: '/tmp/shots/a11y-node-focus.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches the lineage’s stage frames with Tab, named in 简体中文, and selects one with Enter', async () => {
    const { page, errors } = await openAxePage(`${baseUrl}#example=word-count&lang=zh-CN`);
    await settle(page);
    const focused = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('data-stage-id') ?? el?.getAttribute('data-rdd-id') ?? null;
      });
    const first = page.locator('sc-lineage-view g[data-stage-id="0"]');
    await first.focus();
    expect(await focused()).toBe('0');
    // Every stage is a button named by its label: id, shuffle map or result, task count.
    await expect
      .poll(() =>
        page
          .locator('sc-lineage-view')
          .getByRole('button', { name: '阶段 1 · ResultStage · 4 个任务' })
          .count(),
      )
      .toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('1');
    await page.keyboard.press('Enter');
    const stage = page.locator('sc-lineage-view g[data-stage-id="1"]');
    await expect.poll(() => stage.getAttribute('aria-pressed')).toBe('true');
    // The details panel shows the stage, as after a click.
    await expect
      .poll(() => page.locator('sc-detail-panel').evaluate((el) => el.shadowRoot!.textContent))
      .toContain('阶段 1');
    await page.screenshot({ path: '/tmp/shots/a11y-stage-focus-zh.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const view of VIEWS)
    it(`finds no serious or critical violation on the ${view.name}`, async () => {
      const { page, errors } = await openAxePage(`${baseUrl}${view.hash}`);
      await settle(page);
      await view.ready?.(page);
      await settle(page);
      await page.screenshot({ path: `/tmp/shots/a11y-${view.name}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
