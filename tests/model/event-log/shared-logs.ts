/**
 * The real Spark event logs of ../shared/eventlogs (beside the repository, in development and in CI;
 * see SOURCE.md there). Tests fail with a clear message when the directory is missing, rather than
 * passing on nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { importEventLog } from '../../../src/model/event-log/importer.ts';
import type { ImportResult } from '../../../src/model/event-log/import-result.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import type { ImportSummary } from '../../../src/model/event-log/application/summary.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export const SHARED_LOG_NAMES = [
  'local-1422981780767',
  'local-1430917381534',
  'app-20161115172038-0000',
  'application_1628109047826_1317105',
  'local-1642039451826',
] as const;

export type SharedLogName = (typeof SHARED_LOG_NAMES)[number];

export function sharedLogsDir(): string {
  const dir = resolve(REPO_ROOT, '..', 'shared', 'eventlogs');
  if (!existsSync(join(dir, 'SOURCE.md'))) {
    throw new Error(`the real Spark event logs are missing: expected ${dir} (shared/ beside the repository)`);
  }
  return dir;
}

export function readSharedLog(name: SharedLogName): Uint8Array {
  return new Uint8Array(readFileSync(join(sharedLogsDir(), name)));
}

export function sharedLogLines(name: SharedLogName): string[] {
  return new TextDecoder()
    .decode(readSharedLog(name))
    .split('\n')
    .filter((l) => l !== '');
}

export async function importBytes(bytes: Uint8Array, fileName = 'log'): Promise<ImportResult> {
  return importEventLog([bytes], { fileName });
}

export async function importText(text: string, fileName = 'log'): Promise<ImportResult> {
  return importBytes(new TextEncoder().encode(text), fileName);
}

export async function summaryOf(bytes: Uint8Array, fileName = 'log'): Promise<ImportSummary> {
  const result = await importBytes(bytes, fileName);
  return importSummary(result.application, result.warnings);
}
