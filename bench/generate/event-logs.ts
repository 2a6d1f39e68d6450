/**
 * Event logs for the import case: a simulated application (./pipelines.ts `simulationPipeline` on
 * 200 × 8 cores) written with `eventLogLines`, sized by its task count (about 1.8 KB of log per
 * task), then compressed with the `zstd` command (Spark's default event-log codec). Files are
 * kept in the system's temp directory under names that include the seed and size, so later runs
 * reuse them.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventLogLines, parsePipeline, simulate } from '../../src/model/index.ts';
import { CLUSTER } from '../cases/simulate.ts';
import { SEED } from '../random.ts';
import { simulationPipeline } from './pipelines.ts';

const BYTES_PER_TASK = 1840;
export const LOG_DIR = join(tmpdir(), 'stagecraft-bench');

export interface GeneratedLog {
  readonly plain: string;
  /** null when the `zstd` command is missing. */
  readonly zstd: string | null;
  readonly bytes: number;
}

export function hasZstd(): boolean {
  try {
    execFileSync('zstd', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A plain log of about `megabytes` MB and its zstd copy, generated once. */
export function eventLogOf(megabytes: number): GeneratedLog {
  mkdirSync(LOG_DIR, { recursive: true });
  const plain = join(LOG_DIR, `app-${SEED}-${megabytes}mb`);
  if (!existsSync(plain)) writePlain(plain, Math.round((megabytes * 1e6) / BYTES_PER_TASK));
  const zstd = `${plain}.zstd`;
  const zstdOk = hasZstd();
  if (zstdOk && !existsSync(zstd)) {
    execFileSync('zstd', ['-q', '-f', '-3', '-T0', plain, '-o', `${zstd}.part`]);
    renameSync(`${zstd}.part`, zstd);
  }
  return { plain, zstd: zstdOk ? zstd : null, bytes: statSync(plain).size };
}

function writePlain(path: string, tasks: number): void {
  const parsed = parsePipeline(simulationPipeline(tasks));
  if (!parsed.ok) throw new Error(`simulation pipeline of ${tasks}: ${parsed.problems[0]?.message}`);
  const trace = simulate(parsed.value, CLUSTER, { seed: SEED, steps: 'none' });
  const part = `${path}.part`;
  const fd = openSync(part, 'w');
  let batch = '';
  for (const line of eventLogLines(trace)) {
    batch += line + '\n';
    if (batch.length > 4_000_000) {
      writeSync(fd, batch);
      batch = '';
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
  renameSync(part, path);
}
