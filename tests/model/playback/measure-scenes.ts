/**
 * Measures sceneAt on a 100,000-task trace (not a timed test: run it by hand and read the numbers,
 * `node --expose-gc --import tsx tests/model/playback/measure-scenes.ts [SNAPSHOT_EVERY]`). The
 * trace is the simulate benchmark's pipeline (50 stages) on 200 executors × 8 cores with every
 * scheduler step recorded.
 */
import { simulationPipeline } from '../../../bench/generate/pipelines.ts';
import { parsePipeline } from '../../../src/model/pipeline/parse.ts';
import { planPipeline } from '../../../src/model/plan/plan-pipeline.ts';
import { createPlayback, snapshotInterval } from '../../../src/model/playback/playback.ts';
import { createSimulation, runToEnd } from '../../../src/model/simulation/simulation.ts';

const every = process.argv[2] === undefined ? null : Number(process.argv[2]);
const parsed = parsePipeline(simulationPipeline(100_000));
if (!parsed.ok) throw new Error('the benchmark pipeline does not parse');
const plan = planPipeline(parsed.value);
const trace = runToEnd(
  createSimulation(
    { plan, pipeline: parsed.value },
    { executorCount: 200, cores: 8 },
    { seed: 1, steps: 'all' },
  ),
).trace();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
let t0 = performance.now();
const playback = every === null ? createPlayback(trace) : createPlayback(trace, every);
const open = performance.now() - t0;
t0 = performance.now();
playback.sceneAt(playback.length);
const firstSeek = performance.now() - t0;
gc?.();
const heap1 = process.memoryUsage().heapUsed;

function sample(positions: readonly number[]): string {
  const ms = positions.map((i) => {
    const start = performance.now();
    playback.sceneAt(i);
    return performance.now() - start;
  });
  ms.sort((a, b) => a - b);
  const q = (p: number): string => (ms[Math.floor(ms.length * p)] ?? 0).toFixed(2);
  return `median ${q(0.5)} ms, p95 ${q(0.95)} ms`;
}

let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const mid = Math.floor(playback.length / 2);
console.log(
  `${playback.length} events, a snapshot every ${every ?? snapshotInterval(playback.length)} events`,
);
console.log(
  `open ${open.toFixed(0)} ms; first seek to the end ${firstSeek.toFixed(0)} ms; snapshots ≈ ${((heap1 - heap0) / 1e6).toFixed(0)} MB`,
);
console.log(
  `random position: ${sample(Array.from({ length: 400 }, () => Math.floor(random() * playback.length)))}`,
);
console.log(`one step back:   ${sample(Array.from({ length: 400 }, (_, i) => mid - i))}`);
console.log(`one step ahead:  ${sample(Array.from({ length: 400 }, (_, i) => mid + i))}`);
