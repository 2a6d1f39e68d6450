/**
 * `npm run conformance [-- options]`: differential testing of the planner against real Spark.
 * Every fixture in fixtures/pipelines (and, with `--random N`, N generated pipelines per seed)
 * is planned by the planner and run on Spark in one JVM; the plans are compared with
 * `comparePlans`. One line per pipeline, then `N passed, M failed`; exit status 1 if any failed.
 *
 *   --random N        also run N random pipelines for each seed (random-pipeline.ts)
 *   --seed S          a seed for --random (repeatable; default 1)
 *   --ci              the CI suite: every fixture plus 100 random pipelines from CI_SEEDS
 *   --no-fixtures     only random pipelines
 *   --no-shrink       do not shrink failing random pipelines into regression fixtures
 *   --only NAME       only fixtures whose file name contains NAME
 *   --spark VERSION   the pinned Spark to run (install.ts SPARK_VERSIONS; default the first, 3.5)
 *   --spark-only      no planner: check only that Spark runs every pipeline without an error
 *   --keep            keep the random pipelines in .harness/random/<pid>/
 *   --timeout S       each pipeline's time limit on Spark in seconds (default 120; 0 for none):
 *                     past it, its jobs are cancelled and it fails as timed out
 *   -v                print every difference and note
 *
 * A failing random pipeline is shrunk (shrink.ts) and written to
 * fixtures/pipelines/regression-<seed>-<n>.json, except with --ci. Spark's own log goes to
 * .harness/conformance-spark.log; random pipelines are written to .harness/random/<pid>/ while
 * the run lasts (`--keep` keeps them).
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { comparePlans } from '../src/model/index.ts';
import type { PlanComparison } from '../src/model/index.ts';
import { HARNESS_DIR, ROOT, SPARK_VERSIONS } from './install.ts';
import type { SparkVersion } from './install.ts';
import { loadPlanner } from './planner.ts';
import type { PlanFn } from './planner.ts';
import { randomPipeline } from './random-pipeline.ts';
import type { RawPipeline } from './random-pipeline.ts';
import { reportToPlan } from './report-to-plan.ts';
import type { PipelineNames } from './report-to-plan.ts';
import { runSpark } from './run-spark.ts';
import { shrink } from './shrink.ts';

/** The random seeds CI runs: 4 × 25 = 100 pipelines. New seeds are explored locally. */
export const CI_SEEDS = [1, 2, 3, 4] as const;
const CI_RANDOM_PER_SEED = 25;
/** Seconds one pipeline may run on Spark before the harness cancels it (Watchdog.java). */
export const DEFAULT_TIMEOUT_SECONDS = 120;

export const FIXTURES = join(ROOT, 'fixtures', 'pipelines');
const SPARK_LOG = join(HARNESS_DIR, 'conformance-spark.log');

interface Case {
  readonly name: string;
  readonly file: string;
  readonly raw: RawPipeline;
  readonly seed?: number;
  readonly index?: number;
}

export interface Verdict {
  readonly name: string;
  readonly ok: boolean;
  readonly comparison?: PlanComparison;
  readonly problem?: string;
  readonly sparkErrors: readonly string[];
  /** Spark passed the time limit: not a disagreement, nothing to shrink. */
  readonly timedOut?: boolean;
}

export function fixtureFiles(only?: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && (!only || f.includes(only)))
    .sort()
    .map((f) => join(FIXTURES, f));
}

/** Plans and runs the cases (one JVM), and compares each pair of plans. */
export async function judge(
  cases: readonly Case[],
  planner: PlanFn,
  sparkVersion: SparkVersion = SPARK_VERSIONS[0],
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
): Promise<Verdict[]> {
  appendFileSync(SPARK_LOG, `\n== ${new Date().toISOString()} ${cases.length} pipelines\n`);
  const reports = await runSpark(
    cases.map((c) => c.file),
    {
      sparkVersion,
      timeoutSeconds,
      log: (m) => void process.stderr.write(`${m}\n`),
      onStderr: (chunk) => appendFileSync(SPARK_LOG, chunk),
    },
  );
  return cases.map((c, i) => {
    const report = reports[i];
    const planned = planner(c.raw);
    const sparkErrors = report?.errors ?? ['no report'];
    if (report?.timedOut)
      return { name: c.name, ok: false, problem: sparkErrors[0], sparkErrors, timedOut: true };
    if (!report?.rdds)
      return { name: c.name, ok: false, problem: `Spark: ${sparkErrors.join('; ')}`, sparkErrors };
    if (planned === SPARK_ONLY) {
      const ok = sparkErrors.length === 0;
      return {
        name: c.name,
        ok,
        ...(ok ? {} : { problem: `Spark: ${sparkErrors.join('; ')}` }),
        sparkErrors,
      };
    }
    if ('error' in planned) return { name: c.name, ok: false, problem: planned.error, sparkErrors };
    const comparison = comparePlans(planned.plan, reportToPlan(report, c.raw as PipelineNames));
    return { name: c.name, ok: comparison.equal, comparison, sparkErrors };
  });
}

/** The `--spark-only` stand-in for the planner: no plan to compare. */
const SPARK_ONLY = { error: 'no planner (--spark-only)' };
const sparkRunsCleanly: PlanFn = () => SPARK_ONLY;

function writeCase(dir: string, name: string, raw: RawPipeline): Case {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(raw, null, 2) + '\n');
  return { name, file, raw };
}

function line(v: Verdict, verbose: boolean): string {
  if (v.ok) {
    const notes =
      verbose && v.comparison?.notes.length ? `\n    note: ${v.comparison.notes.join('\n    note: ')}` : '';
    return `ok    ${v.name}${notes}`;
  }
  const diffs = v.problem ? [v.problem] : (v.comparison?.differences ?? []);
  const shown = verbose ? diffs : diffs.slice(0, 3);
  const more = diffs.length > shown.length ? ` (+${diffs.length - shown.length} more)` : '';
  return `FAIL  ${v.name}: ${shown.join('; ')}${more}`;
}

async function main(argv: readonly string[]): Promise<number> {
  let random = 0;
  const seeds: number[] = [];
  let fixtures = true;
  let shrinking = true;
  let only: string | undefined;
  let verbose = false;
  let ci = false;
  let sparkOnly = false;
  let keep = false;
  let timeout = DEFAULT_TIMEOUT_SECONDS;
  let sparkVersion: SparkVersion = SPARK_VERSIONS[0];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--random') random = Number(argv[++i]);
    else if (arg === '--seed') seeds.push(Number(argv[++i]));
    else if (arg === '--ci') ci = true;
    else if (arg === '--no-fixtures') fixtures = false;
    else if (arg === '--no-shrink') shrinking = false;
    else if (arg === '--only') only = argv[++i];
    else if (arg === '--spark-only') sparkOnly = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--timeout') timeout = Number(argv[++i]);
    else if (arg === '--spark') {
      const v = argv[++i];
      if (!(SPARK_VERSIONS as readonly (string | undefined)[]).includes(v)) {
        process.stderr.write(`conformance: --spark takes one of ${SPARK_VERSIONS.join(', ')}\n`);
        return 2;
      }
      sparkVersion = v as SparkVersion;
    } else if (arg === '-v') verbose = true;
    else {
      process.stderr.write(`conformance: unknown argument "${String(arg)}"\n`);
      return 2;
    }
  }
  if (ci) {
    random = CI_RANDOM_PER_SEED;
    seeds.splice(0, seeds.length, ...CI_SEEDS);
    shrinking = false;
  }
  if (random > 0 && seeds.length === 0) seeds.push(1);
  if (
    !Number.isInteger(random) ||
    random < 0 ||
    seeds.some((s) => !Number.isInteger(s)) ||
    !Number.isInteger(timeout) ||
    timeout < 0
  ) {
    process.stderr.write('conformance: --random, --seed and --timeout take whole numbers\n');
    return 2;
  }
  const planner = sparkOnly ? sparkRunsCleanly : await loadPlanner();
  if (!planner) {
    process.stderr.write(
      'conformance: the planner (parsePipeline, planPipeline, toPlanOutput) is not in src/model yet\n',
    );
    return 1;
  }
  mkdirSync(HARNESS_DIR, { recursive: true });
  // A directory of this run's own: several runs may share the tree.
  const dir = join(HARNESS_DIR, 'random', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cases: Case[] = [];
  if (fixtures) {
    for (const file of fixtureFiles(only)) {
      cases.push({
        name: basename(file, '.json'),
        file,
        raw: JSON.parse(readFileSync(file, 'utf8')) as RawPipeline,
      });
    }
  }
  for (const seed of seeds) {
    for (let n = 0; n < random; n++) {
      cases.push({ ...writeCase(dir, `random-${seed}-${n}`, randomPipeline(seed, n)), seed, index: n });
    }
  }
  const started = Date.now();
  const verdicts = await judge(cases, planner, sparkVersion, timeout);
  let failed = 0;
  for (const [i, v] of verdicts.entries()) {
    process.stdout.write(line(v, verbose) + '\n');
    if (v.ok) continue;
    failed++;
    const c = cases[i];
    if (
      shrinking &&
      !v.timedOut &&
      c?.seed !== undefined &&
      c.index !== undefined &&
      !v.problem?.startsWith('Spark')
    ) {
      const minimal = await shrink(c.raw, async (candidates) => {
        const batch = candidates.map((raw, k) => writeCase(dir, `shrink-${c.seed}-${c.index}-${k}`, raw));
        const results = await judge(batch, planner, sparkVersion, timeout);
        return results.map((r) => !r.ok && r.sparkErrors.length === 0 && r.problem === undefined);
      });
      const name = `regression-${c.seed}-${c.index}`;
      const first = (await judge([writeCase(dir, name, minimal)], planner, sparkVersion, timeout))[0];
      minimal.name = `Regression ${c.seed}-${c.index}: ${first?.comparison?.differences[0] ?? 'see conformance'}`;
      writeFileSync(join(FIXTURES, `${name}.json`), JSON.stringify(minimal, null, 2) + '\n');
      process.stdout.write(
        `      shrunk to ${minimal.rdds.length} RDDs, ${minimal.actions.length} actions: fixtures/pipelines/${name}.json\n`,
      );
    }
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${cases.length} pipelines on Spark ${sparkVersion} in ${seconds} s (Spark log: ${SPARK_LOG})\n`,
  );
  process.stdout.write(`${verdicts.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('conformance')) {
  process.exitCode = await main(process.argv.slice(2));
}
