/** Catalogue: narrow operations over several parents, and coalesce (spark-rules.md §2.3). */
import { NUMBERS, PAIRS, arg, example, operation, rdd, t } from './build.ts';
import type { CatalogueEntry } from './types.ts';

const MORE = { id: 'more', op: 'parallelize', args: { length: 40, numSlices: 2 } } as const;

export const MULTI_PARENT: readonly CatalogueEntry[] = [
  operation({
    name: 'union',
    family: 'narrow',
    parents: { min: 2, max: 1_000_000 },
    rdds: [
      rdd(
        'UnionRDD',
        'the parents side by side',
        'Range (one per parent)',
        'sum of the non-empty parents',
        'None',
        t('in general', '一般情况'),
      ),
      rdd(
        'PartitionerAwareUnionRDD',
        'partition i of every parent together',
        'OneToOne (one per parent)',
        'partitioner.numPartitions',
        "the parents' common partitioner",
        t('when every non-empty parent has the same partitioner', '所有非空父 RDD 的分区器相同时'),
      ),
    ],
    sparkMethod: 'SparkContext.union',
    rules: ['R-4.4', 'R-3.2'],
    explanation: t(
      'Puts RDDs together without moving data. Usually the result simply lists all parent partitions one after another (UnionRDD), with no partitioner. If every non-empty parent has the same partitioner, Spark lines up partition i of each parent instead (PartitionerAwareUnionRDD) and keeps the partitioner, so a later reduceByKey needs no shuffle.',
      '不移动数据就把多个 RDD 合在一起。通常结果只是依次列出所有父分区（UnionRDD），没有分区器。如果所有非空父 RDD 的分区器相同，Spark 会把各父 RDD 的第 i 个分区对齐合并（PartitionerAwareUnionRDD）并保留分区器，这样之后的 reduceByKey 不需要 shuffle。',
    ),
    example: example('union example', [NUMBERS, MORE, { id: 'all', op: 'union', parents: ['nums', 'more'] }]),
  }),
  operation({
    name: 'cartesian',
    family: 'narrow',
    parents: { min: 2, max: 2 },
    rdds: [rdd('CartesianRDD', 'every pair of partitions', 'Narrow (two custom)', 'P(a) × P(b)', 'None')],
    sparkMethod: 'RDD.cartesian',
    rules: ['R-2.3'],
    explanation: t(
      'All pairs (x, y) of the two RDDs. Partition (i, j) reads partition i of the first and j of the second, so there is no shuffle, but the partition count is the product.',
      '两个 RDD 中所有元素对 (x, y)。分区 (i, j) 读取第一个 RDD 的第 i 个分区和第二个的第 j 个分区，所以没有 shuffle，但分区数是两者之积。',
    ),
    example: example(
      'cartesian example',
      [NUMBERS, MORE, { id: 'pairsOfAll', op: 'cartesian', parents: ['nums', 'more'] }],
      [{ op: 'count', rdd: 'pairsOfAll' }],
    ),
  }),
  operation({
    name: 'zip',
    family: 'narrow',
    parents: { min: 2, max: 2 },
    rdds: [
      rdd(
        'ZippedPartitionsRDD2',
        'partition i of both parents',
        'OneToOne (two)',
        'P(a), which must equal P(b)',
        'None',
      ),
    ],
    sparkMethod: 'RDD.zip',
    rules: ['R-2.3'],
    explanation: t(
      'Pairs the i-th element of one RDD with the i-th of the other. Both must have the same number of partitions and the same number of elements in each partition.',
      '把一个 RDD 的第 i 个元素与另一个 RDD 的第 i 个元素配对。两者的分区数必须相同，并且每个分区中的元素个数也必须相同。',
    ),
    example: example('zip example', [
      NUMBERS,
      { id: 'squares', op: 'map', parents: ['nums'] },
      { id: 'zipped', op: 'zip', parents: ['nums', 'squares'] },
    ]),
  }),
  operation({
    name: 'zipPartitions',
    family: 'narrow',
    parents: { min: 2, max: 4 },
    args: [arg('preservesPartitioning', 'boolean', 'false')],
    rdds: [
      rdd(
        'ZippedPartitionsRDD2/3/4',
        'partition i of every parent',
        'OneToOne (one per parent)',
        'P(first), all equal',
        "the first parent's if preservesPartitioning, else None",
      ),
    ],
    sparkMethod: 'RDD.zipPartitions',
    rules: ['R-2.3'],
    explanation: t(
      'Runs a function over partition i of two to four RDDs at once. All parents need the same number of partitions; nothing moves between machines.',
      '同时对两到四个 RDD 的第 i 个分区运行一个函数。所有父 RDD 的分区数必须相同；数据不会在机器之间移动。',
    ),
    example: example('zipPartitions example', [
      NUMBERS,
      { id: 'other', op: 'parallelize', args: { length: 8, numSlices: 4 } },
      { id: 'zipped', op: 'zipPartitions', parents: ['nums', 'other'] },
    ]),
  }),
  operation({
    name: 'coalesce',
    family: 'conditional',
    condition: t('narrow unless shuffle = true', '除非 shuffle = true，否则是窄依赖'),
    shuffleWhen: t(
      'with shuffle = true (then it is repartition)',
      '当 shuffle = true 时（此时等同于 repartition）',
    ),
    parents: { min: 1, max: 1 },
    args: [arg('numPartitions', 'partitions', null, true), arg('shuffle', 'boolean', 'false')],
    rdds: [
      rdd(
        'CoalescedRDD',
        'groups of parent partitions',
        'Narrow (custom)',
        'min(numPartitions, P(parent))',
        'None',
        t('shuffle = false', 'shuffle = false 时'),
      ),
      rdd(
        'MapPartitionsRDD',
        'round-robin keys',
        'OneToOne',
        'P(parent)',
        'None',
        t('shuffle = true', 'shuffle = true 时'),
      ),
      rdd(
        'ShuffledRDD',
        'HashPartitioner(numPartitions)',
        'Shuffle',
        'numPartitions',
        'HashPartitioner',
        t('shuffle = true', 'shuffle = true 时'),
      ),
      rdd(
        'CoalescedRDD',
        'one group per partition',
        'Narrow (custom)',
        'numPartitions',
        'None',
        t('shuffle = true', 'shuffle = true 时'),
      ),
      rdd(
        'MapPartitionsRDD',
        '.values',
        'OneToOne',
        'numPartitions',
        'None',
        t('shuffle = true', 'shuffle = true 时'),
      ),
    ],
    sparkMethod: 'RDD.coalesce',
    rules: ['R-2.3', 'R-2.5', 'R-4.5'],
    explanation: t(
      'Reduces the number of partitions by merging neighbouring ones, without a shuffle: each new partition reads a group of old ones. It cannot increase the count (asking for more keeps the parent’s count). With shuffle = true it becomes repartition.',
      '通过合并相邻分区来减少分区数，不需要 shuffle：每个新分区读取一组旧分区。它不能增加分区数（要求更多时保持父分区数）。设置 shuffle = true 时它就变成 repartition。',
    ),
    example: example('coalesce example', [
      NUMBERS,
      { id: 'fewer', op: 'coalesce', parents: ['nums'], args: { numPartitions: 2 } },
    ]),
  }),
];

/** An example input that is already hash-partitioned into 4 partitions. */
export const PARTITIONED_PAIRS = [
  PAIRS,
  {
    id: 'byKey',
    op: 'partitionBy',
    parents: ['pairs'],
    args: { partitioner: { type: 'hash', numPartitions: 4 } },
  },
] as const;
