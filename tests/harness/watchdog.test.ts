// The harness's per-pipeline time limit (harness/java/.../Watchdog.java) on a real Spark: the
// pipeline that once ran for many minutes (explosive-self-joins.json) is cut at the limit and
// reported as timed out, and the JVM goes on with the next pipeline. Runs where the harness is
// installed (`npm run conformance` installs it); skipped on a machine without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARNESS_DIR, SPARK_VERSIONS } from '../../harness/install.ts';
import { runSpark } from '../../harness/run-spark.ts';

const installed = existsSync(join(HARNESS_DIR, `classpath-${SPARK_VERSIONS[0]}.jar`));
const EXPLOSIVE = join(import.meta.dirname, 'explosive-self-joins.json');
const SMALL = join(import.meta.dirname, '..', '..', 'fixtures', 'pipelines', 'word-count.json');

describe('the per-pipeline time limit', () => {
  it.skipIf(!installed)(
    'cancels a pipeline past its limit, reports it timed out, and runs the next one',
    async () => {
      const started = Date.now();
      const [slow, next] = await runSpark([EXPLOSIVE, SMALL], {
        timeoutSeconds: 15,
        log: () => {},
        onStderr: () => {},
      });
      expect(slow?.timedOut).toBe(true);
      expect(slow?.timeoutSeconds).toBe(15);
      expect(slow?.errors[0]).toBe(
        'timed out: Spark ran for more than 15 s, the per-pipeline limit (its jobs were cancelled; raise the limit with --timeout SECONDS)',
      );
      expect(next?.timedOut).toBeUndefined();
      expect(next?.errors).toEqual([]);
      expect(next?.jobs?.length).toBeGreaterThan(0);
      // The limit plus the JVM's start and the cancellation, far from the minutes without it.
      expect(Date.now() - started).toBeLessThan(120_000);
    },
    180_000,
  );
});
