/**
 * The pipeline file format, version 1 (shared/spec/pipeline.md): a Spark program built from RDD
 * operations. Values of these types have passed `parsePipeline`, so every reference resolves,
 * parents come before children and every argument has the right type. Missing arguments are
 * still missing here: Spark's defaults are applied by the planner, which knows the context.
 */

/** A partitioner as a pipeline file writes it: `new HashPartitioner(4)` is `{ type: 'hash', numPartitions: 4 }`. */
export interface PartitionerSpec {
  readonly type: 'hash' | 'range';
  readonly numPartitions: number;
}

/** Spark's `StorageLevel` names (`StorageLevel.fromString`). */
export const STORAGE_LEVELS = [
  'NONE',
  'DISK_ONLY',
  'DISK_ONLY_2',
  'DISK_ONLY_3',
  'MEMORY_ONLY',
  'MEMORY_ONLY_2',
  'MEMORY_ONLY_SER',
  'MEMORY_ONLY_SER_2',
  'MEMORY_AND_DISK',
  'MEMORY_AND_DISK_2',
  'MEMORY_AND_DISK_SER',
  'MEMORY_AND_DISK_SER_2',
  'OFF_HEAP',
] as const;
export type StorageLevelName = (typeof STORAGE_LEVELS)[number];

/** Transformations and sources, by their Scala API names. */
export const OPERATIONS = [
  // sources
  'parallelize',
  'range',
  'textFile',
  'emptyRDD',
  // narrow
  'map',
  'flatMap',
  'filter',
  'mapPartitions',
  'mapPartitionsWithIndex',
  'glom',
  'keyBy',
  'keys',
  'values',
  'mapValues',
  'flatMapValues',
  'sample',
  'pipe',
  'zipWithIndex',
  'zipWithUniqueId',
  'union',
  'cartesian',
  'zip',
  'zipPartitions',
  'coalesce',
  // wide, or wide unless the partitioner already matches
  'repartition',
  'partitionBy',
  'repartitionAndSortWithinPartitions',
  'groupBy',
  'groupByKey',
  'reduceByKey',
  'aggregateByKey',
  'foldByKey',
  'combineByKey',
  'distinct',
  'sortByKey',
  'sortBy',
  'join',
  'leftOuterJoin',
  'rightOuterJoin',
  'fullOuterJoin',
  'cogroup',
  'intersection',
  'subtract',
  'subtractByKey',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** Actions, by their Scala API names. */
export const ACTIONS = [
  'collect',
  'count',
  'first',
  'take',
  'reduce',
  'fold',
  'aggregate',
  'foreach',
  'foreachPartition',
  'saveAsTextFile',
  'countByKey',
  'countByValue',
  'lookup',
  'top',
  'takeOrdered',
  'isEmpty',
  'max',
  'min',
] as const;
export type ActionName = (typeof ACTIONS)[number];

/** A JSON value as it stands in a file (`data`, `zeroValue`, `key`). */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue };

/**
 * Arguments under Spark's own parameter names. Which keys an operation accepts is checked by
 * `parsePipeline` against the operator catalogue; each key keeps the type named here.
 */
export interface RddArgs {
  readonly numSlices?: number;
  readonly length?: number;
  readonly data?: readonly JsonValue[];
  readonly start?: number;
  readonly end?: number;
  readonly step?: number;
  readonly path?: string;
  readonly minPartitions?: number;
  readonly preservesPartitioning?: boolean;
  readonly withReplacement?: boolean;
  readonly fraction?: number;
  readonly seed?: number;
  readonly command?: string;
  readonly numPartitions?: number;
  readonly shuffle?: boolean;
  readonly partitioner?: PartitionerSpec;
  readonly zeroValue?: JsonValue;
  readonly ascending?: boolean;
}

export interface ActionArgs {
  readonly num?: number;
  readonly key?: JsonValue;
  readonly path?: string;
  readonly zeroValue?: JsonValue;
}

/**
 * Facts about data that the program does not show (shared/spec/pipeline.md, `hints`). The
 * simulation reads them for durations and shuffle sizes; the planner only where the plan depends
 * on data (rows for `take`, distinct keys for `sortByKey`).
 */
export interface RddHints {
  /** Records in each partition (one number for all, or one per partition). */
  readonly records?: number | readonly number[];
  /** Bytes in each partition (one number for all, or one per partition). */
  readonly bytes?: number | readonly number[];
  /** Indexes of partitions that hold no rows. */
  readonly emptyPartitions?: readonly number[];
  /** How much larger the largest partition is than the average (1 = no skew). */
  readonly skew?: number;
  /** How many distinct keys the RDD holds. */
  readonly distinctKeys?: number;
}

export interface RddSpec {
  readonly id: string;
  readonly op: OperationName;
  readonly parents: readonly string[];
  readonly args: RddArgs;
  readonly code?: string;
  readonly hints?: RddHints;
}

export interface ActionSpec {
  readonly op: ActionName;
  readonly rdd: string;
  readonly args: ActionArgs;
  /** The driver thread that calls the action; actions of one thread run one after another. */
  readonly thread?: string;
  /** The FAIR scheduler pool (`spark.scheduler.pool`) of the thread when it calls the action. */
  readonly pool?: string;
  readonly code?: string;
}

export interface PersistSpec {
  readonly rdd: string;
  readonly level: StorageLevelName;
}

export interface CheckpointSpec {
  readonly rdd: string;
}

export interface PipelineConfig {
  /** `sc.defaultParallelism`; 8 when the file does not say. */
  readonly defaultParallelism: number;
  /** The `spark.default.parallelism` setting, when the program sets it. */
  readonly 'spark.default.parallelism'?: number;
}

export interface Pipeline {
  readonly version: 1;
  readonly name?: string;
  readonly config: PipelineConfig;
  readonly rdds: readonly RddSpec[];
  readonly persist: readonly PersistSpec[];
  readonly checkpoint: readonly CheckpointSpec[];
  readonly actions: readonly ActionSpec[];
}

/** One problem found in untrusted input: where it is (a JSON path such as `rdds[3].parents[0]`) and what is wrong. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };
