/** One argument the pipeline format accepts, as the composer edits it. */
export interface OperatorArg {
  readonly name: string;
  /** `partitions`, `count`, `long`, `fraction`, `boolean`, `string`, `partitioner`, `json`, `jsonArray`. */
  readonly kind: string;
  readonly required: boolean;
  /** Spark's default in words, or null. */
  readonly sparkDefault: string | null;
}

/** What the composer, the detail panel and the reference show about one operation, in one language. */
export interface OperatorNote {
  readonly name: string;
  readonly kind: 'operation' | 'action' | 'persistence';
  /** How many parents an operation reads (sources 0, joins 2, union and cogroup more). */
  readonly parents: { readonly min: number; readonly max: number };
  readonly args: readonly OperatorArg[];
  /** `source`, `narrow`, `wide`, `conditional`, `action` or `persistence`. */
  readonly family: string;
  readonly canShuffle: boolean;
  /** Exactly when it shuffles, or null when it never does. */
  readonly shuffleWhen: string | null;
  readonly explanation: string;
  /** The Spark method modelled, `Class.method`. */
  readonly sparkMethod: string;
  /** The RDD classes Spark creates for it, in id order, with their roles. */
  readonly internalRdds: readonly string[];
  /** For `conditional` operations: when Spark keeps it narrow. */
  readonly condition?: string | null;
  /** A tiny pipeline file (JSON value) that shows the operation. */
  readonly example?: unknown;
}

export type LookupOperator = (name: string) => OperatorNote | undefined;
