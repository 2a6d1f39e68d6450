/**
 * The text of every reason code, in English and Simplified Chinese. `{name}` is replaced by the
 * reason's parameter of that name. A test checks that every code has both templates and that
 * they use the same parameters.
 */
import type { ReasonCode } from '../lineage/reasons.ts';

export type ReasonLanguage = 'en' | 'zh-CN';

export const REASON_TEMPLATES: Readonly<Record<ReasonCode, Readonly<Record<ReasonLanguage, string>>>> = {
  'narrow.oneToOne': {
    en: '{op}: each partition reads one partition of its parent, so no shuffle',
    'zh-CN': '{op}：每个分区只读取父 RDD 的一个分区，因此没有 shuffle',
  },
  'narrow.union': {
    en: 'union of {inputs} inputs: the partitions are listed side by side (RangeDependency), so no shuffle',
    'zh-CN': '{inputs} 个输入的 union：各分区依次排列（RangeDependency），因此没有 shuffle',
  },
  'narrow.partitionerAwareUnion': {
    en: 'union: every input is partitioned by {partitioner}, so partition i of each input is combined in place and the partitioner is kept',
    'zh-CN': 'union：所有输入都按 {partitioner} 分区，所以各输入的第 i 个分区就地合并，并保留分区器',
  },
  'narrow.coalesce': {
    en: 'coalesce: {from} partitions are grouped into {to} without moving data between executors',
    'zh-CN': 'coalesce：把 {from} 个分区分组合并为 {to} 个，不在执行器之间移动数据',
  },
  'narrow.cartesian': {
    en: 'cartesian: each output partition reads one partition of input {input}, so no shuffle',
    'zh-CN': 'cartesian：每个输出分区只读取第 {input} 个输入的一个分区，因此没有 shuffle',
  },
  'narrow.zip': {
    en: 'zip: partition i reads partition i of every input, so no shuffle',
    'zh-CN': 'zip：第 i 个分区读取每个输入的第 i 个分区，因此没有 shuffle',
  },
  'narrow.samePartitioner': {
    en: '{op}: parent already partitioned by {partitioner}, so no shuffle',
    'zh-CN': '{op}：父 RDD 已按 {partitioner} 分区，因此不需要 shuffle',
  },
  'narrow.distinctShortcut': {
    en: 'distinct: the RDD is partitioned and keeps its {numPartitions} partitions, so equal elements are already together and no shuffle is needed',
    'zh-CN': 'distinct：RDD 已分区且保持 {numPartitions} 个分区，相同元素已在同一分区，因此不需要 shuffle',
  },
  'narrow.sortWithinShortcut': {
    en: '{op}: the RDD already has this partitioner, so Spark only sorts inside each partition',
    'zh-CN': '{op}：RDD 已有该分区器，所以 Spark 只在每个分区内排序',
  },
  'narrow.checkpoint': {
    en: 'checkpointed: the RDD now reads its saved partitions, and its old lineage is cut',
    'zh-CN': '已检查点：RDD 现在读取保存的分区，原有血缘被切断',
  },
  'narrow.prune': {
    en: 'PartitionPruningRDD keeps only some partitions of its parent, with no shuffle',
    'zh-CN': 'PartitionPruningRDD 只保留父 RDD 的部分分区，没有 shuffle',
  },
  'shuffle.noPartitioner': {
    en: '{op}: parent has no partitioner, so its rows are shuffled into {partitioner}',
    'zh-CN': '{op}：父 RDD 没有分区器，所以要把数据 shuffle 到 {partitioner}',
  },
  'shuffle.otherPartitioner': {
    en: '{op}: parent is partitioned by {parentPartitioner}, not {partitioner}, so it is shuffled',
    'zh-CN': '{op}：父 RDD 按 {parentPartitioner} 分区，而不是 {partitioner}，所以要 shuffle',
  },
  'eventLog.shuffle': {
    en: 'from the event log: stage boundary (shuffle)',
    'zh-CN': '来自事件日志：stage 边界（shuffle）',
  },
  'eventLog.narrow': {
    en: 'from the event log: in the same stage (narrow)',
    'zh-CN': '来自事件日志：在同一个 stage 中（窄依赖）',
  },
  'shuffle.always': {
    en: '{op} always shuffles, here into {partitioner}',
    'zh-CN': '{op} 总会 shuffle，这里 shuffle 到 {partitioner}',
  },
  'partitioner.given': {
    en: 'the program passes {partitioner}',
    'zh-CN': '程序传入了 {partitioner}',
  },
  'partitioner.numPartitions': {
    en: 'numPartitions = {numPartitions} gives HashPartitioner({numPartitions})',
    'zh-CN': 'numPartitions = {numPartitions}，对应 HashPartitioner({numPartitions})',
  },
  'partitioner.defaultReuse': {
    en: 'defaultPartitioner reuses {partitioner} of {rdd}, the input with the most partitions that has a partitioner (largest input: {maxPartitions} partitions)',
    'zh-CN':
      'defaultPartitioner 复用了 {rdd} 的 {partitioner}：它是带分区器的输入中分区最多的（最大输入有 {maxPartitions} 个分区）',
  },
  'partitioner.defaultMax': {
    en: 'defaultPartitioner: no input partitioner can be reused, so HashPartitioner({numPartitions}), the largest input’s partition count',
    'zh-CN':
      'defaultPartitioner：没有可复用的输入分区器，所以使用 HashPartitioner({numPartitions})，即最大输入的分区数',
  },
  'partitioner.defaultParallelism': {
    en: 'defaultPartitioner: no input partitioner can be reused, so HashPartitioner({numPartitions}) from spark.default.parallelism',
    'zh-CN':
      'defaultPartitioner：没有可复用的输入分区器，所以按 spark.default.parallelism 使用 HashPartitioner({numPartitions})',
  },
  'partitioner.receiver': {
    en: 'subtract uses the receiver’s own partitioning: {partitioner}',
    'zh-CN': 'subtract 使用接收方自己的分区方式：{partitioner}',
  },
  'partitioner.subtractDetupled': {
    en: 'subtract: the receiver is already partitioned by {partitioner}, so Spark wraps it in a new partitioner of {numPartitions} partitions that reads the key out of each (x, null) pair; it equals no other partitioner, so both sides are shuffled',
    'zh-CN':
      'subtract：接收方已按 {partitioner} 分区，因此 Spark 用一个新的分区器（{numPartitions} 个分区）包装它，从每个 (x, null) 对中取出键；它不等于任何其他分区器，所以两边都要 shuffle',
  },
  'partitioner.range': {
    en: 'RangePartitioner from sampled keys: {numPartitions} partitions ({requested} requested)',
    'zh-CN': '根据抽样的键构建 RangePartitioner：{numPartitions} 个分区（请求 {requested} 个）',
  },
  'skip.shuffleOutputAvailable': {
    en: 'skipped: the map output of shuffle {shuffleId} is already there from an earlier job',
    'zh-CN': '已跳过：shuffle {shuffleId} 的 map 输出在之前的作业中已经生成',
  },
  'skip.noPartitions': {
    en: 'skipped: the stage has no partitions, so its map output counts as complete',
    'zh-CN': '已跳过：该阶段没有分区，所以它的 map 输出被视为已经完整',
  },
  'skip.cachedRdd': {
    en: 'skipped: every partition of {rdd} (RDD {rddId}) is cached, so Spark does not look further back',
    'zh-CN': '已跳过：{rdd}（RDD {rddId}）的所有分区都已缓存，所以 Spark 不再向前回溯',
  },
  'skip.behindSkipped': {
    en: 'skipped: only stage {stageId} needs it, and stage {stageId} was skipped',
    'zh-CN': '已跳过：只有阶段 {stageId} 需要它，而阶段 {stageId} 已被跳过',
  },
  'job.rangeSample': {
    en: '{op} samples the keys to build a RangePartitioner: a job of its own, run when {op} is called',
    'zh-CN': '{op} 为构建 RangePartitioner 抽样键：在调用 {op} 时立即运行的单独作业',
  },
  'job.rangeResample': {
    en: '{op} samples partitions {partitions} again because they hold far more rows than the others',
    'zh-CN': '{op} 重新抽样分区 {partitions}，因为它们的行数远多于其他分区',
  },
  'job.zipWithIndex': {
    en: 'zipWithIndex counts the rows of the first {tasks} partitions to number the rows',
    'zh-CN': 'zipWithIndex 统计前 {tasks} 个分区的行数，以便给每行编号',
  },
  'job.checkpoint': {
    en: 'writes the checkpoint of {rdd} (RDD {rddId}) after the first job that used it',
    'zh-CN': '在第一个用到 {rdd}（RDD {rddId}）的作业之后写出它的检查点',
  },
};
