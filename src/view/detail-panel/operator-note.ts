/** What the detail panel and the reference show about one operation, already in one language. */
export interface OperatorNote {
  readonly name: string;
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
}

export type LookupOperator = (name: string) => OperatorNote | undefined;
