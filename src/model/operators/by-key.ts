/** Catalogue: key aggregation through combineByKeyWithClassTag (spark-rules.md §2.4, R-3.1, R-4.1). */
import { NUM_OR_PARTITIONER, SHUFFLE_TARGET_ARGS, arg, example, operation, rdd, t } from './build.ts';
import type { Bilingual, CatalogueEntry } from './types.ts';
import { PARTITIONED_PAIRS } from './multi-parent.ts';

const CONDITION = t(
  'narrow when the parent is already partitioned by the chosen partitioner',
  '当父 RDD 已按所选分区器分区时为窄依赖',
);
const SHUFFLE_WHEN = t(
  'when the parent has no partitioner or a different one than the chosen partitioner (numPartitions → HashPartitioner(n); none given → Partitioner.defaultPartitioner)',
  '当父 RDD 没有分区器或其分区器与所选分区器不同时（给出 numPartitions 则为 HashPartitioner(n)；都不给则由 Partitioner.defaultPartitioner 决定）',
);

function byKey(
  name: string,
  method: string,
  combine: string,
  explanation: Bilingual,
  zeroValue: boolean,
): CatalogueEntry {
  return operation({
    name,
    family: 'conditional',
    condition: CONDITION,
    shuffleWhen: SHUFFLE_WHEN,
    parents: { min: 1, max: 1 },
    args: zeroValue ? [arg('zeroValue', 'json', null, true), ...SHUFFLE_TARGET_ARGS] : SHUFFLE_TARGET_ARGS,
    exclusive: NUM_OR_PARTITIONER,
    rangePartitioner: true,
    rdds: [
      rdd(
        'ShuffledRDD',
        `${combine}`,
        'Shuffle',
        'partitioner.numPartitions',
        'the chosen partitioner',
        t('parent partitioner differs', '父 RDD 的分区器不同时'),
      ),
      rdd(
        'MapPartitionsRDD',
        'combine inside each partition',
        'OneToOne',
        'P(parent)',
        "the parent's",
        t('parent already partitioned the same way', '父 RDD 已按同样方式分区时'),
      ),
    ],
    sparkMethod: method,
    rules: ['R-2.4', 'R-3.1', 'R-4.1'],
    explanation,
    example: example(`${name} example`, [
      ...PARTITIONED_PAIRS,
      {
        id: 'result',
        op: name,
        parents: ['byKey'],
        ...(zeroValue ? { args: { zeroValue: 0 } } : {}),
      },
    ]),
  });
}

export const BY_KEY: readonly CatalogueEntry[] = [
  byKey(
    'reduceByKey',
    'PairRDDFunctions.reduceByKey',
    'map-side combine, then merge per key',
    t(
      'Merges the values of each key with a function, combining inside each map partition first so less data crosses the network. It shuffles, unless the RDD is already partitioned by the partitioner Spark chooses; then every key is already in the right place and a mapPartitions does the work.',
      '用函数合并每个键的值，并先在每个 map 分区内合并，以减少网络传输的数据。它会 shuffle，除非 RDD 已按 Spark 选定的分区器分区；那时每个键都已在正确位置，用一个 mapPartitions 即可完成。',
    ),
    false,
  ),
  byKey(
    'groupByKey',
    'PairRDDFunctions.groupByKey',
    'groups all values per key, no map-side combine',
    t(
      'Collects all values of each key into one list. Unlike reduceByKey it does no map-side combining, so every value crosses the network; prefer reduceByKey or aggregateByKey when you only need a summary.',
      '把每个键的所有值收集到一个列表中。与 reduceByKey 不同，它不在 map 端预先合并，所以每个值都要经过网络；只需要汇总结果时应优先使用 reduceByKey 或 aggregateByKey。',
    ),
    false,
  ),
  byKey(
    'aggregateByKey',
    'PairRDDFunctions.aggregateByKey',
    'seqOp per partition from zeroValue, combOp across',
    t(
      'Aggregates the values of each key starting from a zero value, with one function inside partitions and another to merge partial results. Same shuffle rule as reduceByKey.',
      '从初始值出发聚合每个键的值：一个函数在分区内累加，另一个函数合并部分结果。是否 shuffle 的规则与 reduceByKey 相同。',
    ),
    true,
  ),
  byKey(
    'foldByKey',
    'PairRDDFunctions.foldByKey',
    'fold per key from zeroValue',
    t(
      'reduceByKey with a zero value added to each key’s first value in each partition. Same shuffle rule as reduceByKey.',
      '带初始值的 reduceByKey：每个分区中每个键的第一个值会先与初始值合并。是否 shuffle 的规则与 reduceByKey 相同。',
    ),
    true,
  ),
  byKey(
    'combineByKey',
    'PairRDDFunctions.combineByKey',
    'createCombiner / mergeValue / mergeCombiners',
    t(
      'The general form behind reduceByKey, groupByKey, aggregateByKey and foldByKey: three functions create, extend and merge a per-key combiner. Spark shuffles unless the parent already has the chosen partitioner.',
      'reduceByKey、groupByKey、aggregateByKey 和 foldByKey 背后的通用形式：三个函数分别创建、扩充和合并每个键的聚合器。除非父 RDD 已有所选分区器，否则 Spark 会 shuffle。',
    ),
    false,
  ),
];
