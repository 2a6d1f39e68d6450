import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SHARED_LOG_NAMES, readSharedLog } from './shared-logs.ts';

describe('fixtures/eventlogs/spark-tests', () => {
  it.each(SHARED_LOG_NAMES)('%s is a byte-exact copy of the shared real log', (name) => {
    const copy = readFileSync(join(REPO_ROOT, 'fixtures', 'eventlogs', 'spark-tests', name));
    expect(Buffer.compare(copy, readSharedLog(name))).toBe(0);
  });
});
