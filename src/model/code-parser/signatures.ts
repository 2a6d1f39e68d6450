/**
 * How each Spark call's arguments map onto the pipeline format, for Scala (the RDD API,
 * `org.apache.spark.rdd.RDD`, `PairRDDFunctions`, `OrderedRDDFunctions`, `SparkContext`) and
 * PySpark (`pyspark.RDD`, `pyspark.SparkContext`). Each signature is a list of argument lists;
 * each slot is named after the pipeline `args` key it fills, or:
 *   fn        a function; its text goes to `code`       other   an RDD argument (a parent)
 *   others*   any further RDD arguments                  rdds    a collection of RDDs (`sc.union`)
 *   data      the collection of `parallelize`            _name   accepted and not modelled
 *   hashPartitions  PySpark's partition count that builds a hash partitioner (`partitionBy(4)`)
 * A trailing `?` marks an optional slot; `a|b` lists the keyword names a slot answers to.
 * Three Python entries go beyond PySpark, so that any pipeline can be written as Python and read
 * back: `zipPartitions(b, c, f)` (PySpark has none; parsing warns), `intersection(b, n)` and
 * `cogroup(b, c, n)`.
 * PySpark's own RDDs differ internally (its shuffles run through a PythonRDD and
 * `partitionBy`); the pipeline follows the Scala API, so PySpark calls map onto the Scala
 * operation of the same name and the planner shows what the Scala API does.
 */
import type { ActionName, OperationName } from '../pipeline/types.ts';
import type { CodeLanguage } from './types.ts';

export interface Slot {
  readonly key: string;
  readonly names: readonly string[];
  readonly optional: boolean;
  readonly rest: boolean;
}
export type Signature = readonly (readonly Slot[])[];

type Table = Readonly<
  Record<string, { readonly scala?: readonly string[]; readonly python?: readonly string[] }>
>;

const FN_NAMES =
  'fn|f|func|op|seqOp|combOp|seqFunc|combFunc|createCombiner|mergeValue|mergeCombiners|keyfunc|key';
const PARTS = 'numPartitions?';

/** Sources: methods of `sc`. */
export const SOURCE_SIGNATURES: Table = {
  textFile: { scala: ['(path, minPartitions?)'], python: ['(path|name, minPartitions?, _use_unicode?)'] },
  parallelize: { scala: ['(data, numSlices?)'], python: ['(data|c, numSlices?)'] },
  makeRDD: { scala: ['(data, numSlices?)'] },
  range: { scala: ['(start, end, step?, numSlices?)'], python: ['(start, end?, step?, numSlices?)'] },
  emptyRDD: { scala: ['()'], python: ['()'] },
  union: { scala: ['(rdds)', '(other, others*)'], python: ['(rdds)'] },
};

/** Transformations: methods of an RDD. */
export const OPERATION_SIGNATURES: Table = {
  map: { scala: ['(fn)'], python: ['(fn, _preservesPartitioning?)'] },
  flatMap: { scala: ['(fn)'], python: ['(fn, _preservesPartitioning?)'] },
  filter: { scala: ['(fn)'], python: ['(fn)'] },
  mapPartitions: { scala: ['(fn, preservesPartitioning?)'], python: ['(fn, preservesPartitioning?)'] },
  mapPartitionsWithIndex: {
    scala: ['(fn, preservesPartitioning?)'],
    python: ['(fn, preservesPartitioning?)'],
  },
  glom: { scala: ['()'], python: ['()'] },
  keyBy: { scala: ['(fn)'], python: ['(fn)'] },
  keys: { scala: ['()'], python: ['()'] },
  values: { scala: ['()'], python: ['()'] },
  mapValues: { scala: ['(fn)'], python: ['(fn)'] },
  flatMapValues: { scala: ['(fn)'], python: ['(fn)'] },
  sample: { scala: ['(withReplacement, fraction, seed?)'], python: ['(withReplacement, fraction, seed?)'] },
  pipe: { scala: ['(command)'], python: ['(command, _env?, _checkCode?)'] },
  zipWithIndex: { scala: ['()'], python: ['()'] },
  zipWithUniqueId: { scala: ['()'], python: ['()'] },
  union: { scala: ['(other)'], python: ['(other)'] },
  cartesian: { scala: ['(other)'], python: ['(other)'] },
  zip: { scala: ['(other)'], python: ['(other)'] },
  zipPartitions: {
    scala: [
      '(other, others*)(fn)',
      '(other, preservesPartitioning)(fn)',
      '(other, others*, preservesPartitioning)(fn)',
    ],
    python: ['(other, others*, fn, preservesPartitioning?)'],
  },
  coalesce: {
    scala: ['(numPartitions, shuffle?, _partitionCoalescer?)'],
    python: ['(numPartitions, shuffle?)'],
  },
  repartition: { scala: ['(numPartitions)'], python: ['(numPartitions)'] },
  partitionBy: { scala: ['(partitioner)'], python: ['(hashPartitions|numPartitions, _partitionFunc?)'] },
  repartitionAndSortWithinPartitions: {
    scala: ['(partitioner)'],
    python: ['(hashPartitions|numPartitions?, _partitionFunc?, _ascending?, _keyfunc?)'],
  },
  groupBy: { scala: ['(fn)', '(fn, numPartitions)'], python: [`(fn, ${PARTS}, _partitionFunc?)`] },
  groupByKey: { scala: ['()', '(numPartitions)'], python: [`(${PARTS}, _partitionFunc?)`] },
  reduceByKey: {
    scala: ['(fn)', '(fn, numPartitions)', '(numPartitions, fn)'],
    python: [`(fn, ${PARTS}, _partitionFunc?)`],
  },
  aggregateByKey: {
    scala: ['(zeroValue, numPartitions?)(fn, fn)'],
    python: [`(zeroValue, fn, fn, ${PARTS}, _partitionFunc?)`],
  },
  foldByKey: {
    scala: ['(zeroValue, numPartitions?)(fn)'],
    python: [`(zeroValue, fn, ${PARTS}, _partitionFunc?)`],
  },
  combineByKey: {
    scala: [
      '(fn, fn, fn)',
      '(fn, fn, fn, numPartitions)',
      '(fn, fn, fn, numPartitions, _mapSideCombine?, _serializer?)',
    ],
    python: [`(fn, fn, fn, ${PARTS}, _partitionFunc?)`],
  },
  distinct: { scala: ['()', '(numPartitions)'], python: ['(numPartitions?)'] },
  sortByKey: { scala: ['(ascending?, numPartitions?)'], python: ['(ascending?, numPartitions?, _keyfunc?)'] },
  sortBy: { scala: ['(fn, ascending?, numPartitions?)'], python: ['(fn, ascending?, numPartitions?)'] },
  join: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  leftOuterJoin: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  rightOuterJoin: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  fullOuterJoin: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  cogroup: {
    scala: ['(other, others*)', '(other, others*, numPartitions)'],
    python: ['(other, others*, numPartitions?)'],
  },
  groupWith: { python: ['(other, others*)'] },
  intersection: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  subtract: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
  subtractByKey: { scala: ['(other, numPartitions?)'], python: ['(other, numPartitions?)'] },
};

/** Actions: methods of an RDD that run a job. */
export const ACTION_SIGNATURES: Table = {
  collect: { scala: ['()'], python: ['()'] },
  count: { scala: ['()'], python: ['()'] },
  first: { scala: ['()'], python: ['()'] },
  take: { scala: ['(num)'], python: ['(num)'] },
  reduce: { scala: ['(fn)'], python: ['(fn)'] },
  fold: { scala: ['(zeroValue)(fn)'], python: ['(zeroValue, fn)'] },
  aggregate: { scala: ['(zeroValue)(fn, fn)'], python: ['(zeroValue, fn, fn)'] },
  foreach: { scala: ['(fn)'], python: ['(fn)'] },
  foreachPartition: { scala: ['(fn)'], python: ['(fn)'] },
  saveAsTextFile: { scala: ['(path, _codec?)'], python: ['(path, _compressionCodecClass?)'] },
  countByKey: { scala: ['()'], python: ['()'] },
  countByValue: { scala: ['()', '(_numPartitions)'], python: ['()'] },
  lookup: { scala: ['(key)'], python: ['(key)'] },
  top: { scala: ['(num)', '(num)(fn)'], python: ['(num, fn?)'] },
  takeOrdered: { scala: ['(num)', '(num)(fn)'], python: ['(num, fn?)'] },
  isEmpty: { scala: ['()'], python: ['()'] },
  max: { scala: ['()', '()(fn)'], python: ['(fn?)'] },
  min: { scala: ['()', '()(fn)'], python: ['(fn?)'] },
};

/** PySpark spellings of operations whose pipeline name differs (`groupWith` is `cogroup`). */
export const OPERATION_ALIASES: Readonly<Record<string, OperationName>> = {
  groupWith: 'cogroup',
  makeRDD: 'parallelize',
};

/** Methods that return the same RDD and change nothing the planner models. */
export const PASS_THROUGH = new Set(['setName', 'persist', 'cache']);

/** Methods that give a value without running a job (`rdd.getNumPartitions`). */
export const NO_JOB = new Set([
  'getNumPartitions',
  'partitions',
  'toDebugString',
  'id',
  'name',
  'getStorageLevel',
  'dependencies',
  'partitioner',
  'context',
  'sparkContext',
  'getCheckpointFile',
  'isCheckpointed',
  'preferredLocations',
]);

/** Spark methods that exist but are outside the catalogue: named so the message says "not supported" rather than "unknown". */
export const UNSUPPORTED = new Set([
  'randomSplit',
  'takeSample',
  'sum',
  'mean',
  'stats',
  'variance',
  'stdev',
  'histogram',
  'collectAsMap',
  'reduceByKeyLocally',
  'countApprox',
  'countApproxDistinct',
  'treeReduce',
  'treeAggregate',
  'toLocalIterator',
  'saveAsObjectFile',
  'saveAsSequenceFile',
  'saveAsHadoopFile',
  'saveAsNewAPIHadoopFile',
  'saveAsPickleFile',
  'localCheckpoint',
  'unpersist',
  'sampleByKey',
  'sampleByKeyExact',
  'mapPartitionsWithSplit',
  'barrier',
  'wholeTextFiles',
  'binaryFiles',
  'sequenceFile',
  'objectFile',
  'hadoopFile',
  'newAPIHadoopFile',
  'pickleFile',
  'groupByKeyLocally',
  'collectPartitions',
  'aggregateByKeyLocally',
  'foreachAsync',
  'collectAsync',
  'countAsync',
]);

const cache = new Map<string, Signature>();

/** Parses `(a, b?)(fn)` into slots (memoised). */
export function signature(text: string): Signature {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const lists = [...text.matchAll(/\(([^)]*)\)/g)].map((m) =>
    (m[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s): Slot => {
        const optional = s.endsWith('?');
        const rest = s.endsWith('*');
        const bare = s.replace(/[?*]$/, '');
        const names = bare.split('|');
        const key = names[0] ?? bare;
        return { key, names: key === 'fn' ? FN_NAMES.split('|') : names, optional: optional || rest, rest };
      }),
  );
  cache.set(text, lists);
  return lists;
}

export function signaturesOf(table: Table, name: string, language: CodeLanguage): Signature[] | undefined {
  const entry = table[name];
  const texts = entry === undefined ? undefined : language === 'scala' ? entry.scala : entry.python;
  return texts?.map(signature);
}

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTION_SIGNATURES, name);
}
