/** Catalogue: joins, cogroup and set operations (spark-rules.md §2.6, R-4.3). */
import {
  NUM_OR_PARTITIONER,
  NUMBERS,
  OTHER_PAIRS,
  PAIRS,
  SHUFFLE_TARGET_ARGS,
  example,
  operation,
  rdd,
  t,
} from './build.ts';
import type { Bilingual, CatalogueEntry } from './types.ts';

const PER_PARENT = t(
  'each parent on its own: narrow if its partitioner equals the chosen one',
  '每个父 RDD 单独判断：其分区器与所选分区器相等时为窄依赖',
);
const SHUFFLE_PER_PARENT = t(
  'for each parent whose partitioner differs from the chosen partitioner (Partitioner.defaultPartitioner over all parents unless given)',
  '对分区器与所选分区器不同的每个父 RDD（未指定时由 Partitioner.defaultPartitioner 在所有父 RDD 中选择）',
);
const COGROUPED = rdd(
  'CoGroupedRDD',
  'cogroup of the parents',
  'per parent: OneToOne or Shuffle',
  'part.numPartitions',
  'part',
);
const MAP_VALUES = rdd(
  'MapPartitionsRDD',
  'mapValues: typed groups',
  'OneToOne',
  'part.numPartitions',
  'part',
);

function joinEntry(name: string, explanation: Bilingual): CatalogueEntry {
  return operation({
    name,
    family: 'conditional',
    condition: PER_PARENT,
    shuffleWhen: SHUFFLE_PER_PARENT,
    parents: { min: 2, max: 2 },
    args: SHUFFLE_TARGET_ARGS,
    exclusive: NUM_OR_PARTITIONER,
    rangePartitioner: true,
    rdds: [
      COGROUPED,
      MAP_VALUES,
      rdd('MapPartitionsRDD', 'flatMapValues: the joined pairs', 'OneToOne', 'part.numPartitions', 'part'),
    ],
    sparkMethod: `PairRDDFunctions.${name}`,
    rules: ['R-2.6', 'R-3.1', 'R-4.3'],
    explanation,
    example: example(`${name} example`, [
      PAIRS,
      OTHER_PAIRS,
      { id: 'joined', op: name, parents: ['pairs', 'other'] },
    ]),
  });
}

const JOIN_RULE_EN =
  'Spark builds it as a cogroup (CoGroupedRDD) plus two narrow steps. Each side decides on its own: a side already partitioned by the chosen partitioner is read in place, any other side is shuffled, so a join can be fully narrow, half narrow or fully shuffled.';
const JOIN_RULE_ZH =
  'Spark 用 cogroup（CoGroupedRDD）加两个窄操作实现它。两边各自决定：已按所选分区器分区的一边就地读取，另一边则要 shuffle，所以 join 可能完全是窄依赖、一半窄依赖或两边都 shuffle。';

export const JOINS: readonly CatalogueEntry[] = [
  joinEntry(
    'join',
    t(
      `Pairs the values of equal keys from two RDDs (inner join). ${JOIN_RULE_EN}`,
      `把两个 RDD 中相同键的值配对（内连接）。${JOIN_RULE_ZH}`,
    ),
  ),
  joinEntry(
    'leftOuterJoin',
    t(
      `Like join, but keeps every key of the left RDD, with None where the right has no match. ${JOIN_RULE_EN}`,
      `与 join 类似，但保留左侧 RDD 的所有键，右侧无匹配时为 None。${JOIN_RULE_ZH}`,
    ),
  ),
  joinEntry(
    'rightOuterJoin',
    t(
      `Like join, but keeps every key of the right RDD. ${JOIN_RULE_EN}`,
      `与 join 类似，但保留右侧 RDD 的所有键。${JOIN_RULE_ZH}`,
    ),
  ),
  joinEntry(
    'fullOuterJoin',
    t(
      `Like join, but keeps the keys of both RDDs. ${JOIN_RULE_EN}`,
      `与 join 类似，但保留两侧 RDD 的所有键。${JOIN_RULE_ZH}`,
    ),
  ),
  operation({
    name: 'cogroup',
    family: 'conditional',
    condition: PER_PARENT,
    shuffleWhen: SHUFFLE_PER_PARENT,
    parents: { min: 2, max: 4 },
    args: SHUFFLE_TARGET_ARGS,
    exclusive: NUM_OR_PARTITIONER,
    rangePartitioner: true,
    rdds: [COGROUPED, MAP_VALUES],
    sparkMethod: 'PairRDDFunctions.cogroup',
    rules: ['R-2.6', 'R-3.1', 'R-4.3'],
    explanation: t(
      'For each key, the list of its values in each of two to four RDDs. It is the building block of every join; each input is shuffled unless it already has the chosen partitioner.',
      '对每个键，分别给出它在两到四个 RDD 中的值列表。它是所有 join 的基础；每个输入都要 shuffle，除非它已有所选分区器。',
    ),
    example: example('cogroup example', [
      PAIRS,
      OTHER_PAIRS,
      { id: 'grouped', op: 'cogroup', parents: ['pairs', 'other'] },
    ]),
  }),
  operation({
    name: 'intersection',
    family: 'wide',
    shuffleWhen: t(
      'always: both sides are mapped first, which drops their partitioners',
      '总是：两边都先经过 map，分区器被丢弃',
    ),
    parents: { min: 2, max: 2 },
    args: SHUFFLE_TARGET_ARGS,
    exclusive: NUM_OR_PARTITIONER,
    rdds: [
      rdd('MapPartitionsRDD', 'this.map(v => (v, null))', 'OneToOne', 'P(this)', 'None'),
      rdd('MapPartitionsRDD', 'other.map(v => (v, null))', 'OneToOne', 'P(other)', 'None'),
      COGROUPED,
      MAP_VALUES,
      rdd('MapPartitionsRDD', 'filter: keys present on both sides', 'OneToOne', 'part.numPartitions', 'part'),
      rdd('MapPartitionsRDD', 'keys', 'OneToOne', 'part.numPartitions', 'None'),
    ],
    sparkMethod: 'RDD.intersection',
    rules: ['R-2.6', 'R-3.1'],
    explanation: t(
      'The elements present in both RDDs, without duplicates. Spark pairs every element with null on both sides and cogroups them, so both sides always shuffle.',
      '两个 RDD 中都存在的元素（去重）。Spark 把两边每个元素都与 null 配对后做 cogroup，所以两边总是 shuffle。',
    ),
    example: example('intersection example', [
      NUMBERS,
      { id: 'evens', op: 'filter', parents: ['nums'] },
      { id: 'common', op: 'intersection', parents: ['nums', 'evens'] },
    ]),
  }),
  operation({
    name: 'subtract',
    family: 'wide',
    shuffleWhen: t(
      'always: both sides are mapped first, which drops their partitioners',
      '总是：两边都先经过 map，分区器被丢弃',
    ),
    parents: { min: 2, max: 2 },
    args: [
      {
        name: 'numPartitions',
        kind: 'partitions',
        required: false,
        sparkDefault: 'this.partitioner, else HashPartitioner(P(this))',
      },
      {
        name: 'partitioner',
        kind: 'partitioner',
        required: false,
        sparkDefault: 'this.partitioner, else HashPartitioner(P(this))',
      },
    ],
    exclusive: NUM_OR_PARTITIONER,
    rdds: [
      rdd('MapPartitionsRDD', 'this.map(x => (x, null))', 'OneToOne', 'P(this)', 'None'),
      rdd('MapPartitionsRDD', 'other.map((_, null))', 'OneToOne', 'P(other)', 'None'),
      rdd('SubtractedRDD', 'subtractByKey', 'Shuffle (both)', 'p.numPartitions', 'p'),
      rdd('MapPartitionsRDD', 'keys', 'OneToOne', 'p.numPartitions', 'None'),
    ],
    sparkMethod: 'RDD.subtract',
    rules: ['R-2.6'],
    explanation: t(
      'The elements of this RDD that are not in the other. It does not use defaultPartitioner: the partition count is this RDD’s, and both sides shuffle.',
      '本 RDD 中不在另一个 RDD 里的元素。它不使用 defaultPartitioner：分区数取本 RDD 的分区数，两边都会 shuffle。',
    ),
    example: example('subtract example', [
      NUMBERS,
      { id: 'evens', op: 'filter', parents: ['nums'] },
      { id: 'odds', op: 'subtract', parents: ['nums', 'evens'] },
    ]),
  }),
  operation({
    name: 'subtractByKey',
    family: 'conditional',
    condition: PER_PARENT,
    shuffleWhen: t(
      'for each side whose partitioner differs from this RDD’s partitioner (or HashPartitioner(P(this)) when it has none)',
      '对分区器与本 RDD 的分区器（没有时为 HashPartitioner(P(this))）不同的每一侧',
    ),
    parents: { min: 2, max: 2 },
    args: [
      {
        name: 'numPartitions',
        kind: 'partitions',
        required: false,
        sparkDefault: 'self.partitioner, else HashPartitioner(P(self))',
      },
      {
        name: 'partitioner',
        kind: 'partitioner',
        required: false,
        sparkDefault: 'self.partitioner, else HashPartitioner(P(self))',
      },
    ],
    exclusive: NUM_OR_PARTITIONER,
    rangePartitioner: true,
    rdds: [
      rdd(
        'SubtractedRDD',
        'keys of self not in other',
        'per parent: OneToOne or Shuffle',
        'p.numPartitions',
        'p',
      ),
    ],
    sparkMethod: 'PairRDDFunctions.subtractByKey',
    rules: ['R-2.6', 'R-4.3'],
    explanation: t(
      'The pairs whose key does not appear in the other RDD. The partitioner is this RDD’s own (or a HashPartitioner with its partition count), so a side that already has it is read without a shuffle.',
      '键没有出现在另一个 RDD 中的键值对。分区器取本 RDD 自己的（没有时用与其分区数相同的 HashPartitioner），所以已有该分区器的一侧无需 shuffle。',
    ),
    example: example('subtractByKey example', [
      PAIRS,
      OTHER_PAIRS,
      { id: 'rest', op: 'subtractByKey', parents: ['pairs', 'other'] },
    ]),
  }),
];
