/**
 * Bundles the layout page and its worker with esbuild into a temporary directory, with the
 * standard-decorator lowering the app's Vite build uses (vite.decorators.ts), and serves the
 * directory on a free port of 127.0.0.1 for the browser cases.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

export interface BenchSite {
  readonly url: string;
  close(): Promise<void>;
}

export function serveLayoutPage(): Promise<BenchSite> {
  return servePage('layout-page', { 'layout-worker': join(HERE, 'layout-worker.ts') });
}

/** Bundles ./<page>.ts (and any extra entries, e.g. workers) and serves it as the site's index. */
export async function servePage(page: string, extra: Record<string, string> = {}): Promise<BenchSite> {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-page-'));
  await build({
    entryPoints: { [page]: join(HERE, `${page}.ts`), ...extra },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    outdir: dir,
    logLevel: 'warning',
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><script src="/${page}.js"></script></body></html>`,
  );
  const server: Server = createServer((req, res) => {
    const name =
      (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1).split('?')[0]!;
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error(`bench server: unexpected address ${String(address)}`);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}
