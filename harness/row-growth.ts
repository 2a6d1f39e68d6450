/**
 * Upper bounds on the data a random pipeline's RDD holds when the harness runs it on Spark, so the
 * generator (random-pipeline.ts) can refuse an operation whose data would outgrow what Spark
 * computes in a few seconds. The harness's own functions never grow data (fresh one-leaf rows,
 * reducers that keep one argument); what grows is what Spark builds itself: a join emits, for each
 * row of one side, one row per equal key of the other (`PairRDDFunctions.join` over
 * `CoGroupedRDD`), a cartesian pairs every row with every row, and each join or cartesian nests its
 * inputs in a tuple. Joins over keys that repeat (a cartesian's left element repeats once per right
 * row; a union of an RDD with itself doubles every key) multiply rows level by level, so a few
 * nested self-joins reach billions of rows. The generator keeps `rows × size` within ROW_BUDGET.
 *
 * Per RDD:
 *   rows  at most this many elements;
 *   dup   at most this many elements share one key (the pair's `_1`; a harness Row is its own
 *         key; any other element is its own key);
 *   size  at most this many leaf values (Rows, numbers, strings) in one element;
 *   collapsed  keys that repeat (dup > 1) were combined into one row each somewhere upstream
 *         (reduceByKey, cogroup, distinct …), so the RDD may hold far fewer rows and distinct
 *         keys than its bounds say: a sortByKey may get fewer range partitions than it asks
 *         (RangePartitioner.determineBounds takes one bound per distinct key) and partitions may
 *         be empty, which the planner cannot know (spark-rules §14).
 */

export interface Growth {
  readonly rows: number;
  readonly dup: number;
  readonly size: number;
  readonly collapsed: boolean;
}

/** The most leaf values (`rows × size`) one random pipeline RDD may hold. */
export const ROW_BUDGET = 100_000;

export const SOURCE_GROWTH = (rows: number): Growth => ({ rows, dup: 1, size: 1, collapsed: false });

/** Operations that keep one row per key (or per distinct element) of their input. */
const COMBINING = new Set([
  'reduceByKey',
  'aggregateByKey',
  'foldByKey',
  'combineByKey',
  'groupByKey',
  'cogroup',
  'distinct',
  'intersection',
]);

/** Operations whose output keys are fresh rows from the harness's functions (Fns.FreshRow), all distinct. */
const FRESH_KEYS = new Set(['map', 'flatMap', 'mapPartitions', 'mapPartitionsWithIndex']);
/** One row per key: Spark combines every key's values into one. */
const ONE_PER_KEY = new Set(['reduceByKey', 'aggregateByKey', 'foldByKey', 'combineByKey']);

/**
 * The bounds of `op` over `parents` (in the pipeline's order). `rows` is the caller's own bound
 * where the operation does not multiply rows (filters, shuffles, unions).
 */
export function growth(op: string, parents: readonly Growth[], rows: number): Growth {
  const g = bounds(op, parents, rows);
  const collapsed = parents.some((p) => p.collapsed) || (COMBINING.has(op) && parents.some((p) => p.dup > 1));
  return { ...g, collapsed };
}

function bounds(op: string, parents: readonly Growth[], rows: number): Omit<Growth, 'collapsed'> {
  const [a, b] = parents as [Growth, Growth | undefined];
  const other = b ?? a;
  const atLeastOne = (n: number): number => Math.max(1, n);
  if (FRESH_KEYS.has(op)) return { rows, dup: 1, size: 1 };
  if (ONE_PER_KEY.has(op)) return { rows, dup: 1, size: a.size };
  switch (op) {
    case 'keyBy':
    case 'zipWithIndex':
    case 'zipWithUniqueId':
      return { rows, dup: op === 'keyBy' ? 1 : a.dup, size: a.size + 1 };
    case 'groupBy':
      // Fresh keys: one element per group.
      return { rows, dup: 1, size: a.size + 1 };
    case 'groupByKey':
      return { rows, dup: 1, size: 1 + a.dup * a.size };
    case 'cogroup':
      return {
        rows: parents.reduce((s, p) => s + p.rows, 0),
        dup: 1,
        size: 1 + parents.reduce((s, p) => s + p.dup * p.size, 0),
      };
    case 'values':
      // A value may be the same for every key (a fold's zero value): no bound but the rows.
      return { rows, dup: atLeastOne(a.rows), size: a.size };
    case 'union':
      return {
        rows: parents.reduce((s, p) => s + p.rows, 0),
        dup: parents.reduce((s, p) => s + p.dup, 0),
        size: Math.max(...parents.map((p) => p.size)),
      };
    case 'cartesian':
      return { rows: a.rows * other.rows, dup: a.dup * atLeastOne(other.rows), size: a.size + other.size };
    case 'zip':
      return { rows, dup: a.dup, size: a.size + other.size };
    case 'join':
    case 'leftOuterJoin':
      return {
        rows: a.rows * atLeastOne(other.dup),
        dup: a.dup * atLeastOne(other.dup),
        size: 1 + a.size + other.size,
      };
    case 'rightOuterJoin':
      return {
        rows: other.rows * atLeastOne(a.dup),
        dup: atLeastOne(a.dup) * other.dup,
        size: 1 + a.size + other.size,
      };
    case 'fullOuterJoin':
      return {
        rows: a.rows * atLeastOne(other.dup) + other.rows,
        dup: atLeastOne(a.dup) * atLeastOne(other.dup),
        size: 1 + a.size + other.size,
      };
    default:
      // One row per input row (or fewer) with the input's keys and values: filter, sample,
      // mapValues, flatMapValues, keys, pipe, glom, distinct, partitionBy, sorts, coalesce,
      // repartition, intersection, subtract, subtractByKey, zipPartitions.
      return { rows, dup: a.dup, size: a.size };
  }
}

/** Whether an RDD with these bounds stays within ROW_BUDGET. */
export function withinBudget(g: Growth): boolean {
  return g.rows * g.size <= ROW_BUDGET;
}
