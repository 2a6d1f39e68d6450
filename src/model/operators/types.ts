/**
 * The operator catalogue's shape: one entry per pipeline operation, action and persistence call,
 * with what Spark does for it (the internal RDD classes in id order, their dependencies,
 * partitions and partitioners), the arguments the pipeline format accepts with Spark's defaults,
 * and an explanation for learners in English and Simplified Chinese. The parser reads its
 * argument and parent rules from here, the reference page shows the rest.
 */

/** Text shown to learners, in every language the app speaks. */
export interface Bilingual {
  readonly en: string;
  readonly 'zh-CN': string;
}

export type OperatorFamily = 'source' | 'narrow' | 'wide' | 'conditional' | 'action' | 'persistence';

/**
 * How an argument's value is checked. `partitions`: a whole number from 1 to 1,000,000;
 * `count`: a whole number from 0 to 1,000,000,000; `long`: any safe whole number; `fraction`: a
 * number from 0; `json`: any JSON value; `jsonArray`: a JSON array.
 */
export type ArgKind =
  'partitions' | 'count' | 'long' | 'fraction' | 'boolean' | 'string' | 'partitioner' | 'json' | 'jsonArray';

export interface ArgInfo {
  /** Spark's own (Scala API) parameter name. */
  readonly name: string;
  readonly kind: ArgKind;
  readonly required: boolean;
  /** Spark's default when the argument is left out, in words (`"defaultParallelism"`), or null. */
  readonly sparkDefault: string | null;
}

/** One RDD that Spark constructs for the operation, in RDD id order. */
export interface InternalRddInfo {
  /** Spark's class name (`MapPartitionsRDD`, `ShuffledRDD`, …). */
  readonly className: string;
  /** What it does inside the operation, in Spark's terms. */
  readonly role: string;
  /** Its dependency on its parent(s): `none`, `OneToOne`, `Range`, `Narrow`, `Shuffle`, or a choice. */
  readonly dependency: string;
  readonly partitions: string;
  readonly partitioner: string;
  /** When Spark creates this RDD only in some cases. */
  readonly when?: Bilingual;
}

export interface CatalogueEntry {
  readonly name: string;
  readonly kind: 'operation' | 'action' | 'persistence';
  readonly family: OperatorFamily;
  /** For `conditional`: when Spark makes it narrow instead of a shuffle. */
  readonly condition: Bilingual | null;
  readonly canShuffle: boolean;
  /** Exactly when the operation shuffles (null when it never does). */
  readonly shuffleWhen: Bilingual | null;
  /** How many parents the operation reads (sources: 0; actions and persistence: the one RDD they name). */
  readonly parents: { readonly min: number; readonly max: number };
  readonly args: readonly ArgInfo[];
  /** Pairs of arguments that may not be given together (`numPartitions` or `partitioner`). */
  readonly exclusive: readonly (readonly [string, string])[];
  /** Whether a `{ "type": "range" }` partitioner is accepted (key-value operations only). */
  readonly rangePartitioner: boolean;
  readonly rdds: readonly InternalRddInfo[];
  /** Jobs the operation runs on its own when it is defined (or an action's job pattern), or null. */
  readonly runsJobs: Bilingual | null;
  /** The Spark method modelled, `Class.method`. */
  readonly sparkMethod: string;
  /** Rule ids in shared/spark-rules.md. */
  readonly rules: readonly string[];
  readonly explanation: Bilingual;
  /** A tiny pipeline file (as JSON) that shows the operation; the reference page opens it. */
  readonly example: ExamplePipeline;
}

/** A pipeline file as plain JSON, before `parsePipeline` (the catalogue's examples). */
export interface ExamplePipeline {
  readonly version: 1;
  readonly name: string;
  readonly config?: { readonly defaultParallelism?: number };
  readonly rdds: readonly {
    readonly id: string;
    readonly op: string;
    readonly parents?: readonly string[];
    readonly args?: Readonly<Record<string, unknown>>;
    readonly code?: string;
  }[];
  readonly persist?: readonly { readonly rdd: string; readonly level: string }[];
  readonly checkpoint?: readonly { readonly rdd: string }[];
  readonly actions: readonly {
    readonly op: string;
    readonly rdd: string;
    readonly args?: Readonly<Record<string, unknown>>;
  }[];
}
