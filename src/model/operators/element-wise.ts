/** Catalogue: narrow, one-parent operations (spark-rules.md §2.2). */
import { NUMBERS, PAIRS, arg, operation, rdd, t, unaryExample } from './build.ts';
import type { ArgInfo, Bilingual, CatalogueEntry, ExamplePipeline } from './types.ts';

interface Row {
  readonly name: string;
  readonly className?: string;
  readonly role: string;
  readonly keeps: 'keeps' | 'None' | 'flag';
  readonly method: string;
  readonly args?: readonly ArgInfo[];
  readonly explanation: Bilingual;
  readonly example: ExamplePipeline;
  readonly runsJobs?: Bilingual;
  readonly rules?: readonly string[];
}

const PRESERVES = arg('preservesPartitioning', 'boolean', 'false');

const ROWS: readonly Row[] = [
  {
    name: 'map',
    role: 'map(f)',
    keeps: 'None',
    method: 'RDD.map',
    explanation: t(
      'Applies a function to every element, partition by partition, with no data movement. Because the function may change keys, the result has no partitioner: a later reduceByKey shuffles again.',
      '对每个元素应用函数，按分区就地计算，不移动数据。由于函数可能改变键，结果不再带分区器：之后的 reduceByKey 需要重新 shuffle。',
    ),
    example: unaryExample('map', NUMBERS, undefined, 'x => x * 2'),
  },
  {
    name: 'flatMap',
    role: 'flatMap(f)',
    keeps: 'None',
    method: 'RDD.flatMap',
    explanation: t(
      'Like map, but each element can produce zero or more elements (splitting lines into words). Narrow, and the partitioner is dropped.',
      '与 map 类似，但每个元素可以产生零个或多个元素（例如把一行拆成单词）。窄依赖，并且会丢弃分区器。',
    ),
    example: unaryExample(
      'flatMap',
      { id: 'lines', op: 'textFile', args: { path: 'in.txt' } },
      undefined,
      '_.split(" ")',
    ),
  },
  {
    name: 'filter',
    role: 'filter(f), preservesPartitioning = true',
    keeps: 'keeps',
    method: 'RDD.filter',
    explanation: t(
      'Keeps the elements for which the predicate is true. Keys do not change, so the parent’s partitioner is kept.',
      '保留使谓词为真的元素。键不会改变，所以保留父 RDD 的分区器。',
    ),
    example: unaryExample('filter', NUMBERS, undefined, '_ % 2 == 0'),
  },
  {
    name: 'mapPartitions',
    role: 'mapPartitions(f, preservesPartitioning)',
    keeps: 'flag',
    method: 'RDD.mapPartitions',
    args: [PRESERVES],
    explanation: t(
      'Runs a function once per partition over its iterator. The partitioner is kept only if you promise with preservesPartitioning = true that keys are unchanged.',
      '对每个分区的迭代器调用一次函数。只有当你用 preservesPartitioning = true 保证键不变时，才保留分区器。',
    ),
    example: unaryExample('mapPartitions', NUMBERS, undefined, 'it => Iterator(it.sum)'),
  },
  {
    name: 'mapPartitionsWithIndex',
    role: 'mapPartitionsWithIndex(f, preservesPartitioning)',
    keeps: 'flag',
    method: 'RDD.mapPartitionsWithIndex',
    args: [PRESERVES],
    explanation: t(
      'Like mapPartitions, and the function also receives the partition index.',
      '与 mapPartitions 相同，只是函数还会收到分区编号。',
    ),
    example: unaryExample('mapPartitionsWithIndex', NUMBERS, undefined, '(i, it) => it.map(x => (i, x))'),
  },
  {
    name: 'glom',
    role: 'glom: one array per partition',
    keeps: 'None',
    method: 'RDD.glom',
    explanation: t(
      'Turns each partition into a single array, which shows how the data is spread over partitions.',
      '把每个分区变成一个数组，可以直观看到数据在各分区中的分布。',
    ),
    example: unaryExample('glom', NUMBERS),
  },
  {
    name: 'keyBy',
    role: 'map(x => (f(x), x))',
    keeps: 'None',
    method: 'RDD.keyBy',
    explanation: t(
      'Makes key-value pairs by computing a key for each element. It is a map, so there is no partitioner.',
      '为每个元素计算一个键，生成键值对。它本质上是 map，因此没有分区器。',
    ),
    example: unaryExample('keyBy', NUMBERS, undefined, '_ % 10'),
  },
  {
    name: 'keys',
    role: 'map(_._1)',
    keeps: 'None',
    method: 'PairRDDFunctions.keys',
    explanation: t(
      'Keeps only the keys of a key-value RDD. Spark writes it as map(_._1), so the partitioner is dropped.',
      '只保留键值对 RDD 的键。Spark 用 map(_._1) 实现，所以会丢弃分区器。',
    ),
    example: unaryExample('keys', PAIRS),
  },
  {
    name: 'values',
    role: 'map(_._2)',
    keeps: 'None',
    method: 'PairRDDFunctions.values',
    explanation: t(
      'Keeps only the values of a key-value RDD; a map, so the partitioner is dropped.',
      '只保留键值对 RDD 的值；它是 map，所以会丢弃分区器。',
    ),
    example: unaryExample('values', PAIRS),
  },
  {
    name: 'mapValues',
    role: 'mapValues(f), preservesPartitioning = true',
    keeps: 'keeps',
    method: 'PairRDDFunctions.mapValues',
    explanation: t(
      'Transforms only the values and leaves keys alone, so the partitioner is kept: a following reduceByKey with the same partitioner needs no shuffle. Prefer it to map when keys do not change.',
      '只转换值、不动键，所以保留分区器：之后使用相同分区器的 reduceByKey 不需要 shuffle。键不变时应优先使用它而不是 map。',
    ),
    example: unaryExample('mapValues', PAIRS, undefined, '_ * 10'),
  },
  {
    name: 'flatMapValues',
    role: 'flatMapValues(f), preservesPartitioning = true',
    keeps: 'keeps',
    method: 'PairRDDFunctions.flatMapValues',
    explanation: t(
      'Turns each value into zero or more values under the same key; keys are unchanged, so the partitioner is kept.',
      '把每个值变成同一键下的零个或多个值；键不变，所以保留分区器。',
    ),
    example: unaryExample('flatMapValues', PAIRS, undefined, 'v => Seq(v, v)'),
  },
  {
    name: 'sample',
    className: 'PartitionwiseSampledRDD',
    role: 'sample(withReplacement, fraction, seed)',
    keeps: 'keeps',
    method: 'RDD.sample',
    args: [
      arg('withReplacement', 'boolean', null, true),
      arg('fraction', 'fraction', null, true),
      arg('seed', 'long', 'a random seed'),
    ],
    explanation: t(
      'Samples each partition on its own (a PartitionwiseSampledRDD), so it stays narrow and keeps the partitioner.',
      '在每个分区内独立抽样（PartitionwiseSampledRDD），因此仍是窄依赖，并保留分区器。',
    ),
    example: unaryExample('sample', NUMBERS, { withReplacement: false, fraction: 0.1, seed: 42 }),
  },
  {
    name: 'pipe',
    className: 'PipedRDD',
    role: 'pipe(command)',
    keeps: 'None',
    method: 'RDD.pipe',
    args: [arg('command', 'string', null, true)],
    explanation: t(
      'Streams each partition through an external command and reads its output lines back.',
      '把每个分区的数据通过外部命令处理，并读回其输出行。',
    ),
    example: unaryExample('pipe', NUMBERS, { command: 'cat' }),
  },
  {
    name: 'zipWithIndex',
    className: 'ZippedWithIndexRDD',
    role: 'zipWithIndex: (element, global index)',
    keeps: 'None',
    method: 'RDD.zipWithIndex',
    runsJobs: t(
      'With n ≥ 2 parent partitions, one job when defined that counts the rows of partitions 0 … n−2 (n−1 tasks).',
      '父 RDD 有 n ≥ 2 个分区时，定义时会运行一个作业统计第 0 … n−2 个分区的行数（n−1 个任务）。',
    ),
    rules: ['R-5.2'],
    explanation: t(
      'Pairs each element with its position in the whole RDD. To know where each partition starts, Spark counts the rows of every partition but the last in a job of its own, run as soon as zipWithIndex is called.',
      '给每个元素配上它在整个 RDD 中的位置。为了知道每个分区的起始编号，Spark 在调用 zipWithIndex 时立即运行一个单独的作业，统计除最后一个分区外每个分区的行数。',
    ),
    example: unaryExample('zipWithIndex', NUMBERS),
  },
  {
    name: 'zipWithUniqueId',
    role: 'mapPartitionsWithIndex: ids k, n+k, 2n+k …',
    keeps: 'None',
    method: 'RDD.zipWithUniqueId',
    explanation: t(
      'Gives each element a unique id without a job: partition k uses ids k, n+k, 2n+k … The ids have gaps, unlike zipWithIndex.',
      '不运行作业就为每个元素分配唯一编号：第 k 个分区使用 k、n+k、2n+k …… 与 zipWithIndex 不同，编号不连续。',
    ),
    example: unaryExample('zipWithUniqueId', NUMBERS),
  },
];

function partitionerText(keeps: Row['keeps']): string {
  if (keeps === 'keeps') return "the parent's";
  if (keeps === 'flag') return "the parent's if preservesPartitioning, else None";
  return 'None';
}

export const ELEMENT_WISE: readonly CatalogueEntry[] = ROWS.map((row) =>
  operation({
    name: row.name,
    family: 'narrow',
    parents: { min: 1, max: 1 },
    args: row.args ?? [],
    rdds: [
      rdd(row.className ?? 'MapPartitionsRDD', row.role, 'OneToOne', 'P(parent)', partitionerText(row.keeps)),
    ],
    sparkMethod: row.method,
    rules: row.rules ?? ['R-3.2'],
    explanation: row.explanation,
    example: row.example,
    ...(row.runsJobs === undefined ? {} : { runsJobs: row.runsJobs }),
  }),
);
