/**
 * Logs written by real Spark 3.5 through the conformance harness (`npm run harness:eventlogs`,
 * fixtures/eventlogs/spark-3.5/): every codec's file decodes, and each log imports to the jobs and
 * stages the harness read from the live SparkContext (`<fixture>.plan.json`). The suite runs once
 * that directory exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanOutput } from '../../../src/model/plan/types.ts';
import { importEventLog } from '../../../src/model/event-log/importer.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import type { ImportSummary } from '../../../src/model/event-log/application/summary.ts';
import { REPO_ROOT } from './shared-logs.ts';

const DIR = join(REPO_ROOT, 'fixtures', 'eventlogs', 'spark-3.5');
const present = existsSync(DIR);
const files = present ? readdirSync(DIR) : [];
const plans = files.filter((f) => f.endsWith('.plan.json')).map((f) => f.slice(0, -'.plan.json'.length));

async function summary(file: string): Promise<ImportSummary> {
  const bytes = new Uint8Array(readFileSync(join(DIR, file)));
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
  const result = await importEventLog(chunks, { fileName: file });
  return importSummary(result.application, result.warnings);
}

/**
 * What must not differ between two runs of one program: job ids, statuses and task counts, and the
 * stages as a multiset (Spark may number sibling map stages in either order from run to run,
 * spark-rules.md ), not times or application ids.
 */
function shape(s: ImportSummary) {
  return {
    jobs: s.jobs.map((j) => [j.jobId, j.status, j.stageIds.length, j.skippedStageIds.length, j.numTasks]),
    stages: s.stages
      .map((st) =>
        JSON.stringify([st.status, st.numTasks, st.rddIds, st.tasks, st.parentStageIds?.length ?? null]),
      )
      .sort(),
    tasks: s.tasks,
    warnings: s.warnings,
  };
}

/** The log of a program: its plain file, or the one compressed file kept of it. */
function logOf(name: string): string {
  if (files.includes(name)) return name;
  const compressed = files.filter((f) => f.startsWith(`${name}.`) && !f.endsWith('.plan.json'));
  if (compressed.length !== 1)
    throw new Error(`${DIR}: no single event log for ${name}: ${compressed.join(', ')}`);
  return compressed[0]!;
}

describe.runIf(present)('logs written by Spark 3.5', () => {
  it.each(plans)('%s imports to the jobs and stages of the harness plan', async (name) => {
    const plan = JSON.parse(readFileSync(join(DIR, `${name}.plan.json`), 'utf8')) as PlanOutput;
    const s = await summary(logOf(name));
    expect(s.warnings).toEqual([]);
    expect(s.jobs.map((j) => j.jobId)).toEqual(plan.jobs.map((j) => j.jobId));
    for (const job of plan.jobs) {
      const imported = s.jobs.find((j) => j.jobId === job.jobId)!;
      expect(imported.status).toBe('SUCCEEDED');
      expect(imported.stageIds).toEqual(job.stages.map((st) => st.stageId));
      expect(imported.skippedStageIds).toEqual(job.stages.filter((st) => st.skipped).map((st) => st.stageId));
      for (const stage of job.stages) {
        const attempt = s.stages.find((st) => st.stageId === stage.stageId && st.attemptId === 0)!;
        expect({
          numTasks: attempt.numTasks,
          parentStageIds: attempt.parentStageIds,
          rddIds: attempt.rddIds,
          skipped: attempt.status === 'SKIPPED',
        }).toEqual({
          numTasks: stage.numTasks,
          parentStageIds: [...stage.parentStageIds].sort((a, b) => a - b),
          rddIds: stage.rddIds,
          skipped: stage.skipped,
        });
      }
    }
  });

  const compressed = files.filter(
    (f) => /\.(lz4|lzf|snappy|zstd)$/.test(f) && files.includes(f.replace(/\.(lz4|lzf|snappy|zstd)$/, '')),
  );
  it.each(compressed)('%s decodes and imports like the plain log of the same program', async (file) => {
    const plain = file.replace(/\.(lz4|lzf|snappy|zstd)$/, '');
    expect(shape(await summary(file))).toEqual(shape(await summary(plain)));
  });
});
