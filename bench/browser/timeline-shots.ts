/**
 * `npx tsx bench/browser/timeline-shots.ts [dir]`: screenshots of `<sc-timeline>` in headless
 * Chromium, to look at: word count on 4 executors (cursor mid-run, a task selected) and a fault run
 * (a task failing twice, executor 3 killed, a straggler raced by a speculative copy), and the
 * two real logs of fixtures/eventlogs (failed attempts on 4 executors; a speculative copy and
 * executors removed by dynamic allocation), and the bench's 100,000-task trace. Writes
 * timeline-{word-count,faults,log-failures,log-speculation,100k}.png into dir (/tmp/shots by
 * default). Run it from the repository's root.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './browser-cases.ts';
import { servePage } from './bundle.ts';

type Page = {
  prepareLog(bytes: number[], time: number): Promise<void>;
  prepareWordCount(faults: readonly string[], speculation: boolean, time: number): Promise<void>;
  prepare(n: number): Promise<unknown>;
};
declare const stagecraftTimelineBench: Page;

const dir = process.argv[2] ?? '/tmp/shots';
mkdirSync(dir, { recursive: true });
const site = await servePage('timeline-page');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1240, height: 600 }, deviceScaleFactor: 2 });
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`console: ${m.text()}\n`));
  await page.goto(site.url);
  const shots: [string, readonly string[], boolean, number, number | null][] = [
    ['word-count', [], false, 0.3, 2],
    ['faults', ['fail-task:0.1x2', 'straggler:0.2*8', 'kill-executor:3@1.2'], true, 0.55, null],
  ];
  for (const [name, faults, speculation, time, select] of shots) {
    await page.evaluate(([f, s, t]) => stagecraftTimelineBench.prepareWordCount(f, s, t), [
      faults,
      speculation,
      time,
    ] as const);
    if (select !== null)
      await page.evaluate(async (id) => {
        const v = document.querySelector('sc-timeline') as HTMLElement & {
          selectedTaskId: number | null;
          updateComplete: Promise<boolean>;
        };
        v.selectedTaskId = id;
        await v.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, select);
    await page.locator('sc-timeline').screenshot({ path: `${dir}/timeline-${name}.png` });
    process.stdout.write(`${dir}/timeline-${name}.png\n`);
  }
  for (const [name, log] of [
    ['log-failures', 'fixtures/eventlogs/spark-tests/app-20161115172038-0000'],
    ['log-speculation', 'fixtures/eventlogs/spark-tests/application_1628109047826_1317105'],
  ] as const) {
    const bytes = [...readFileSync(log)];
    await page.evaluate(([b]) => stagecraftTimelineBench.prepareLog(b, 0.5), [bytes] as const);
    await page.locator('sc-timeline').screenshot({ path: `${dir}/timeline-${name}.png` });
    process.stdout.write(`${dir}/timeline-${name}.png\n`);
  }
  await page.evaluate(async () => {
    await stagecraftTimelineBench.prepare(100_000);
    const v = document.querySelector('sc-timeline')!;
    const events = v.trace!.events;
    v.time = events[0]!.time + (events.at(-1)!.time - events[0]!.time) * 0.4;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.locator('sc-timeline').screenshot({ path: `${dir}/timeline-100k.png` });
  process.stdout.write(`${dir}/timeline-100k.png\n`);
} finally {
  await browser.close();
  await site.close();
}
