/** Traces the playback tests share: simulated word count (with faults) and a real Spark log. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePipeline } from '../../../src/model/pipeline/parse.ts';
import { parseFault, type Fault } from '../../../src/model/simulation/faults.ts';
import type { ClusterOptions } from '../../../src/model/simulation/settings.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import type { Trace } from '../../../src/model/trace/trace.ts';
import type { Scene } from '../../../src/model/playback/scene.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export function fixturePipeline(name: string) {
  const parsed = parsePipeline(readFileSync(join(ROOT, 'fixtures', 'pipelines', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`fixtures/pipelines/${name}.json does not parse`);
  return parsed.value;
}

export function faults(specs: readonly string[]): Fault[] {
  return specs.map((spec) => {
    const r = parseFault(spec);
    if (!r.ok) throw new Error(r.message);
    return r.fault;
  });
}

/** Word count on 2 executors × 2 cores, with the given faults (command-line syntax). */
export function wordCount(specs: readonly string[] = [], cluster: ClusterOptions = {}, seed = 1): Trace {
  return simulate(
    fixturePipeline('word-count'),
    { executorCount: 2, cores: 2, ...cluster },
    { seed, faults: faults(specs) },
  );
}

export function readRealLog(...path: string[]): Uint8Array {
  return readFileSync(join(ROOT, 'fixtures', 'eventlogs', ...path));
}

/** A scene as plain JSON (sets as sorted arrays), for deep equality and readable diffs. */
export function plain(scene: Scene): unknown {
  return JSON.parse(
    JSON.stringify(scene, (_k, v: unknown) =>
      v instanceof Set ? [...(v as Set<number>)].sort((a, b) => a - b) : v,
    ),
  );
}
