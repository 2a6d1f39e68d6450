/**
 * Seeded pipeline generators (shared/spec/pipeline.md) for the plan, simulate and layout cases.
 * Every pipeline they return passes `parsePipeline`; the callers check it.
 */
import type { JsonValue } from '../../src/model/index.ts';
import { mulberry32, SEED, type Rng } from '../random.ts';

type RddJson = { id: string; op: string; parents?: string[]; args?: Record<string, JsonValue> };
type PipelineJson = {
  version: 1;
  name: string;
  config: { defaultParallelism: number };
  rdds: RddJson[];
  persist: { rdd: string; level: string }[];
  actions: { op: string; rdd: string; args?: Record<string, JsonValue> }[];
};

const NARROW = ['map', 'filter', 'flatMap', 'mapValues', 'mapPartitions', 'keyBy', 'values', 'sample'];
const SHUFFLES = ['reduceByKey', 'groupByKey', 'aggregateByKey', 'repartition', 'distinct', 'partitionBy'];
const JOINS = ['join', 'leftOuterJoin', 'cogroup', 'subtractByKey'];
const PARTITIONS = [4, 8, 16];

function shuffleArgs(op: string, rng: Rng): Record<string, JsonValue> {
  const numPartitions = rng.pick(PARTITIONS);
  if (op === 'partitionBy') return { partitioner: { type: 'hash', numPartitions } };
  if (op === 'aggregateByKey') return { zeroValue: 0, numPartitions };
  if (op === 'sample') return { withReplacement: false, fraction: 0.5 };
  return { numPartitions };
}

/** The next operation's op, parents and args, reading parents from `choose`. */
function randomOp(rng: Rng, id: string, choose: () => string, sources: number): RddJson {
  const roll = rng.next();
  if (sources === 0 || roll < 0.03)
    return { id, op: 'textFile', args: { path: `in-${id}.txt`, minPartitions: rng.pick(PARTITIONS) } };
  if (roll < 0.6) {
    const op = rng.pick(NARROW);
    return { id, op, parents: [choose()], ...(op === 'sample' ? { args: shuffleArgs(op, rng) } : {}) };
  }
  if (roll < 0.8) {
    const op = rng.pick(SHUFFLES);
    return { id, op, parents: [choose()], args: shuffleArgs(op, rng) };
  }
  const a = choose();
  let b = choose();
  if (b === a) b = choose();
  if (roll < 0.92) {
    const op = rng.pick(JOINS);
    return { id, op, parents: [a, b], args: { numPartitions: rng.pick(PARTITIONS) } };
  }
  // Both draws may name one RDD: a self-union would take it twice, so make that a map instead.
  return a === b ? { id, op: 'map', parents: [a] } : { id, op: 'union', parents: [a, b] };
}

/**
 * Plan case: `n` operations, each reading RDDs defined shortly before it (programs build chains
 * and join nearby results), 2 % cached, five actions on RDDs near the end.
 */
export function randomPipeline(n: number, seed = SEED): PipelineJson {
  const rng = mulberry32(seed ^ n);
  const rdds: RddJson[] = [];
  const choose = (): string => rdds[rdds.length - 1 - rng.int(Math.min(rdds.length, 40))]!.id;
  for (let i = 0; i < n; i++) rdds.push(randomOp(rng, `r${i}`, choose, rdds.length));
  const persist = rdds.filter(() => rng.next() < 0.02).map((r) => ({ rdd: r.id, level: 'MEMORY_ONLY' }));
  const actions = ['count', 'collect', 'foreach', 'count', 'saveAsTextFile'].map((op, k) => ({
    op,
    rdd: rdds[rdds.length - 1 - k * 7]!.id,
    ...(op === 'saveAsTextFile' ? { args: { path: 'out' } } : {}),
  }));
  return { version: 1, name: `random ${n}`, config: { defaultParallelism: 8 }, rdds, persist, actions };
}

/**
 * The limits the generated pipelines are parsed with: no partition bound. Their unions of unions
 * over shared branches make the parser's partition bound (each union adds its inputs' bounds,
 * counting a shared branch once per path) exceed `maxPartitions` (10^6 for the plan case's 10,000
 * operations, 10^16 for the layout case's 5,000 RDDs), though no planned RDD has more than 312
 * partitions; the cases measure planning and layout, not that bound.
 */
export const GENERATED_LIMITS = { maxPartitions: Number.POSITIVE_INFINITY };

/**
 * Layout case: a lineage of about `n` operations that one action reads whole, so its job's stages
 * cover every RDD: branches start from sources, grow, fork (12 % of RDDs are read twice) and are
 * joined or unioned back together.
 */
export function lineagePipeline(n: number, seed = SEED): PipelineJson {
  const rng = mulberry32(seed ^ (n * 31));
  const rdds: RddJson[] = [];
  const heads: string[] = [];
  const take = (): string => {
    const k = heads.length - 1 - rng.int(Math.min(heads.length, 6));
    return heads.splice(k, 1)[0]!;
  };
  for (let i = 0; i < n; i++) {
    const id = `r${i}`;
    let fresh = 0;
    // An operation wanting more parents than there are open branches reads a new source.
    const takeOrSource = (): string => {
      if (heads.length > 0) return take();
      const source = `${id}_src${fresh++}`;
      rdds.push({ id: source, op: 'textFile', args: { path: `in-${source}.txt`, minPartitions: 8 } });
      return source;
    };
    const rdd = randomOp(rng, id, takeOrSource, heads.length);
    rdds.push(rdd);
    heads.push(id);
    // Some RDDs are read twice (a result reused by two branches), so the lineage is a DAG.
    if (rng.next() < 0.12) heads.push(id);
  }
  while (heads.length > 1) {
    const a = heads.shift()!;
    const b = heads.shift()!;
    const id = `m${rdds.length}`;
    rdds.push({ id, op: 'union', parents: [a, b] });
    heads.push(id);
  }
  return {
    version: 1,
    name: `lineage ${n}`,
    config: { defaultParallelism: 8 },
    rdds,
    persist: [],
    actions: [{ op: 'count', rdd: heads[0]! }],
  };
}

/**
 * Simulate case: `tasks` tasks in 50 stages of one job: a source read by a chain of 49
 * reduceByKey shuffles, each stage with tasks / 50 partitions.
 */
export function simulationPipeline(tasks: number): PipelineJson {
  const stages = 50;
  const partitions = Math.max(1, Math.round(tasks / stages));
  const rdds: RddJson[] = [
    { id: 'src', op: 'textFile', args: { path: 'in.txt', minPartitions: partitions } },
  ];
  for (let s = 1; s < stages; s++) {
    rdds.push({ id: `m${s}`, op: 'map', parents: [rdds[rdds.length - 1]!.id] });
    rdds.push({ id: `s${s}`, op: 'reduceByKey', parents: [`m${s}`], args: { numPartitions: partitions } });
  }
  return {
    version: 1,
    name: `simulate ${tasks}`,
    config: { defaultParallelism: 8 },
    rdds,
    persist: [],
    actions: [{ op: 'count', rdd: rdds[rdds.length - 1]!.id }],
  };
}
