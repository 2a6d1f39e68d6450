/**
 * `stagecraft spark FILE [--format json|text] [--keep-log PATH] [--codec lz4|lzf|snappy|zstd]
 * [--spark VERSION]`: runs a pipeline file on a real Apache Spark in local mode (the conformance
 * harness, harness/) and prints Spark's real plan in the plan-output format. The harness installs
 * itself on first use; progress and Spark's own logging go to standard error.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { readPipelineFile } from './read-pipeline.ts';
import { SPARK_VERSIONS } from '../../harness/install.ts';
import type { SparkVersion } from '../../harness/install.ts';
import { planText } from '../../harness/plan-text.ts';
import { reportToPlan } from '../../harness/report-to-plan.ts';
import type { PipelineNames } from '../../harness/report-to-plan.ts';
import { runSpark, scratchDir } from '../../harness/run-spark.ts';

const CODECS = ['lz4', 'lzf', 'snappy', 'zstd'] as const;
type Codec = (typeof CODECS)[number];

interface SparkArgs {
  readonly file: string;
  readonly format: 'json' | 'text';
  readonly keepLog?: string;
  readonly codec?: Codec;
  readonly sparkVersion: SparkVersion;
}

function parseArgs(args: readonly string[]): SparkArgs {
  let file: string | undefined;
  let format: 'json' | 'text' = 'text';
  let keepLog: string | undefined;
  let codec: Codec | undefined;
  let sparkVersion: SparkVersion = SPARK_VERSIONS[0];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'text') throw new UsageError(`--format: expected json or text, got "${v}"`);
      format = v;
    } else if (arg === '--keep-log') {
      keepLog = value();
    } else if (arg === '--codec') {
      const v = value();
      if (!(CODECS as readonly string[]).includes(v))
        throw new UsageError(`--codec: expected one of ${CODECS.join(', ')}, got "${v}"`);
      codec = v as Codec;
    } else if (arg === '--spark') {
      const v = value();
      if (!(SPARK_VERSIONS as readonly string[]).includes(v))
        throw new UsageError(`--spark: expected one of ${SPARK_VERSIONS.join(', ')}, got "${v}"`);
      sparkVersion = v as SparkVersion;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one FILE only, got "${file}" and "${arg}"`);
    }
  }
  if (file === undefined) throw new UsageError('missing FILE');
  return { file, format, sparkVersion, ...(keepLog ? { keepLog } : {}), ...(codec ? { codec } : {}) };
}

export const sparkCommand: Command = {
  name: 'spark',
  usage: 'spark FILE [--format json|text] [--keep-log PATH] [--codec lz4|lzf|snappy|zstd] [--spark VERSION]',
  run: async (args, io) => {
    const options = parseArgs(args);
    // Checked as `plan` checks it (limits included) before a JVM starts.
    if ((await readPipelineFile(options.file, io)) === null) return 1;
    const pipeline = JSON.parse(readFileSync(options.file, 'utf8')) as PipelineNames;
    io.stderr(`running ${options.file} on Spark ${options.sparkVersion} (local mode)…\n`);
    const scratch = scratchDir();
    try {
      const [report] = await runSpark([options.file], {
        sparkVersion: options.sparkVersion,
        scratch,
        ...(options.codec ? { codec: options.codec } : {}),
        log: (m) => io.stderr(`${m}\n`),
        onStderr: io.stderr,
      });
      if (!report) return 1;
      for (const error of report.errors) io.stderr(`${options.file}: Spark: ${error}\n`);
      if (!report.rdds) return 1;
      if (options.keepLog) {
        if (!report.eventLog) {
          io.stderr(`${options.file}: Spark wrote no event log\n`);
          return 1;
        }
        copyFileSync(report.eventLog, options.keepLog);
        io.stderr(`event log written to ${options.keepLog}\n`);
      }
      const plan = reportToPlan(report, pipeline);
      io.stdout(options.format === 'json' ? JSON.stringify(plan, null, 2) + '\n' : planText(plan));
      return 0;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
