// Languages, presentation mode and sharing in the built app: switching to 简体中文 keeps the state
// and translates the header, lineage and details (the model's reasons too), is remembered across a
// reload and a new visit, follows a `lang=` link and the browser's language at a first visit;
// presentation mode at 1280×720 hides the editing chrome and draws larger; "Copy link" copies the
// address that restores it all; the stage graph exports as SVG and PNG. Screenshots: /tmp/shots/i18n-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { headerRows, settle, switchLanguage } from './support/app-page.ts';

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

/** Text of the first element matching `selector` (pierces shadow roots), trimmed. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the text has Han characters. */
const HAN = /\p{Script=Han}/u;

describe('languages', () => {
  it('switches to 简体中文 without losing state, and stays Chinese after a reload', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text(page, 'stagecraft-app header label.group')).toContain('Example');
    // Some state to keep: a selected shuffle edge, whose reason the model writes.
    await page.locator('sc-lineage-view g[data-dep-type="shuffle"] path.hit').first().click({ force: true });
    await settle(page);
    const englishWhy = await text(page, 'sc-detail-panel p.why');
    expect(englishWhy).toMatch(/^Why a shuffle:/);

    await switchLanguage(page, 'zh-CN');
    expect(await text(page, 'stagecraft-app header label.group')).toContain('示例');
    expect(await text(page, 'stagecraft-app header .editing button')).toBe('撤销');
    expect(await text(page, 'sc-lineage-view [data-stage-label]')).toMatch(/^阶段 \d+ · /);
    expect(await text(page, 'sc-lineage-view g[data-rdd-id] text.meta')).toMatch(/个分区/);
    expect(await text(page, 'sc-stage-list li[data-stage-id] button')).toMatch(/^阶段 \d+/);
    // The same edge is still selected; its heading, labels and the model's reason are Chinese.
    expect(await text(page, 'sc-detail-panel h3')).toBe('Shuffle 依赖（宽依赖）');
    const why = await text(page, 'sc-detail-panel p.why');
    expect(why).toMatch(/^为什么需要 Shuffle：/);
    expect(why.replace(/^为什么需要 Shuffle：/, '')).toMatch(HAN);
    expect(await page.evaluate(() => location.hash)).toContain('lang=zh-CN');
    await page.screenshot({ path: `${SHOTS}/i18n-zh-workspace.png` });

    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text(page, 'stagecraft-app header label.group')).toContain('示例');

    // A new visit without lang= in the link: the remembered choice.
    await page.goto(`${baseUrl}#example=word-count`);
    await settle(page);
    expect(await text(page, 'sc-detail-panel p.hint')).toMatch(HAN);
    await page.locator('stagecraft-app header button[data-page="reference"]').click();
    await settle(page);
    expect(await text(page, 'sc-operator-reference h2')).toBe('算子参考');
    expect(await text(page, 'sc-operator-reference article[data-operator="map"] p')).toMatch(HAN);
    await page.screenshot({ path: `${SHOTS}/i18n-zh-reference.png` });

    // A lang=en link wins over the remembered choice, and becomes the remembered one.
    await page.goto(`${baseUrl}#example=word-count&lang=en`);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text(page, 'stagecraft-app header label.group')).toContain('Example');
    expect(await page.evaluate(() => localStorage.getItem('stagecraft.lang.v1'))).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // A projector shows 1280×720 or 1280×800: the header keeps one row there, on the workspace
  // and the run page, in either language, and in presentation mode (zoomed, like a 985 px wide page).
  it('fits the header in one row at 1280×720 in both languages, presenting or not', async () => {
    const viewport = { width: 1280, height: 720 };
    for (const lang of ['en', 'zh-CN'])
      for (const extra of ['', '&view=run', '&present=1', '&view=run&present=1']) {
        const { page, errors } = await openPage(
          browser,
          `${baseUrl}#example=word-count&lang=${lang}${extra}`,
          viewport,
        );
        await settle(page);
        const rows = await headerRows(page);
        await page.screenshot({
          path: `${SHOTS}/i18n-header-${lang}${extra.replace(/[&=]/g, '-')}-1280.png`,
          clip: { x: 0, y: 0, width: 1280, height: 90 },
        });
        expect(rows.oneRow, `${lang}${extra}`).toBe(true);
        // One row of 13 px controls: 42 px, × 1.3 when presenting.
        expect(rows.height, `${lang}${extra}`).toBeLessThan(extra.includes('present') ? 62 : 48);
        expect(errors).toEqual([]);
        await page.context().close();
      }
  });

  it('keeps the run page’s playback position when the language changes', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count&view=run&lang=en`);
    await settle(page);
    const runPage = page.locator('sc-run-page');
    await page.waitForFunction(
      () =>
        Number(
          document
            .querySelector('stagecraft-app')
            ?.shadowRoot?.querySelector('sc-run-page')
            ?.getAttribute('data-event-count') ?? 0,
        ) > 0,
    );
    for (let i = 0; i < 5; i++) await page.locator('sc-run-page button[data-action="step"]').click();
    await settle(page);
    const before = await runPage.getAttribute('data-event-index');
    expect(Number(before)).toBe(5);
    await switchLanguage(page, 'zh-CN');
    expect(await runPage.getAttribute('data-event-index')).toBe(before);
    expect(await text(page, 'sc-run-page button[data-action="play"]')).toBe('播放');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens in Chinese at a first visit from a Chinese browser', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#example=word-count`);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text(page, 'stagecraft-app header h1 span')).toMatch(HAN);
    const run = page.locator('stagecraft-app header button[data-page="run"]');
    if ((await run.count()) > 0) {
      await run.click();
      await settle(page);
      await page.keyboard.press('End');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${SHOTS}/i18n-zh-run.png` });
    }
    await context.close();
  });
});

describe('presentation mode at 1280×720', () => {
  it('hides the editing chrome, draws larger, rings the pointer, and toggles with p', async () => {
    const viewport = { width: 1280, height: 720 };
    const { page, errors } = await openPage(
      browser,
      `${baseUrl}#example=word-count&lang=zh-CN&present=1`,
      viewport,
    );
    await settle(page);
    const app = page.locator('stagecraft-app');
    expect(await app.getAttribute('presenting')).toBe('');
    expect(await page.locator('stagecraft-app section.left').isVisible()).toBe(false);
    expect(await page.locator('stagecraft-app header .editing').first().isVisible()).toBe(false);
    expect(await page.locator('button[data-export="svg"]').isVisible()).toBe(false);
    // Nothing spills out of the screen, and the lineage's and details' text is drawn larger.
    const fit = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(fit.width).toBeLessThanOrEqual(1280);
    expect(fit.height).toBeLessThanOrEqual(720);
    const detailFont = await page.evaluate(() => {
      const panel = document.querySelector('stagecraft-app')!.shadowRoot!.querySelector('sc-detail-panel')!;
      const box = panel.shadowRoot!.querySelector('p')!.getBoundingClientRect();
      return box.height;
    });
    expect(detailFont).toBeGreaterThan(16);
    await page.mouse.move(640, 360);
    await page.mouse.move(700, 380);
    const ring = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-pointer-ring]');
      return el ? { display: el.style.display, transform: el.style.transform } : null;
    });
    expect(ring).toEqual({ display: 'block', transform: 'translate(700px, 380px)' });
    await page.locator('sc-stage-graph [data-stage-node] rect').first().click();
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/i18n-present-zh.png` });

    // p toggles it off (and the link forgets it), p again toggles it on; not while typing.
    await page.keyboard.press('p');
    await settle(page);
    expect(await app.getAttribute('presenting')).toBeNull();
    expect(await page.evaluate(() => location.hash)).not.toContain('present=1');
    expect(await page.evaluate(() => document.querySelector('[data-pointer-ring]'))).toBeNull();
    await page.locator('sc-composer input[data-arg="minPartitions"]').press('p');
    expect(await app.getAttribute('presenting')).toBeNull();
    await page.locator('stagecraft-app header h1').click();
    await page.keyboard.press('p');
    await settle(page);
    expect(await app.getAttribute('presenting')).toBe('');
    expect(await page.evaluate(() => location.hash)).toContain('present=1');

    // The button asks for full screen too; leaving full screen (Esc) ends the mode.
    await page.keyboard.press('p');
    await settle(page);
    await page.locator('button[data-present]').click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await app.getAttribute('presenting')).toBe('');
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForFunction(() => !document.querySelector('stagecraft-app')!.hasAttribute('presenting'));
    await page.locator('button[data-present]').click();
    await settle(page);

    // English, and the run page, in presentation mode too.
    await switchLanguage(page, 'en');
    await page.screenshot({ path: `${SHOTS}/i18n-present-en.png` });
    await page.locator('stagecraft-app header button[data-page="reference"]').click();
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/i18n-present-reference.png` });
    await switchLanguage(page, 'zh-CN');
    const run = page.locator('stagecraft-app header button[data-page="run"]');
    if ((await run.count()) > 0) {
      await run.click();
      await settle(page);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${SHOTS}/i18n-present-run.png` });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sharing and export', () => {
  it('copies a link that restores pipeline, job, language and presentation', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await settle(page);
    await switchLanguage(page, 'zh-CN');
    await page.locator('stagecraft-app header h1').click();
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.querySelector('stagecraft-app')!.hasAttribute('presenting'));
    await settle(page);
    await page.locator('button[data-copy-link]').click();
    await page.locator('stagecraft-app .notice.info').waitFor();
    await settle(page);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => location.href));
    expect(copied).toMatch(/#p=[^&]+&lang=zh-CN&present=1$/);
    expect(await text(page, 'stagecraft-app .notice.info p')).toMatch(HAN);

    // The link in a fresh browser (nothing remembered, an English browser) shows the same.
    const other = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(copied);
    await settle(fresh);
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await fresh.locator('stagecraft-app').getAttribute('presenting')).toBe('');
    expect(await text(fresh, 'sc-lineage-view [data-stage-label]')).toMatch(/^阶段/);
    await other.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the stage graph as SVG and PNG', async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}#example=word-count`);
    await settle(page);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-export="stages-svg"]').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.stages\.svg$/);
    const svgText = readFileSync((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        stages: doc.querySelectorAll('[data-stage-node]').length,
      };
    }, svgText);
    expect(parsed).toEqual({ error: null, root: 'svg', stages: 2 });
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-export="stages-png"]').click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
