/**
 * `npm run fuzz [-- --minutes N]`: the property tests of this folder with a random seed, each
 * property running until its share of N minutes (default 10) is used. The seed is printed first;
 * a failure prints fast-check's seed and counterexample path, and
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run tests/property` replays it.
 */
import { spawnSync } from 'node:child_process';

/** Properties in the folder (fc.assert calls); each gets an equal share of the time. */
const PROPERTIES = 10;

const args = process.argv.slice(2);
const at = args.indexOf('--minutes');
const minutes = at >= 0 ? Number(args[at + 1]) : 10;
if (!Number.isFinite(minutes) || minutes <= 0) {
  console.error(`fuzz: --minutes must be a positive number, got "${args[at + 1]}"`);
  process.exit(2);
}
const seed = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const perProperty = Math.floor((minutes * 60_000) / PROPERTIES);
console.log(`fuzz: seed ${seed}, ${minutes} min, ${Math.round(perProperty / 1000)} s per property`);
console.log(`fuzz: replay with FUZZ_SEED=${seed} npm run fuzz -- --minutes ${minutes}`);
const run = spawnSync('npx', ['vitest', 'run', 'tests/property', '--no-file-parallelism'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_MS_PER_PROPERTY: String(perProperty) },
});
process.exit(run.status ?? 1);
