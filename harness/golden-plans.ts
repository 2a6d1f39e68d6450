/**
 * `npm run golden:plans`: runs every fixture in fixtures/pipelines on real Spark (one JVM) and
 * writes Spark's plan to tests/golden/plans/<fixture>.json. These goldens are Spark's answers;
 * tests/model/plan/golden.test.ts compares the planner with them without starting a JVM. A
 * fixture Spark cannot run is reported and gets no golden (the golden test then fails on it).
 * A golden that differs from the new run only where Spark's order is not fixed (sibling stage
 * ids, R-1.5) is left as it is, so regenerating shows real changes only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { comparePlans } from '../src/model/index.ts';
import type { PlanOutput } from '../src/model/index.ts';
import { fixtureFiles } from './conformance.ts';
import { ROOT } from './install.ts';
import { reportToPlan } from './report-to-plan.ts';
import type { PipelineNames } from './report-to-plan.ts';
import { runSpark } from './run-spark.ts';

export const GOLDEN_PLANS = join(ROOT, 'tests', 'golden', 'plans');

async function main(): Promise<number> {
  const files = fixtureFiles(process.argv[2]);
  mkdirSync(GOLDEN_PLANS, { recursive: true });
  const reports = await runSpark(files, { onStderr: () => {} });
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const report = reports[i];
    const name = basename(file, '.json');
    if (!report?.rdds) {
      failed++;
      process.stdout.write(`FAIL  ${name}: ${(report?.errors ?? ['no report']).join('; ')}\n`);
      continue;
    }
    const pipeline = JSON.parse(readFileSync(file, 'utf8')) as PipelineNames;
    const plan = reportToPlan(report, pipeline);
    const target = join(GOLDEN_PLANS, `${name}.json`);
    if (existsSync(target)) {
      const previous = JSON.parse(readFileSync(target, 'utf8')) as PlanOutput;
      if (comparePlans(previous, plan).equal) {
        process.stdout.write(`kept  tests/golden/plans/${name}.json (Spark agrees with it)\n`);
        continue;
      }
    }
    writeFileSync(target, JSON.stringify(plan, null, 2) + '\n');
    const errors = report.errors.length ? ` (Spark: ${report.errors.join('; ')})` : '';
    process.stdout.write(
      `wrote tests/golden/plans/${name}.json: ${plan.rdds.length} RDDs, ${plan.jobs.length} jobs${errors}\n`,
    );
  }
  process.stdout.write(
    `${files.length - failed} written, ${failed} failed (Spark ${reports[0]?.sparkVersion ?? '?'})\n`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
