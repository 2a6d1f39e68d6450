/** Catalogue: re-partitioning operations (spark-rules.md §2.5, R-4.2, R-4.5, R-5.1). */
import {
  NUMBERS,
  NUM_OR_PARTITIONER,
  PAIRS,
  arg,
  example,
  operation,
  rdd,
  t,
  unaryExample,
} from './build.ts';
import type { CatalogueEntry } from './types.ts';

const SORT_JOB = t(
  'When n > 1, one sampling job over every partition of the input as soon as it is defined (RangePartitioner.sketch), and a second one over the imbalanced partitions if a partition holds far more rows than the average.',
  '当 n > 1 时，定义时立即对输入的每个分区运行一个抽样作业（RangePartitioner.sketch）；如果某个分区的行数远多于平均值，还会对这些不均衡的分区再运行一个作业。',
);
const SAMPLING_RDDS = [
  rdd('MapPartitionsRDD', 'RangePartitioner: rdd.map(_._1)', 'OneToOne', 'P(parent)', 'None', 'n > 1'),
  rdd(
    'MapPartitionsRDD',
    'RangePartitioner.sketch: mapPartitionsWithIndex',
    'OneToOne',
    'P(parent)',
    'None',
    'n > 1',
  ),
];

export const REPARTITIONING: readonly CatalogueEntry[] = [
  operation({
    name: 'repartition',
    family: 'wide',
    shuffleWhen: t('always', '总是'),
    parents: { min: 1, max: 1 },
    args: [arg('numPartitions', 'partitions', null, true)],
    rdds: [
      rdd(
        'MapPartitionsRDD',
        'mapPartitionsWithIndexInternal: round-robin keys',
        'OneToOne',
        'P(parent)',
        'None',
      ),
      rdd(
        'ShuffledRDD',
        'HashPartitioner(numPartitions)',
        'Shuffle',
        'numPartitions',
        'HashPartitioner(numPartitions)',
      ),
      rdd('CoalescedRDD', 'one group per partition', 'Narrow (custom)', 'numPartitions', 'None'),
      rdd('MapPartitionsRDD', '.values', 'OneToOne', 'numPartitions', 'None'),
    ],
    sparkMethod: 'RDD.repartition',
    rules: ['R-1.1', 'R-2.5', 'R-4.5'],
    explanation: t(
      'Redistributes the data evenly into numPartitions partitions, more or fewer, with a full shuffle. Spark writes it as coalesce(n, shuffle = true): four RDDs, and the result has no partitioner.',
      '通过一次完整的 shuffle 把数据均匀地重新分配到 numPartitions 个分区（可多可少）。Spark 用 coalesce(n, shuffle = true) 实现：共四个 RDD，结果没有分区器。',
    ),
    example: unaryExample('repartition', NUMBERS, { numPartitions: 8 }),
  }),
  operation({
    name: 'partitionBy',
    family: 'conditional',
    condition: t(
      'returns the RDD itself (no new RDD, no shuffle) when it already has an equal partitioner',
      '当 RDD 已有相等的分区器时直接返回自身（不产生新 RDD，也不 shuffle）',
    ),
    shuffleWhen: t('when the RDD’s partitioner differs from the one given', '当 RDD 的分区器与给定的不同时'),
    parents: { min: 1, max: 1 },
    args: [arg('partitioner', 'partitioner', null, true)],
    rangePartitioner: true,
    rdds: [rdd('ShuffledRDD', 'partitionBy(p)', 'Shuffle', 'p.numPartitions', 'p', 'partitioner differs')],
    sparkMethod: 'PairRDDFunctions.partitionBy',
    rules: ['R-4.2'],
    explanation: t(
      'Places every key in the partition the partitioner chooses. Later key operations with the same partitioner (reduceByKey, join) then need no shuffle, which is why you partition once and cache. If the RDD already has an equal partitioner, Spark returns it unchanged.',
      '把每个键放到分区器指定的分区。之后使用相同分区器的按键操作（reduceByKey、join）就不再需要 shuffle，所以常见做法是分区一次再缓存。如果 RDD 已有相等的分区器，Spark 原样返回它。',
    ),
    example: unaryExample('partitionBy', PAIRS, { partitioner: { type: 'hash', numPartitions: 4 } }),
  }),
  operation({
    name: 'repartitionAndSortWithinPartitions',
    family: 'conditional',
    condition: t(
      'a mapPartitions that only sorts when the RDD already has an equal partitioner',
      '当 RDD 已有相等的分区器时，只用一个 mapPartitions 在分区内排序',
    ),
    shuffleWhen: t('when the RDD’s partitioner differs from the one given', '当 RDD 的分区器与给定的不同时'),
    parents: { min: 1, max: 1 },
    args: [arg('partitioner', 'partitioner', null, true)],
    rangePartitioner: true,
    rdds: [
      rdd(
        'ShuffledRDD',
        'shuffle with key ordering',
        'Shuffle',
        'p.numPartitions',
        'p',
        'partitioner differs',
      ),
      rdd(
        'MapPartitionsRDD',
        'sort inside each partition',
        'OneToOne',
        'P(parent)',
        'p',
        'already partitioned by p',
      ),
    ],
    sparkMethod: 'OrderedRDDFunctions.repartitionAndSortWithinPartitions',
    rules: ['R-2.5', 'R-4.5'],
    explanation: t(
      'Partitions by the given partitioner and sorts each partition by key during the shuffle itself, cheaper than partitionBy followed by a sort. Since Spark 3.1 it skips the shuffle when the data is already partitioned that way.',
      '按给定分区器分区，并在 shuffle 过程中对每个分区按键排序，比先 partitionBy 再排序更省。从 Spark 3.1 起，如果数据已按该方式分区，就跳过 shuffle。',
    ),
    example: unaryExample('repartitionAndSortWithinPartitions', PAIRS, {
      partitioner: { type: 'hash', numPartitions: 2 },
    }),
  }),
  operation({
    name: 'sortByKey',
    family: 'wide',
    shuffleWhen: t('always, even if the RDD already has a partitioner', '总是，即使 RDD 已有分区器'),
    parents: { min: 1, max: 1 },
    args: [arg('ascending', 'boolean', 'true'), arg('numPartitions', 'partitions', 'P(parent)')],
    runsJobs: SORT_JOB,
    rdds: [
      ...SAMPLING_RDDS,
      rdd(
        'ShuffledRDD',
        'RangePartitioner with key ordering',
        'Shuffle',
        'rangeBounds.length + 1 (≤ n)',
        'RangePartitioner',
      ),
    ],
    sparkMethod: 'OrderedRDDFunctions.sortByKey',
    rules: ['R-4.5', 'R-5.1'],
    explanation: t(
      'Sorts by key across the whole RDD. Spark first samples the keys in a job of its own, run as soon as sortByKey is called, to choose range boundaries (a RangePartitioner); then it shuffles every key into its range. With few distinct keys you get fewer partitions than asked for.',
      '对整个 RDD 按键排序。Spark 先在调用 sortByKey 时立即运行一个单独的作业抽样键，以确定范围边界（RangePartitioner）；然后把每个键 shuffle 到它所在的范围。不同的键很少时，得到的分区会少于请求的数量。',
    ),
    example: example('sortByKey example', [
      NUMBERS,
      { id: 'keyed', op: 'map', parents: ['nums'], code: 'x => (x, x)' },
      { id: 'sorted', op: 'sortByKey', parents: ['keyed'] },
    ]),
  }),
  operation({
    name: 'sortBy',
    family: 'wide',
    shuffleWhen: t('always', '总是'),
    parents: { min: 1, max: 1 },
    args: [arg('ascending', 'boolean', 'true'), arg('numPartitions', 'partitions', 'P(parent)')],
    runsJobs: SORT_JOB,
    rdds: [
      rdd('MapPartitionsRDD', 'keyBy(f)', 'OneToOne', 'P(parent)', 'None'),
      ...SAMPLING_RDDS,
      rdd(
        'ShuffledRDD',
        'RangePartitioner with key ordering',
        'Shuffle',
        'rangeBounds.length + 1 (≤ n)',
        'RangePartitioner',
      ),
      rdd('MapPartitionsRDD', '.values', 'OneToOne', 'as the ShuffledRDD', 'None'),
    ],
    sparkMethod: 'RDD.sortBy',
    rules: ['R-4.5', 'R-5.1'],
    explanation: t(
      'Sorts by a computed key: keyBy, then sortByKey (with its sampling job), then values. The result has no partitioner because of the final values.',
      '按计算出的键排序：先 keyBy，再 sortByKey（包括它的抽样作业），最后取 values。由于最后的 values，结果没有分区器。',
    ),
    example: unaryExample('sortBy', NUMBERS, { ascending: false }, 'x => x % 7'),
  }),
  operation({
    name: 'groupBy',
    family: 'wide',
    shuffleWhen: t('always: the key function’s map drops any partitioner', '总是：计算键的 map 会丢弃分区器'),
    parents: { min: 1, max: 1 },
    args: [
      arg('numPartitions', 'partitions', 'Partitioner.defaultPartitioner of the parent'),
      arg('partitioner', 'partitioner', 'Partitioner.defaultPartitioner of the parent'),
    ],
    exclusive: NUM_OR_PARTITIONER,
    rdds: [
      rdd('MapPartitionsRDD', 'map(t => (f(t), t))', 'OneToOne', 'P(parent)', 'None'),
      rdd('ShuffledRDD', 'groupByKey(p)', 'Shuffle', 'p.numPartitions', 'p'),
    ],
    sparkMethod: 'RDD.groupBy',
    rules: ['R-2.5', 'R-3.1'],
    explanation: t(
      'Groups elements by a computed key. It is a map to (key, element) followed by groupByKey, and because the map drops the partitioner it always shuffles.',
      '按计算出的键对元素分组。它是先 map 成 (键, 元素)，再 groupByKey；由于 map 丢弃了分区器，所以总会 shuffle。',
    ),
    example: unaryExample('groupBy', NUMBERS, undefined, 'x => x % 3'),
  }),
  operation({
    name: 'distinct',
    family: 'conditional',
    condition: t(
      'a mapPartitions when the RDD has a partitioner and numPartitions equals its partition count',
      '当 RDD 有分区器且 numPartitions 等于它的分区数时，只用一个 mapPartitions',
    ),
    shuffleWhen: t(
      'when the RDD has no partitioner, or numPartitions differs from its partition count',
      '当 RDD 没有分区器，或 numPartitions 与其分区数不同时',
    ),
    parents: { min: 1, max: 1 },
    args: [arg('numPartitions', 'partitions', 'P(parent)')],
    rdds: [
      rdd('MapPartitionsRDD', 'map(x => (x, null))', 'OneToOne', 'P(parent)', 'None', 'shuffle branch'),
      rdd(
        'ShuffledRDD',
        'reduceByKey((x, _) => x, n)',
        'Shuffle',
        'n',
        'HashPartitioner(n)',
        'shuffle branch',
      ),
      rdd('MapPartitionsRDD', 'map(_._1)', 'OneToOne', 'n', 'None', 'shuffle branch'),
      rdd(
        'MapPartitionsRDD',
        'remove duplicates in each partition',
        'OneToOne',
        'P(parent)',
        "the parent's",
        'shortcut',
      ),
    ],
    sparkMethod: 'RDD.distinct',
    rules: ['R-2.5', 'R-4.5'],
    explanation: t(
      'Removes duplicates. Normally Spark pairs each element with null, reduces by key (a shuffle) and drops the null. If the RDD is already partitioned and you keep its partition count, equal elements are already together, so Spark only removes duplicates inside each partition.',
      '去除重复元素。通常 Spark 把每个元素与 null 配对，按键归约（一次 shuffle），再去掉 null。如果 RDD 已经分区且保持分区数不变，相同元素已在同一分区，Spark 只需在每个分区内去重。',
    ),
    example: unaryExample('distinct', NUMBERS),
  }),
];
