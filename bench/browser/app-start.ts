/**
 * Case 6, app start: the production build (`vite build` into a temporary directory), its initial
 * JavaScript (the entry chunk of index.html and every chunk it imports statically, each gzipped at
 * level 9, summed) and the time from navigation start to the frame after the default example's
 * lineage first shows its RDDs, in a fresh browser context each run (no cache, no autosave).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import type { Entry } from '../entry.ts';
import { median, spread } from '../measure.ts';

/** The entry module and its static imports, as paths inside the build directory. */
function initialChunks(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dir}/index.html: no module script`);
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("…")` is lazy.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
      if (m[1]!.startsWith('.')) visit(posix.join(posix.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

export async function appStartCases(browser: Browser, quick: boolean): Promise<Entry[]> {
  const started = performance.now();
  process.stderr.write('bench: app start (vite build) …');
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-app-'));
  try {
    await build({ logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
    const chunks = initialChunks(dir);
    const gzBytes = chunks.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
      0,
    );
    const rawBytes = chunks.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
    const server = await preview({
      logLevel: 'silent',
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('vite preview: no port');
    const times: number[] = [];
    try {
      const runs = quick ? 1 : 6; // the first is the warm-up
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${address.port}/`);
        await page.waitForFunction(
          () =>
            document
              .querySelector('stagecraft-app')
              ?.shadowRoot?.querySelector('sc-lineage-view')
              ?.shadowRoot?.querySelector('[data-rdd-id]') != null,
          undefined,
          { timeout: 60_000, polling: 'raf' },
        );
        const ms = await page.evaluate(
          () =>
            new Promise<number>((r) =>
              requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)),
            ),
        );
        if (quick || i > 0) times.push(ms);
        await context.close();
      }
    } finally {
      await server.close();
    }
    process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const r1 = (v: number): number => Math.round(v * 10) / 10;
    return [
      {
        name: 'app-js',
        n: chunks.length,
        median_ms: null,
        gzip_kb: r1(gzBytes / 1024),
        target: '',
        met: null,
        note: `${chunks.length} initial chunk${chunks.length > 1 ? 's' : ''}, ${r1(rawBytes / 1024)} KB before gzip -9`,
      },
      {
        name: 'app-first-render',
        n: 1,
        median_ms: r1(median(times)),
        spread: Math.round(spread(times) * 100) / 100,
        runs: times.length,
        target: '',
        met: null,
        note: 'navigation start → frame after the default example’s lineage shows',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
