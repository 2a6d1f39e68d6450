/** Catalogue: actions (spark-rules.md §6) and persistence (§2.7, R-9.4, R-9.6). */
import { NUMBERS, PAIRS, action, arg, example, rdd, t } from './build.ts';
import type { ArgInfo, Bilingual, CatalogueEntry } from './types.ts';

const ONE_JOB = t('one job over every partition', '一个覆盖所有分区的作业');
const TAKE_JOBS = t(
  'one job per round: 1 partition first (spark.rdd.limit.initialNumPartitions), then more, scaled up to 4× (spark.rdd.limit.scaleUpFactor), until enough rows are found or every partition has been read',
  '每轮一个作业：先读 1 个分区（spark.rdd.limit.initialNumPartitions），然后逐轮增加，最多扩大到 4 倍（spark.rdd.limit.scaleUpFactor），直到取够行数或读完所有分区',
);

function simple(
  name: string,
  method: string,
  explanation: Bilingual,
  args: readonly ArgInfo[] = [],
  jobs = ONE_JOB,
): CatalogueEntry {
  return action({
    name,
    args,
    rdds: [],
    runsJobs: jobs,
    sparkMethod: method,
    rules: ['R-6.1'],
    explanation,
    example: example(
      `${name} example`,
      [NUMBERS],
      [{ op: name, rdd: 'nums', ...(args.some((a) => a.required) ? { args: exampleArgs(name) } : {}) }],
    ),
  });
}

function exampleArgs(name: string): Readonly<Record<string, unknown>> {
  if (name === 'fold' || name === 'aggregate') return { zeroValue: 0 };
  if (name === 'saveAsTextFile') return { path: 'out' };
  return { num: 3 };
}

const NUM = arg('num', 'count', null, true);
const ZERO = arg('zeroValue', 'json', null, true);

export const ACTION_ENTRIES: readonly CatalogueEntry[] = [
  simple(
    'collect',
    'RDD.collect',
    t(
      'Brings every element back to the driver as an array: one job with a task per partition.',
      '把所有元素作为数组取回驱动程序：一个作业，每个分区一个任务。',
    ),
  ),
  simple(
    'count',
    'RDD.count',
    t(
      'Counts the elements: one job, each task counts its partition and the driver adds the counts.',
      '统计元素个数：一个作业，每个任务统计自己的分区，驱动程序把结果相加。',
    ),
  ),
  simple(
    'reduce',
    'RDD.reduce',
    t(
      'Combines all elements with an associative function: each task reduces its partition, the driver merges the results.',
      '用满足结合律的函数合并所有元素：每个任务归约自己的分区，驱动程序合并结果。',
    ),
  ),
  simple(
    'fold',
    'RDD.fold',
    t(
      'Like reduce, with a zero value used in each partition and once more on the driver.',
      '与 reduce 类似，但每个分区以及驱动程序合并时都会使用一次初始值。',
    ),
    [ZERO],
  ),
  simple(
    'aggregate',
    'RDD.aggregate',
    t(
      'Aggregates with a zero value, one function inside partitions and another to merge the partial results on the driver.',
      '从初始值出发聚合：一个函数在分区内累加，另一个函数在驱动程序中合并部分结果。',
    ),
    [ZERO],
  ),
  simple(
    'foreach',
    'RDD.foreach',
    t(
      'Runs a function on every element on the executors; nothing comes back to the driver.',
      '在执行器上对每个元素运行函数；不向驱动程序返回数据。',
    ),
  ),
  simple(
    'foreachPartition',
    'RDD.foreachPartition',
    t(
      'Runs a function once per partition on the executors, for example to open one connection per partition.',
      '在执行器上对每个分区运行一次函数，例如每个分区只打开一个连接。',
    ),
  ),
  simple('max', 'RDD.max', t('The largest element, computed with reduce.', '最大的元素，通过 reduce 计算。')),
  simple(
    'min',
    'RDD.min',
    t('The smallest element, computed with reduce.', '最小的元素，通过 reduce 计算。'),
  ),
  action({
    name: 'saveAsTextFile',
    args: [arg('path', 'string', null, true)],
    rdds: [rdd('MapPartitionsRDD', 'mapPartitions to (NullWritable, Text)', 'OneToOne', 'P(rdd)', 'None')],
    runsJobs: ONE_JOB,
    sparkMethod: 'RDD.saveAsTextFile',
    rules: ['R-6.1'],
    explanation: t(
      'Writes each partition as one text file (part-00000 …). Spark adds a mapPartitions that turns elements into Hadoop (NullWritable, Text) pairs, then runs one job through the Hadoop writer.',
      '把每个分区写成一个文本文件（part-00000 ……）。Spark 先加一个 mapPartitions 把元素转成 Hadoop 的 (NullWritable, Text) 对，然后通过 Hadoop 写出器运行一个作业。',
    ),
    example: example(
      'saveAsTextFile example',
      [NUMBERS],
      [{ op: 'saveAsTextFile', rdd: 'nums', args: { path: 'out' } }],
    ),
  }),
  action({
    name: 'countByKey',
    shuffleWhen: t(
      'unless the RDD already has a partitioner (its reduceByKey then needs no shuffle)',
      '除非 RDD 已有分区器（此时其中的 reduceByKey 不需要 shuffle）',
    ),
    rdds: [
      rdd('MapPartitionsRDD', 'mapValues(_ => 1L)', 'OneToOne', 'P(rdd)', "the RDD's"),
      rdd(
        'ShuffledRDD',
        'reduceByKey(_ + _)',
        'Shuffle, or OneToOne when already partitioned',
        'defaultPartitioner',
        'the chosen partitioner',
        t('or MapPartitionsRDD when already partitioned', '已分区时为 MapPartitionsRDD'),
      ),
    ],
    runsJobs: ONE_JOB,
    sparkMethod: 'PairRDDFunctions.countByKey',
    rules: ['R-6.1', 'R-3.1'],
    explanation: t(
      'Counts the pairs of each key and returns a map to the driver. It is mapValues(_ => 1L).reduceByKey(_ + _).collect(), so it usually adds a shuffle and a second stage.',
      '统计每个键的键值对数量，并以 Map 返回驱动程序。它等于 mapValues(_ => 1L).reduceByKey(_ + _).collect()，所以通常会增加一次 shuffle 和一个阶段。',
    ),
    example: example('countByKey example', [PAIRS], [{ op: 'countByKey', rdd: 'pairs' }]),
  }),
  action({
    name: 'countByValue',
    shuffleWhen: t(
      'always in practice: the first map drops any partitioner',
      '实际上总会：第一个 map 丢弃了分区器',
    ),
    rdds: [
      rdd('MapPartitionsRDD', 'map(v => (v, null))', 'OneToOne', 'P(rdd)', 'None'),
      rdd('MapPartitionsRDD', 'mapValues(_ => 1L)', 'OneToOne', 'P(rdd)', 'None'),
      rdd('ShuffledRDD', 'reduceByKey(_ + _)', 'Shuffle', 'defaultPartitioner', 'HashPartitioner'),
    ],
    runsJobs: ONE_JOB,
    sparkMethod: 'RDD.countByValue',
    rules: ['R-6.1'],
    explanation: t(
      'Counts how often each element occurs: map(v => (v, null)).countByKey(), three RDDs and a shuffle.',
      '统计每个元素出现的次数：map(v => (v, null)).countByKey()，共三个 RDD 和一次 shuffle。',
    ),
    example: example('countByValue example', [NUMBERS], [{ op: 'countByValue', rdd: 'nums' }]),
  }),
  action({
    name: 'take',
    args: [NUM],
    rdds: [],
    runsJobs: TAKE_JOBS,
    sparkMethod: 'RDD.take',
    rules: ['R-6.2'],
    explanation: t(
      'The first num elements. Spark reads one partition first and reads more partitions in later jobs only if it has not found enough rows, so take can run several jobs, each with fewer tasks than the RDD has partitions. Any shuffle before it still runs in full.',
      '取前 num 个元素。Spark 先只读一个分区，只有行数不够时才在后续作业中读更多分区，所以 take 可能运行多个作业，每个作业的任务数都少于分区数。它之前的 shuffle 仍会完整运行。',
    ),
    example: example('take example', [NUMBERS], [{ op: 'take', rdd: 'nums', args: { num: 5 } }]),
  }),
  action({
    name: 'first',
    rdds: [],
    runsJobs: TAKE_JOBS,
    sparkMethod: 'RDD.first',
    rules: ['R-6.2'],
    explanation: t(
      'take(1): usually a single job with a single task.',
      'take(1)：通常是一个只有一个任务的作业。',
    ),
    example: example('first example', [NUMBERS], [{ op: 'first', rdd: 'nums' }]),
  }),
  action({
    name: 'isEmpty',
    rdds: [],
    runsJobs: t(
      'none when the RDD has no partitions; otherwise take(1)’s rounds',
      'RDD 没有分区时不运行作业；否则与 take(1) 的轮次相同',
    ),
    sparkMethod: 'RDD.isEmpty',
    rules: ['R-6.2'],
    explanation: t(
      'partitions.length == 0 || take(1).length == 0. On an RDD whose partitions are all empty, take keeps widening its search: 8 empty partitions cost 3 jobs of 1, 4 and 3 tasks.',
      'partitions.length == 0 || take(1).length == 0。如果所有分区都为空，take 会不断扩大搜索范围：8 个空分区需要 3 个作业，分别有 1、4、3 个任务。',
    ),
    example: example(
      'isEmpty example',
      [{ id: 'none', op: 'parallelize', args: { data: [], numSlices: 8 } }],
      [{ op: 'isEmpty', rdd: 'none' }],
    ),
  }),
  action({
    name: 'lookup',
    args: [arg('key', 'json', null, true)],
    rdds: [
      rdd(
        'MapPartitionsRDD',
        'filter(_._1 == key)',
        'OneToOne',
        'P(rdd)',
        "the RDD's",
        t('no partitioner', '没有分区器时'),
      ),
      rdd('MapPartitionsRDD', 'map(_._2)', 'OneToOne', 'P(rdd)', 'None', t('no partitioner', '没有分区器时')),
    ],
    runsJobs: t(
      'with a partitioner: one job with one task, on the key’s partition; without: one job over every partition',
      '有分区器时：一个只有一个任务的作业，只读键所在的分区；没有分区器时：一个覆盖所有分区的作业',
    ),
    sparkMethod: 'PairRDDFunctions.lookup',
    rules: ['R-6.2'],
    explanation: t(
      'The values of one key. If the RDD has a partitioner, Spark knows which partition holds the key and runs a single task there; otherwise it filters every partition.',
      '取某个键的所有值。如果 RDD 有分区器，Spark 知道键在哪个分区，只在那里运行一个任务；否则要过滤所有分区。',
    ),
    example: example('lookup example', [PAIRS], [{ op: 'lookup', rdd: 'pairs', args: { key: 'spark' } }]),
  }),
  action({
    name: 'top',
    args: [NUM],
    rdds: [
      rdd(
        'MapPartitionsRDD',
        'mapPartitions: the num largest of each partition',
        'OneToOne',
        'P(rdd)',
        'None',
      ),
    ],
    runsJobs: t(
      'one job over every partition (none when num = 0)',
      '一个覆盖所有分区的作业（num = 0 时没有）',
    ),
    sparkMethod: 'RDD.top',
    rules: ['R-6.1'],
    explanation: t(
      'The num largest elements: each partition keeps its own top num in a mapPartitions, and a reduce merges them.',
      '最大的 num 个元素：每个分区先用 mapPartitions 保留自己最大的 num 个，再用 reduce 合并。',
    ),
    example: example('top example', [NUMBERS], [{ op: 'top', rdd: 'nums', args: { num: 3 } }]),
  }),
  action({
    name: 'takeOrdered',
    args: [NUM],
    rdds: [
      rdd(
        'MapPartitionsRDD',
        'mapPartitions: the num smallest of each partition',
        'OneToOne',
        'P(rdd)',
        'None',
      ),
    ],
    runsJobs: t(
      'one job over every partition (none when num = 0)',
      '一个覆盖所有分区的作业（num = 0 时没有）',
    ),
    sparkMethod: 'RDD.takeOrdered',
    rules: ['R-6.1'],
    explanation: t(
      'The num smallest elements, the mirror of top: a mapPartitions keeps each partition’s best num, then a reduce.',
      '最小的 num 个元素，与 top 相反：先用 mapPartitions 保留每个分区最小的 num 个，再 reduce。',
    ),
    example: example(
      'takeOrdered example',
      [NUMBERS],
      [{ op: 'takeOrdered', rdd: 'nums', args: { num: 3 } }],
    ),
  }),
];

const CACHED_EXAMPLE = example(
  'cache example',
  [PAIRS, { id: 'counts', op: 'reduceByKey', parents: ['pairs'] }],
  [
    { op: 'count', rdd: 'counts' },
    { op: 'collect', rdd: 'counts' },
  ],
  { persist: [{ rdd: 'counts', level: 'MEMORY_ONLY' }] },
);

function persistence(
  name: string,
  method: string,
  explanation: Bilingual,
  ex = CACHED_EXAMPLE,
  rules = ['R-9.4'],
): CatalogueEntry {
  return {
    name,
    kind: 'persistence',
    family: 'persistence',
    condition: null,
    canShuffle: false,
    shuffleWhen: null,
    parents: { min: 1, max: 1 },
    args: name === 'persist' ? [arg('level', 'string', 'MEMORY_ONLY')] : [],
    exclusive: [],
    rangePartitioner: false,
    rdds: [],
    runsJobs:
      name === 'checkpoint'
        ? t(
            'one job writing the RDD, right after the first job that reaches it',
            '在第一个用到它的作业之后，再运行一个写出该 RDD 的作业',
          )
        : null,
    sparkMethod: method,
    rules,
    explanation,
    example: ex,
  };
}

export const PERSISTENCE_ENTRIES: readonly CatalogueEntry[] = [
  persistence(
    'persist',
    'RDD.persist',
    t(
      'Keeps the partitions of an RDD (in memory, on disk, …) once a job has computed them, so later jobs read them instead of recomputing the lineage. It creates no RDD and runs no job; a later job stops walking back at an RDD whose partitions are all cached, so the stages behind it show as skipped.',
      '在作业计算出 RDD 的分区后把它们保存起来（内存、磁盘……），之后的作业直接读取而不必重算血缘。它不创建 RDD，也不运行作业；之后的作业回溯到所有分区都已缓存的 RDD 时就停止，所以其后面的阶段显示为已跳过。',
    ),
  ),
  persistence('cache', 'RDD.cache', t('persist(MEMORY_ONLY).', '即 persist(MEMORY_ONLY)。')),
  persistence(
    'checkpoint',
    'RDD.checkpoint',
    t(
      'Marks the RDD to be saved to reliable storage. After the first job that uses it, Spark runs one more job that computes the RDD again (unless it is cached) and writes it out; from then on the RDD reads from a ReliableCheckpointRDD and its old lineage is gone, so later jobs have no stages for it at all.',
      '把 RDD 标记为要保存到可靠存储。第一个用到它的作业结束后，Spark 会再运行一个作业重新计算该 RDD（除非已缓存）并写出；此后该 RDD 从 ReliableCheckpointRDD 读取，原有血缘被切断，之后的作业不会再为它的祖先创建任何阶段。',
    ),
    example(
      'checkpoint example',
      [PAIRS, { id: 'counts', op: 'reduceByKey', parents: ['pairs'] }],
      [
        { op: 'count', rdd: 'counts' },
        { op: 'collect', rdd: 'counts' },
      ],
      { checkpoint: [{ rdd: 'counts' }] },
    ),
    ['R-9.6'],
  ),
];
