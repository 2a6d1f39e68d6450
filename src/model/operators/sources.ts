/** Catalogue: the sources (spark-rules.md §2.1). */
import { arg, example, operation, rdd, t } from './build.ts';
import type { CatalogueEntry } from './types.ts';

export const SOURCES: readonly CatalogueEntry[] = [
  operation({
    name: 'parallelize',
    family: 'source',
    parents: { min: 0, max: 0 },
    args: [
      arg('numSlices', 'partitions', 'defaultParallelism'),
      arg('length', 'count', null),
      arg('data', 'jsonArray', null),
    ],
    exclusive: [['length', 'data']],
    rdds: [rdd('ParallelCollectionRDD', 'the slices of a local collection', 'none', 'numSlices', 'None')],
    sparkMethod: 'SparkContext.parallelize',
    rules: ['R-2.1'],
    explanation: t(
      'Turns a collection held by the driver into an RDD cut into exactly numSlices partitions. Spark slices it by position, so partition i holds elements [i·len/n, (i+1)·len/n): with fewer elements than slices some partitions are empty.',
      '把驱动程序中的本地集合变成一个恰好有 numSlices 个分区的 RDD。Spark 按位置切分：第 i 个分区包含下标 [i·len/n, (i+1)·len/n) 的元素，元素少于分区数时有些分区是空的。',
    ),
    example: example('parallelize example', [
      { id: 'nums', op: 'parallelize', args: { length: 10, numSlices: 4 } },
    ]),
  }),
  operation({
    name: 'range',
    family: 'source',
    parents: { min: 0, max: 0 },
    args: [
      arg('start', 'long', null, true),
      arg('end', 'long', null, true),
      arg('step', 'long', '1'),
      arg('numSlices', 'partitions', 'defaultParallelism'),
    ],
    rdds: [
      rdd('ParallelCollectionRDD', 'parallelize(0 until numSlices)', 'none', 'numSlices', 'None'),
      rdd(
        'MapPartitionsRDD',
        'mapPartitionsWithIndex: the numbers of each slice',
        'OneToOne',
        'numSlices',
        'None',
      ),
    ],
    sparkMethod: 'SparkContext.range',
    rules: ['R-2.1'],
    explanation: t(
      'Makes the numbers from start (inclusive) to end (exclusive) by step, in numSlices partitions. Spark builds it as a tiny parallelize of slice indexes and a mapPartitionsWithIndex that generates each slice, so two RDDs appear.',
      '生成从 start（含）到 end（不含）、步长为 step 的数字，分成 numSlices 个分区。Spark 先 parallelize 分区编号，再用 mapPartitionsWithIndex 生成每个分区的数字，所以会出现两个 RDD。',
    ),
    example: example(
      'range example',
      [{ id: 'ids', op: 'range', args: { start: 0, end: 1000, numSlices: 4 } }],
      [{ op: 'count', rdd: 'ids' }],
    ),
  }),
  operation({
    name: 'textFile',
    family: 'source',
    parents: { min: 0, max: 0 },
    args: [
      arg('path', 'string', null, true),
      arg('minPartitions', 'partitions', 'min(defaultParallelism, 2)'),
    ],
    rdds: [
      rdd('HadoopRDD', 'the file splits, as (offset, line) pairs', 'none', 'the input splits', 'None'),
      rdd('MapPartitionsRDD', 'map(pair => pair._2.toString)', 'OneToOne', 'same as HadoopRDD', 'None'),
    ],
    sparkMethod: 'SparkContext.textFile',
    rules: ['R-2.1'],
    explanation: t(
      'Reads a text file as an RDD of lines: a HadoopRDD of (offset, line) pairs and a map that keeps the line. minPartitions is a hint to Hadoop’s split computation; the planner reads the file as one Hadoop splits into exactly minPartitions splits.',
      '把文本文件读成按行组成的 RDD：先是 (偏移量, 行) 的 HadoopRDD，再用 map 只保留行内容。minPartitions 只是给 Hadoop 切分的提示；规划器假定文件恰好被切成 minPartitions 个分片。',
    ),
    example: example(
      'textFile example',
      [{ id: 'lines', op: 'textFile', args: { path: 'logs.txt', minPartitions: 3 } }],
      [{ op: 'count', rdd: 'lines' }],
    ),
  }),
  operation({
    name: 'emptyRDD',
    family: 'source',
    parents: { min: 0, max: 0 },
    rdds: [rdd('EmptyRDD', 'no data', 'none', '0', 'None')],
    sparkMethod: 'SparkContext.emptyRDD',
    rules: ['R-2.1', 'R-1.3'],
    explanation: t(
      'An RDD with no partitions at all. An action on it still takes a job id, but the job has no stages and no tasks: Spark posts the job start and end at once.',
      '一个没有任何分区的 RDD。对它执行行动操作仍会占用一个作业编号，但该作业没有阶段也没有任务：Spark 会立即发出作业开始和结束事件。',
    ),
    example: example(
      'emptyRDD example',
      [{ id: 'nothing', op: 'emptyRDD' }],
      [{ op: 'count', rdd: 'nothing' }],
    ),
  }),
];
