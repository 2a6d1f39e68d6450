/**
 * A seeded generator of random pipeline files (shared/spec/pipeline.md) for differential testing
 * against real Spark. Every pipeline it makes is a program Scala would compile and Spark can run:
 * key-value operations get pair RDDs, `union`/`intersection`/`subtract` join RDDs of one element
 * type, `zip` gets two RDDs with equal partition and element counts (one is a row-preserving
 * narrow descendant of the other), `zipPartitions` equal partition counts.
 *
 * It also keeps away from what the plan cannot know without seeing data (spark-rules §14): the
 * actions whose job count depends on rows (`take`, `first`, `isEmpty`), `sortByKey`, `sortBy`
 * and range partitioners (whose partition counts and sampling jobs depend on keys and skew) are
 * used only on RDDs that surely hold balanced rows in every partition: sources hold the same
 * number of rows in each partition, a union only of RDDs with the same rows per partition, no
 * inner join, `intersection`, `subtract`, `subtractByKey`, `glom` or `emptyRDD` upstream, and no
 * combining by key where keys repeat (row-growth.ts `collapsed`); a range partitioner also needs
 * every key distinct. Actions all run on one driver thread, since Spark numbers the jobs of
 * concurrent threads in a racy order. No RDD holds more data than row-growth.ts ROW_BUDGET.
 */
import type { JsonValue } from '../src/model/index.ts';
import { growth, SOURCE_GROWTH, withinBudget } from './row-growth.ts';
import type { Growth } from './row-growth.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same pipelines everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Node {
  readonly id: string;
  /** Elements are (K, V) pairs. */
  readonly pair: boolean;
  /** Every partition surely holds rows, balanced across partitions (see the header). */
  readonly sure: boolean;
  /** The RDD whose partitions this one mirrors one to one, and whether row counts match too. */
  readonly partsOf: string;
  readonly rowsOf: string | null;
  /** An upper bound on the number of rows, to keep cartesian products small. */
  readonly rows: number;
  /** Bounds on rows, key repeats and element size (row-growth.ts). */
  readonly growth: Growth;
  /**
   * Elements are Java arrays (`glom`): `distinct`, `intersection`, `subtract` and `countByValue`
   * key by the element with its ClassTag, and Spark refuses array keys.
   */
  readonly array?: boolean;
}

export interface RawPipeline {
  version: 1;
  name: string;
  config: Record<string, number>;
  rdds: { id: string; op: string; parents?: string[]; args?: Record<string, JsonValue> }[];
  persist: { rdd: string; level: string }[];
  checkpoint: { rdd: string }[];
  actions: { op: string; rdd: string; args?: Record<string, JsonValue> }[];
}

const LEVELS = ['MEMORY_ONLY', 'MEMORY_AND_DISK', 'DISK_ONLY', 'MEMORY_ONLY_SER', 'MEMORY_AND_DISK_SER'];
const BY_KEY = ['reduceByKey', 'groupByKey', 'aggregateByKey', 'foldByKey', 'combineByKey'];
const JOINS = ['join', 'leftOuterJoin', 'rightOuterJoin', 'fullOuterJoin'];
const ROWS_PER_PARTITION = 24;

export function randomPipeline(seed: number, index: number): RawPipeline {
  const rnd = random(seed * 7919 + index);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const chance = (p: number): boolean => rnd() < p;

  const parallelism = int(2, 8);
  const config: Record<string, number> = { defaultParallelism: parallelism };
  if (chance(0.15)) config['spark.default.parallelism'] = parallelism;
  const p: RawPipeline = {
    version: 1,
    name: `random ${seed}-${index}`,
    config,
    rdds: [],
    persist: [],
    checkpoint: [],
    actions: [],
  };
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  let cartesians = 0;
  const add = (
    op: string,
    parents: string[],
    args: Record<string, JsonValue>,
    node: Omit<Node, 'id' | 'partsOf' | 'rowsOf' | 'growth'> & { partsOf?: string; rowsOf?: string | null },
  ): void => {
    const inputs = parents.map((id) => (byId.get(id) as Node).growth);
    const g = inputs.length === 0 ? SOURCE_GROWTH(node.rows) : growth(op, inputs, node.rows);
    // Spark would build more data than it computes in seconds (row-growth.ts): not this operation.
    if (!withinBudget(g)) return;
    const id = `r${p.rdds.length}`;
    p.rdds.push({
      id,
      op,
      ...(parents.length ? { parents } : {}),
      ...(Object.keys(args).length ? { args } : {}),
    });
    const n: Node = {
      id,
      partsOf: node.partsOf ?? id,
      rowsOf: node.rowsOf === undefined ? id : node.rowsOf,
      ...node,
      // Rows combined by key where keys repeat: how many rows and keys are left is up to the data.
      sure: node.sure && !g.collapsed,
      rows: g.rows,
      growth: g,
    };
    nodes.push(n);
    byId.set(id, n);
  };
  const numPartitions = (): Record<string, JsonValue> => {
    const r = rnd();
    if (r < 0.35) return {};
    if (r < 0.7) return { numPartitions: int(1, 8) };
    return { partitioner: { type: 'hash', numPartitions: int(1, 8) } };
  };
  const partitionerFor = (n: Node): JsonValue => ({
    type: n.sure && n.growth.dup === 1 && chance(0.25) ? 'range' : 'hash',
    numPartitions: int(1, 8),
  });
  const source = (): void => {
    const r = rnd();
    const slices = int(1, 8);
    if (r < 0.55) {
      add(
        'parallelize',
        [],
        { length: slices * ROWS_PER_PARTITION, numSlices: slices },
        {
          pair: false,
          sure: true,
          rows: slices * ROWS_PER_PARTITION,
        },
      );
    } else if (r < 0.75) {
      add(
        'range',
        [],
        { start: 0, end: slices * ROWS_PER_PARTITION, step: 1, numSlices: slices },
        {
          pair: false,
          sure: true,
          rows: slices * ROWS_PER_PARTITION,
        },
      );
    } else if (r < 0.97) {
      add(
        'textFile',
        [],
        { path: 'in.txt', minPartitions: slices },
        { pair: false, sure: true, rows: slices * 11 },
      );
    } else {
      add('emptyRDD', [], {}, { pair: false, sure: false, rows: 0 });
    }
  };

  const steps = int(5, 40);
  source();
  while (p.rdds.length < steps) {
    if (chance(0.08)) {
      source();
      continue;
    }
    const a = pick(nodes.slice(-6).concat(nodes));
    const pairs = nodes.filter((n) => n.pair);
    const r = rnd();
    if (r < 0.3) {
      // narrow, one parent
      const op = pick(
        a.pair
          ? [
              'map',
              'flatMap',
              'filter',
              'mapValues',
              'flatMapValues',
              'keys',
              'values',
              'mapPartitions',
              'sample',
              'glom',
              'keyBy',
              'zipWithIndex',
              'zipWithUniqueId',
              'pipe',
              'mapPartitionsWithIndex',
            ]
          : [
              'map',
              'flatMap',
              'filter',
              'mapPartitions',
              'sample',
              'glom',
              'keyBy',
              'zipWithIndex',
              'zipWithUniqueId',
              'pipe',
              'mapPartitionsWithIndex',
            ],
      );
      const keeps = { partsOf: a.partsOf, rowsOf: a.rowsOf, sure: a.sure, rows: a.rows };
      const args: Record<string, JsonValue> = {};
      if (op === 'mapPartitions' || op === 'mapPartitionsWithIndex') args.preservesPartitioning = chance(0.5);
      if (op === 'sample') Object.assign(args, { withReplacement: false, fraction: 0.5, seed: int(1, 99) });
      if (op === 'pipe') args.command = 'cat';
      if (op === 'glom')
        add(op, [a.id], args, { ...keeps, pair: false, sure: false, rowsOf: null, array: true });
      else if (op === 'keys' || op === 'values' || op === 'pipe')
        add(op, [a.id], args, { ...keeps, pair: false });
      else if (op === 'filter' || op === 'sample')
        add(op, [a.id], args, { ...keeps, pair: a.pair, array: a.array ?? false });
      else add(op, [a.id], args, { ...keeps, pair: op !== 'flatMap' || chance(0.7) });
    } else if (r < 0.55) {
      const b = pick(pairs.length ? pairs : [a]);
      if (!b.pair) continue;
      const op = pick([
        ...BY_KEY,
        'partitionBy',
        'repartitionAndSortWithinPartitions',
        'sortByKey',
        'groupByKey',
      ]);
      if (op === 'sortByKey') {
        // Repeated keys leave the range partitioner fewer bounds than it asks for (determineBounds).
        if (!b.sure || b.growth.dup > 1) continue;
        add(op, [b.id], chance(0.5) ? { ascending: chance(0.5), numPartitions: int(1, 8) } : {}, {
          pair: true,
          sure: true,
          rows: b.rows,
        });
      } else if (op === 'partitionBy' || op === 'repartitionAndSortWithinPartitions') {
        add(op, [b.id], { partitioner: partitionerFor(b) }, { pair: true, sure: b.sure, rows: b.rows });
      } else {
        const args = numPartitions();
        if (op === 'aggregateByKey' || op === 'foldByKey') args.zeroValue = 0;
        add(op, [b.id], args, { pair: true, sure: b.sure, rows: b.rows });
      }
    } else if (r < 0.68) {
      const op = pick(['coalesce', 'repartition', 'distinct', 'groupBy', 'sortBy', 'coalesce']);
      if (a.array && op !== 'groupBy') continue;
      if (op === 'coalesce') {
        add(
          op,
          [a.id],
          { numPartitions: int(1, 8), ...(chance(0.4) ? { shuffle: chance(0.5) } : {}) },
          {
            pair: a.pair,
            sure: a.sure,
            rows: a.rows,
          },
        );
      } else if (op === 'repartition') {
        add(op, [a.id], { numPartitions: int(1, 8) }, { pair: a.pair, sure: a.sure, rows: a.rows });
      } else if (op === 'distinct') {
        add(op, [a.id], chance(0.5) ? { numPartitions: int(1, 8) } : {}, {
          pair: a.pair,
          sure: a.sure,
          rows: a.rows,
        });
      } else if (op === 'groupBy') {
        add(op, [a.id], numPartitions(), { pair: true, sure: a.sure, rows: a.rows });
      } else {
        if (!a.sure) continue;
        add(op, [a.id], chance(0.5) ? { ascending: chance(0.5), numPartitions: int(1, 8) } : {}, {
          pair: a.pair,
          sure: true,
          rows: a.rows,
        });
      }
    } else if (r < 0.85) {
      // two or more parents of one element type
      if (a.array) continue;
      const sameKind = nodes.filter((n) => n.pair === a.pair && !n.array);
      const b = pick(sameKind);
      const op = pick(['union', 'union', 'intersection', 'subtract', 'cartesian', 'zip', 'zipPartitions']);
      if (op === 'union') {
        const c = chance(0.3) ? [pick(sameKind).id] : [];
        const all = [a, b, ...c.map((id) => byId.get(id) as Node)];
        add(
          op,
          [a.id, b.id, ...c],
          {},
          {
            pair: a.pair,
            // Balanced only when every input holds as many rows per partition: a union of
            // RDDs with different row counts per partition makes the range partitioner resample.
            sure: all.every((n) => n.sure && n.rowsOf !== null && n.rowsOf === a.rowsOf),
            rows: all.reduce((s, n) => s + n.rows, 0),
          },
        );
      } else if (op === 'intersection' || op === 'subtract') {
        add(op, [a.id, b.id], op === 'intersection' || chance(0.5) ? numPartitions() : {}, {
          pair: a.pair,
          sure: false,
          rows: a.rows,
        });
      } else if (op === 'cartesian') {
        if (cartesians > 0 || a.rows * b.rows > 40_000) continue;
        cartesians++;
        add(op, [a.id, b.id], {}, { pair: true, sure: a.sure && b.sure, rows: a.rows * b.rows });
      } else if (op === 'zip') {
        const partners = nodes.filter((n) => a.rowsOf !== null && n.rowsOf === a.rowsOf);
        const c = pick(partners.length ? partners : [a]);
        if (a.rowsOf === null) continue;
        add(
          op,
          [a.id, c.id],
          {},
          { pair: true, sure: a.sure, rows: a.rows, partsOf: a.partsOf, rowsOf: a.rowsOf },
        );
      } else {
        const partners = nodes.filter((n) => n.partsOf === a.partsOf);
        const others = [pick(partners), ...(chance(0.3) ? [pick(partners)] : [])];
        add(
          op,
          [a.id, ...others.map((n) => n.id)],
          { preservesPartitioning: chance(0.3) },
          {
            pair: false,
            sure: a.sure,
            rows: a.rows,
            partsOf: a.partsOf,
            rowsOf: a.rowsOf,
          },
        );
      }
    } else {
      // joins and cogroup of pair RDDs
      if (pairs.length === 0) continue;
      const x = pick(pairs);
      const y = pick(pairs);
      const op = pick([...JOINS, 'cogroup', 'subtractByKey', 'join']);
      if (op === 'cogroup') {
        const z = chance(0.3) ? [pick(pairs).id] : [];
        add(op, [x.id, y.id, ...z], numPartitions(), {
          pair: true,
          sure: x.sure && y.sure,
          rows: x.rows + y.rows,
        });
      } else {
        const keepsRows = op === 'leftOuterJoin' || op === 'rightOuterJoin' || op === 'fullOuterJoin';
        const which = op === 'rightOuterJoin' ? y : x;
        add(op, [x.id, y.id], numPartitions(), {
          pair: true,
          sure: keepsRows && which.sure,
          rows: op === 'fullOuterJoin' ? x.rows + y.rows : which.rows,
        });
      }
    }
  }

  for (const n of nodes) if (chance(0.12)) p.persist.push({ rdd: n.id, level: pick(LEVELS) });
  if (chance(0.3)) {
    const candidates = nodes.filter((n) => p.rdds.find((r) => r.id === n.id)?.op !== 'emptyRDD');
    if (candidates.length) p.checkpoint.push({ rdd: pick(candidates).id });
  }
  const last = nodes[nodes.length - 1] as Node;
  const actionCount = int(1, 4);
  for (let i = 0; i < actionCount; i++) {
    const n = i === 0 ? last : chance(0.5) ? last : pick(nodes);
    const ops = [
      'collect',
      'count',
      'foreach',
      'foreachPartition',
      'fold',
      'aggregate',
      'top',
      'takeOrdered',
      'saveAsTextFile',
    ];
    if (!n.array) ops.push('countByValue');
    if (n.pair) ops.push('countByKey', 'lookup');
    // reduce, max and min throw on an empty RDD (after their job has run).
    if (n.sure) ops.push('take', 'first', 'isEmpty', 'take', 'reduce', 'max', 'min');
    const op = pick(ops);
    const args: Record<string, JsonValue> = {};
    if (op === 'take' || op === 'top' || op === 'takeOrdered') args.num = int(1, 5);
    if (op === 'fold' || op === 'aggregate') args.zeroValue = 0;
    if (op === 'lookup') args.key = int(1, 50);
    if (op === 'saveAsTextFile') args.path = `out-${i}`;
    p.actions.push({ op, rdd: n.id, ...(Object.keys(args).length ? { args } : {}) });
  }
  return p;
}
