// Script injection in the built app, in real Chromium: strings from a link's pipeline and from an
// event log (pipeline name, paths, commands, code, pool names, ids; app name, RDD names,
// callsites, stage names and details, executor hosts, failure reasons) carry <img onerror>,
// <script>, javascript: links and SVG payloads. Nothing may run (the payloads would set
// window.__pwned or open a dialog), no such element may reach the DOM, the strings show as text,
// and the app runs under its Content-Security-Policy without a single violation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { openRunPage, settle } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

const PAYLOAD =
  `<img src=x onerror="window.__pwned='img';alert(1)">` +
  `<script>window.__pwned='script'</script>` +
  `<a href="javascript:window.__pwned='link'">click</a>` +
  `<svg onload="window.__pwned='svg'"><a href="javascript:window.__pwned='svg-link'"><text>s</text></a></svg>`;
/** What the page must show literally somewhere (the text of the payload, not an element). */
const LITERAL = `<img src=x onerror="window.__pwned='img';alert(1)">`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app with a listener for CSP violations installed before any script of the page runs. */
async function open(url: string) {
  const watched = await openPage(browser, 'about:blank');
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await watched.page.goto(url);
  await settle(watched.page);
  return watched;
}

interface Findings {
  readonly pwned: unknown;
  readonly csp: string[];
  /** Elements the payloads would have made: inline scripts, on* handlers, javascript: links, img src=x. */
  readonly dangerous: string[];
  readonly text: string;
}

/** Everything that matters, across every shadow root of the page. */
async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const dangerous: string[] = [];
    let text = '';
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (tag === 'script' && !el.hasAttribute('src')) dangerous.push('inline script');
        if (tag === 'img' && el.getAttribute('src') === 'x') dangerous.push('img src=x');
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (attr.startsWith('on') && value.includes('__pwned')) dangerous.push(`${tag}[${attr}]`);
          if ((attr === 'href' || attr === 'xlink:href') && /^\s*javascript:/i.test(value))
            dangerous.push(`${tag}[${attr}]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
      text += ` ${root instanceof Document ? (root.body?.innerText ?? '') : ''}`;
      for (const node of root.querySelectorAll('*')) {
        for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        if (node.getAttribute('title')) text += ` ${node.getAttribute('title')}`;
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) text += ` ${node.value}`;
      }
    };
    visit(document);
    const w = window as unknown as { __pwned?: unknown; __csp: string[] };
    return { pwned: w.__pwned, csp: w.__csp ?? [], dangerous, text };
  });
}

/** Clicks the first few RDDs and stages of the lineage view, so the detail panel shows their strings. */
async function clickAround(page: Page): Promise<void> {
  for (const selector of ['[data-rdd-id]', '[data-stage-id]']) {
    const items = page.locator(`sc-lineage-view ${selector}`);
    const n = Math.min(await items.count(), 4);
    for (let i = 0; i < n; i++) {
      await items.nth(i).click({ force: true });
      await settle(page);
    }
  }
  const stages = page.locator('sc-stage-list li, sc-stage-list tr, sc-stage-list button');
  const n = Math.min(await stages.count(), 3);
  for (let i = 0; i < n; i++) {
    await stages.nth(i).click({ force: true });
    await settle(page);
  }
}

function expectSafe(found: Findings, errors: string[]): void {
  expect(found.pwned).toBeUndefined();
  expect(found.dangerous).toEqual([]);
  expect(found.csp).toEqual([]);
  expect(errors).toEqual([]);
}

const hostilePipeline = {
  version: 1,
  name: PAYLOAD,
  rdds: [
    { id: 'lines', op: 'textFile', args: { path: PAYLOAD, minPartitions: 2 }, code: PAYLOAD },
    { id: 'piped', op: 'pipe', parents: ['lines'], args: { command: PAYLOAD }, code: PAYLOAD },
    { id: 'pairs', op: 'map', parents: ['piped'], code: PAYLOAD },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'], code: PAYLOAD },
  ],
  actions: [{ op: 'collect', rdd: 'counts', pool: PAYLOAD, code: PAYLOAD }],
};

/** A real Spark log with every string the app shows replaced by the payload, and a failed task and stage. */
function hostileLog(): Buffer {
  const lines = readFileSync('fixtures/eventlogs/spark-tests/local-1642039451826', 'utf8').split('\n');
  const replace = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => replace(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
    }
    const keys = ['App Name', 'Name', 'Callsite', 'Stage Name', 'Details', 'Host', 'Description'];
    return typeof value === 'string' && keys.includes(key) ? PAYLOAD : value;
  };
  let failedTask = false;
  const out = lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const event = replace(JSON.parse(l)) as Record<string, unknown>;
      if (event['Event'] === 'SparkListenerTaskEnd' && !failedTask) {
        failedTask = true;
        event['Task End Reason'] = {
          Reason: 'ExceptionFailure',
          'Class Name': PAYLOAD,
          Description: PAYLOAD,
          'Stack Trace': [],
          'Full Stack Trace': PAYLOAD,
          'Accumulator Updates': [],
        };
      }
      if (event['Event'] === 'SparkListenerStageCompleted') {
        (event['Stage Info'] as Record<string, unknown>)['Failure Reason'] = PAYLOAD;
      }
      return JSON.stringify(event);
    });
  return Buffer.from(out.join('\n') + '\n');
}

describe('script injection', () => {
  it('index.html has a Content-Security-Policy without inline scripts or eval', async () => {
    const html = await (await fetch(baseUrl)).text();
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(/default-src 'self'/.test(csp)).toBe(true);
    expect(csp).toContain("object-src 'none'");
  });

  it('a pipeline link full of payloads opens, runs nothing and shows the strings as text', async () => {
    const p = LZString.compressToEncodedURIComponent(JSON.stringify(hostilePipeline));
    const { page, errors } = await open(`${baseUrl}#p=${p}`);
    await clickAround(page);
    const found = await inspect(page);
    expectSafe(found, errors);
    expect(found.text).toContain(LITERAL);
    await page.context().close();
  });

  it('a link whose ids are payloads is refused with its message as text, and nothing runs', async () => {
    const bad = { ...hostilePipeline, rdds: [{ id: PAYLOAD, op: 'parallelize', args: { length: 4 } }] };
    const p = LZString.compressToEncodedURIComponent(JSON.stringify(bad));
    const { page, errors } = await open(`${baseUrl}#example=word-count`);
    await page.goto(`${baseUrl}#p=${p}`);
    await settle(page);
    const notice = await page.locator('stagecraft-app .notice.error').textContent();
    expect(notice).toContain('Could not open');
    expect(notice).toContain('<img src=x');
    expectSafe(await inspect(page), errors);
    await page.context().close();
  });

  it('an event log full of payloads imports, runs nothing and shows the strings as text', async () => {
    const { page, errors } = await open(`${baseUrl}#example=word-count`);
    await page.locator('[data-import-input]').setInputFiles({
      name: `${PAYLOAD.slice(0, 40)}.log`,
      mimeType: 'application/octet-stream',
      buffer: hostileLog(),
    });
    await page.waitForFunction(() => {
      const root = document.querySelector('stagecraft-app')?.shadowRoot;
      return root?.querySelector('[data-imported], .notice.error') && !root.querySelector('.import-progress');
    });
    await settle(page);
    expect(await page.locator('[data-imported]').count()).toBe(1);
    await clickAround(page);
    const jobs = page.locator('sc-job-selector select');
    if ((await jobs.count()) > 0) {
      await jobs.selectOption({ index: 1 });
      await settle(page);
      await clickAround(page);
    }
    const found = await inspect(page);
    expectSafe(found, errors);
    expect(found.text).toContain(LITERAL);
    expect(await page.locator('[data-import-app]').textContent()).toBe(PAYLOAD);
    await page.context().close();
  });

  it('the run page replays the same log (hosts, failure reasons, narration) without running any of it', async () => {
    const { page, errors } = await open(`${baseUrl}#example=word-count`);
    await page.locator('[data-import-input]').setInputFiles({
      name: 'hostile.log',
      mimeType: 'application/octet-stream',
      buffer: hostileLog(),
    });
    await page.waitForFunction(() =>
      document.querySelector('stagecraft-app')?.shadowRoot?.querySelector('[data-imported]'),
    );
    await openRunPage(page);
    // Step through the replay: the narration names hosts and the failed task's reason on the way.
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await settle(page);
    const middle = await inspect(page);
    await page.keyboard.press('End');
    await settle(page);
    const end = await inspect(page);
    expectSafe(middle, errors);
    expectSafe(end, errors);
    expect(middle.text + end.text).toContain('<img src=x');
    await page.context().close();
  });
});
