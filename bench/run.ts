/**
 * `npm run bench [-- --quick] [-- --only=plan,simulate,…]`: the performance suite of issue 9.
 * Generates its inputs with a fixed seed, runs each case after warm-up, prints a table (median and
 * spread, baseline and ratio, peak memory, target met or not) and writes bench/results.json.
 * Node cases run in a child process each (./node-child.ts) so peak memory is that process's
 * maximum resident set; browser cases run in headless Chromium (./browser/).
 *
 * --quick: the smallest size of each case, one run, no warm-up: proves the suite works (CI).
 * --only=a,b: only those case families (plan, simulate, import, layout, timeline, app); the
 * other entries of the previous bench/results.json are kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserCases } from './browser/browser-cases.ts';
import type { Entry } from './entry.ts';
import { eventLogOf } from './generate/event-logs.ts';
import { median, spread, type Repetitions } from './measure.ts';
import type { NodeJob } from './node-child.ts';
import { printTable } from './table.ts';
import { judge } from './targets.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (family: string): boolean => !only || only.includes(family);

const ONE: Repetitions = { warmup: 0, runs: 1 };
const reps = (warmup: number, runs: number): Repetitions => (quick ? ONE : { warmup, runs });

function runChild(job: NodeJob): { ms: number[]; baselineMs?: number[]; note: string; peakMb: number } {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(HERE, 'node-child.ts'), JSON.stringify(job)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`bench child ${job.kind}: no RESULT line in its output`);
  const r = JSON.parse(line.slice('RESULT '.length)) as {
    samples: { ms: number[]; baselineMs?: number[] };
    note: string;
    peakMb: number;
  };
  return { ...r.samples, note: r.note, peakMb: r.peakMb };
}

function nodeEntry(name: string, n: number, job: NodeJob): Entry {
  const started = performance.now();
  process.stderr.write(`bench: ${name} …`);
  let r: ReturnType<typeof runChild>;
  try {
    r = runChild(job);
  } catch (error) {
    // One failing case must not lose the others: it is recorded with why it failed.
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    process.stderr.write(` failed\n`);
    return { name, n, median_ms: null, target: '', met: null, note: `failed: ${why.slice(0, 200)}` };
  }
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const medianMs = median(r.ms);
  const baselineMs = r.baselineMs ? median(r.baselineMs) : undefined;
  return {
    name,
    n,
    median_ms: round(medianMs),
    spread: round(spread(r.ms), 2),
    runs: r.ms.length,
    ...(baselineMs !== undefined
      ? { baseline_ms: round(baselineMs), ratio: round(medianMs / baselineMs, 2) }
      : {}),
    peak_mb: Math.round(r.peakMb),
    target: '',
    met: null,
    note: r.note,
  };
}

/** The --only option's family of an entry: `first-paint` belongs to `layout`, `app-js` to `app`. */
function optionFamily(name: string): string {
  const family = name.split('/')[0] ?? name;
  if (family === 'first-paint') return 'layout';
  if (family.startsWith('app-')) return 'app';
  return family;
}

const ORDER = ['plan', 'simulate', 'import', 'layout', 'timeline', 'app'];

/** With --only, the other families' entries of the previous bench/results.json are kept. */
function withEarlierResults(entries: Entry[]): Entry[] {
  const file = join(HERE, 'results.json');
  if (!only || !existsSync(file)) return entries;
  const earlier = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Entry[] }).cases;
  const kept = earlier.filter((e) => !wanted(optionFamily(e.name)));
  const rank = (e: Entry): number => ORDER.indexOf(optionFamily(e.name));
  return [...kept, ...entries]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

export function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

async function main(): Promise<void> {
  const started = performance.now();
  const entries: Entry[] = [];
  if (wanted('plan')) {
    const sizes: [number, Repetitions][] = quick
      ? [[1000, ONE]]
      : [
          [1000, reps(2, 7)],
          [10_000, reps(1, 5)],
          [100_000, reps(1, 3)],
        ];
    for (const [n, r] of sizes) entries.push(nodeEntry('plan', n, { kind: 'plan', n, reps: r }));
  }
  if (wanted('simulate')) {
    const sizes: [number, Repetitions][] = quick
      ? [[10_000, ONE]]
      : [
          [10_000, reps(1, 5)],
          [100_000, reps(1, 3)],
          [1_000_000, reps(0, 1)],
        ];
    for (const [n, r] of sizes) entries.push(nodeEntry('simulate', n, { kind: 'simulate', n, reps: r }));
  }
  if (wanted('import')) {
    const sizes: [number, Repetitions][] = quick
      ? [[5, ONE]]
      : [
          [50, reps(1, 5)],
          [500, reps(0, 2)],
        ];
    for (const [mb, r] of sizes) {
      const log = eventLogOf(mb);
      const size = `${(log.bytes / 1e6).toFixed(0)} MB`;
      const plain = nodeEntry('import/plain', mb, {
        kind: 'import',
        file: log.plain,
        plainFile: log.plain,
        reps: r,
      });
      entries.push({ ...plain, note: `${size} plain; ${plain.note}` });
      if (log.zstd) {
        const z = nodeEntry('import/zstd', mb, {
          kind: 'import',
          file: log.zstd,
          plainFile: log.plain,
          reps: r,
        });
        entries.push({ ...z, note: `${size} zstd -3; baseline parses the plain file; ${z.note}` });
      } else {
        entries.push({
          name: 'import/zstd',
          n: mb,
          median_ms: null,
          target: '',
          met: null,
          note: 'not measured: the zstd command is missing',
        });
      }
    }
  }
  entries.push(...(await browserCases({ quick, wanted })));
  const judged = judge(withEarlierResults(entries));
  printTable(judged);
  const file = join(HERE, 'results.json');
  const machine = `${process.platform} ${process.arch}, node ${process.version}`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        quick,
        machine,
        date: new Date().toISOString(),
        seconds: Math.round((performance.now() - started) / 1000),
        cases: judged,
      },
      null,
      2,
    ) + '\n',
  );
  process.stderr.write(`bench: wrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main();
