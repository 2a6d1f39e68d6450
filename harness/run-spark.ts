/**
 * Starts the harness JVM on some pipeline files and collects its reports: one JVM for all files,
 * a fresh SparkContext per file (Main.java). Spark's logging and the JVM's standard error are
 * passed to `onStderr` (standard error by default).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHarness, HARNESS_DIR, JAVA_MODULE_OPTIONS, LOG4J_CONFIG, SPARK_VERSIONS } from './install.ts';
import type { SparkVersion } from './install.ts';
import type { SparkReport } from './report.ts';

export interface RunSparkOptions {
  readonly sparkVersion?: SparkVersion;
  /** Event log compression codec (`spark.eventLog.compression.codec`); plain logs without it. */
  readonly codec?: 'lz4' | 'lzf' | 'snappy' | 'zstd';
  /** Progress messages (installing, compiling, running). */
  readonly log?: (message: string) => void;
  /** Where the JVM's standard error goes. */
  readonly onStderr?: (chunk: string) => void;
  /** Called with each report as soon as the JVM prints it. */
  readonly onReport?: (report: SparkReport) => void;
  /**
   * The run's scratch directory (event logs, checkpoints), kept after the JVM exits for the
   * caller to read and remove. Without it, a fresh one (`scratchDir()`) is deleted at exit, and
   * the reports' `eventLog` paths are gone.
   */
  readonly scratch?: string;
  /**
   * Each pipeline's time limit in seconds (Watchdog.java): past it, the JVM cancels the
   * pipeline's jobs, reports it with `timedOut` and goes on with the next. 0 or absent: none.
   */
  readonly timeoutSeconds?: number;
}

export async function runSpark(
  files: readonly string[],
  options: RunSparkOptions = {},
): Promise<SparkReport[]> {
  const log = options.log ?? ((m: string) => void process.stderr.write(`${m}\n`));
  const installed = ensureHarness(options.sparkVersion ?? SPARK_VERSIONS[0], log);
  const scratch = options.scratch ?? scratchDir();
  mkdirSync(scratch, { recursive: true });
  const args = [
    ...JAVA_MODULE_OPTIONS,
    '-Xss4m',
    '-XX:+UseSerialGC',
    `-Dlog4j2.configurationFile=${LOG4J_CONFIG}`,
    '-cp',
    installed.classpath,
    'stagecraft.harness.Main',
    '--scratch',
    scratch,
    ...(options.codec ? ['--codec', options.codec] : []),
    ...(options.timeoutSeconds ? ['--timeout', String(options.timeoutSeconds)] : []),
    ...files,
  ];
  const onStderr = options.onStderr ?? ((chunk: string) => void process.stderr.write(chunk));
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SPARK_LOCAL_IP: '127.0.0.1' },
    });
    const reports: SparkReport[] = [];
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line) {
          const report = JSON.parse(line) as SparkReport;
          reports.push(report);
          options.onReport?.(report);
        }
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', onStderr);
    child.on('error', (error) =>
      reject(new Error(`could not start java (${error.message}); a JDK 17 must be on the PATH`)),
    );
    child.on('close', (code) => {
      if (options.scratch === undefined) rmSync(scratch, { recursive: true, force: true });
      if (reports.length === files.length) resolve(reports);
      else
        reject(
          new Error(
            `the harness JVM exited with status ${String(code)} after ${reports.length} of ${files.length} pipelines`,
          ),
        );
    });
  });
}

/** A scratch directory of its own for one JVM run: `.harness/scratch/<pid>-<n>`. */
let runs = 0;
export function scratchDir(): string {
  return join(HARNESS_DIR, 'scratch', `${process.pid}-${runs++}`);
}
