/**
 * How long each property runs. `npm test` uses a fixed seed and few runs so the folder stays fast
 * and every failure replays; `npm run fuzz` (tests/property/fuzz.ts) sets FUZZ_SEED and
 * FUZZ_MS_PER_PROPERTY, and each property then runs until its time is up. On failure fast-check
 * prints the seed and the counterexample path; replay with
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run tests/property`.
 */
import fc from 'fast-check';
import type { Parameters, RunDetails } from 'fast-check';

const env = process.env;
const fuzzMs = Number(env['FUZZ_MS_PER_PROPERTY'] ?? 0);

/** True under `npm run fuzz`. */
export const FUZZING = fuzzMs > 0;

/** The seed of every property in this run (fixed in `npm test`). */
export const SEED = Number(env['FUZZ_SEED'] ?? 20261124);

/** fast-check options for a property that runs `numRuns` times in `npm test`. */
export function budget<T>(numRuns: number): Parameters<T> {
  const path = env['FUZZ_PATH'];
  return {
    seed: SEED,
    ...(path ? { path } : {}),
    ...(FUZZING
      ? {
          numRuns: Number.MAX_SAFE_INTEGER,
          interruptAfterTimeLimit: fuzzMs,
          markInterruptAsFailure: false,
          reporter: reportRuns<T>,
        }
      : { numRuns }),
    verbose: 1,
  };
}

/** A vitest timeout that leaves room for a fuzzing budget. */
export const TIMEOUT_MS = FUZZING ? fuzzMs + 120_000 : 60_000;

/**
 * Under `npm run fuzz`: prints how many inputs the property ran (fast-check reports nothing on
 * success), then fails as fast-check's own reporter would, with seed and counterexample path.
 */
function reportRuns<T>(details: RunDetails<T>): void {
  console.log(`fuzz: ${details.numRuns} runs, ${details.numSkips} skipped`);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}
