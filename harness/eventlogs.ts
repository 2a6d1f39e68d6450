/**
 * `npm run harness:eventlogs`: keeps real Spark event logs of a few fixtures for the importer's
 * tests, in fixtures/eventlogs/spark-3.5/ (KEPT below): plain and compressed with the codecs Spark
 * has (`spark.eventLog.compression.codec`: lz4, lzf, snappy, zstd), named `<fixture>` and
 * `<fixture>.<codec>` as Spark names compressed logs, plus `<fixture>.plan.json`, the harness's
 * plan of the first of those runs (the importer's `import` should give the same plan), and SOURCE.md.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './conformance.ts';
import { ROOT } from './install.ts';
import { reportToPlan } from './report-to-plan.ts';
import type { PipelineNames } from './report-to-plan.ts';
import { runSpark, scratchDir } from './run-spark.ts';

const OUT = join(ROOT, 'fixtures', 'eventlogs', 'spark-3.5');
type Codec = 'lz4' | 'lzf' | 'snappy' | 'zstd';
/**
 * The logs kept, about 320 KB in all (a plain log is ~120 KB, mostly Hadoop properties): a word
 * count plain and with every codec, a join with two shuffles and a checkpoint zstd-compressed.
 */
const KEPT: readonly { readonly name: string; readonly codecs: readonly (Codec | undefined)[] }[] = [
  { name: 'word-count', codecs: [undefined, 'lz4', 'lzf', 'snappy', 'zstd'] },
  { name: 'join-unpartitioned', codecs: ['zstd'] },
  { name: 'checkpoint', codecs: ['zstd'] },
];
const NAMES = KEPT.map((k) => k.name);
const CODECS = [undefined, 'lz4', 'lzf', 'snappy', 'zstd'] as const;

async function main(): Promise<number> {
  const files = NAMES.map((n) => join(FIXTURES, `${n}.json`));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    process.stderr.write(`harness:eventlogs: no such fixture: ${missing.join(', ')}\n`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  let version = '?';
  for (const codec of CODECS) {
    const scratch = scratchDir();
    try {
      const kept = KEPT.filter((k) => k.codecs.includes(codec));
      const reports = await runSpark(
        kept.map((k) => join(FIXTURES, `${k.name}.json`)),
        { scratch, onStderr: () => {}, ...(codec ? { codec } : {}) },
      );
      for (const [i, { name }] of kept.entries()) {
        const report = reports[i];
        if (!report?.eventLog || !report.rdds)
          throw new Error(`${name}: Spark wrote no log (${report?.errors.join('; ')})`);
        version = report.sparkVersion ?? version;
        const target = join(OUT, codec ? `${name}.${codec}` : name);
        copyFileSync(report.eventLog, target);
        process.stdout.write(`wrote ${target}\n`);
        if (codec === KEPT.find((k) => k.name === name)?.codecs[0]) {
          const pipeline = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PipelineNames;
          writeFileSync(
            join(OUT, `${name}.plan.json`),
            JSON.stringify(reportToPlan(report, pipeline), null, 2) + '\n',
          );
        }
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  writeFileSync(
    join(OUT, 'SOURCE.md'),
    `# Real Spark ${version} event logs\n\n` +
      `Written by Apache Spark ${version} (pyspark ${version} from PyPI, its jars run from Java 17, local mode) ` +
      `through the conformance harness: \`npm run harness:eventlogs\` runs the fixtures ` +
      NAMES.map((n) => `\`fixtures/pipelines/${n}.json\``).join(', ') +
      ' with `spark.eventLog.enabled=true`, plain and with `spark.eventLog.compression.codec` ' +
      KEPT.map((k) => `${k.name}: ${k.codecs.map((c) => c ?? 'plain').join(', ')}`).join('; ') +
      '.\n\n' +
      '- `<fixture>`: the plain JSON-lines log; `<fixture>.<codec>`: the same program, compressed ' +
      '(timestamps and ids of the application differ between runs).\n' +
      "- `<fixture>.plan.json`: the harness's plan (plan-output format) of its first run listed above, taken from the " +
      'live SparkContext; importing the log should give the same jobs and stages.\n',
  );
  return 0;
}

process.exitCode = await main();
