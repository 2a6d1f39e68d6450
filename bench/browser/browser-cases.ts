/**
 * The browser cases in one headless Chromium (Debian's, through playwright-core): lineage layout
 * and first paint (./layout-case.ts), timeline playback (./timeline-case.ts) and app start
 * (./app-start.ts).
 */
import { chromium } from 'playwright-core';
import type { Entry } from '../entry.ts';
import { appStartCases } from './app-start.ts';
import { serveLayoutPage, servePage } from './bundle.ts';
import { layoutCase, type LayoutSize } from './layout-case.ts';
import { timelineCase, type TimelineSize } from './timeline-case.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserOptions {
  readonly quick: boolean;
  readonly wanted: (family: string) => boolean;
}

const FULL: readonly LayoutSize[] = [
  { n: 200, warmup: 1, runs: 5, dagreRuns: 4, dagreCapMs: 120_000 },
  { n: 1000, warmup: 1, runs: 3, dagreRuns: 1, dagreCapMs: 120_000 },
  { n: 5000, warmup: 0, runs: 2, dagreRuns: 0, dagreCapMs: 180_000 },
];
const QUICK: readonly LayoutSize[] = [{ n: 200, warmup: 0, runs: 1, dagreRuns: 0, dagreCapMs: 60_000 }];

export async function browserCases(options: BrowserOptions): Promise<Entry[]> {
  const entries: Entry[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  try {
    if (options.wanted('layout')) {
      const site = await serveLayoutPage();
      try {
        for (const size of options.quick ? QUICK : FULL) {
          const started = performance.now();
          process.stderr.write(`bench: layout ${size.n} …`);
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          page.on('pageerror', (e) => process.stderr.write(`\nbench page error: ${e.message}\n`));
          await page.goto(site.url);
          entries.push(...(await layoutCase(page, size)));
          await page.close();
          process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        }
      } finally {
        await site.close();
      }
    }
    if (options.wanted('timeline')) {
      const site = await servePage('timeline-page');
      try {
        const sizes: readonly TimelineSize[] = options.quick
          ? [{ n: 10_000, frames: 60, runs: 1 }]
          : [
              { n: 10_000, frames: 300, runs: 3 },
              { n: 100_000, frames: 300, runs: 3 },
            ];
        for (const size of sizes) {
          const started = performance.now();
          process.stderr.write(`bench: timeline ${size.n} …`);
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          page.on('pageerror', (e) => process.stderr.write(`\nbench page error: ${e.message}\n`));
          await page.goto(site.url);
          try {
            entries.push(...(await timelineCase(page, size)));
          } catch (error) {
            const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
            for (const mode of ['play', 'scrub'])
              entries.push({
                name: `timeline/${mode}`,
                n: size.n,
                median_ms: null,
                target: '',
                met: null,
                note: `failed: ${why}`,
              });
          }
          await page.close();
          process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        }
      } finally {
        await site.close();
      }
    }
    if (options.wanted('app')) entries.push(...(await appStartCases(browser, options.quick)));
  } finally {
    await browser.close();
  }
  return entries;
}
