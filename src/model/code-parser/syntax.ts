/**
 * The syntax tree of one statement. Member chains are flat (`a.map(f).filter(g)` is one `chain`
 * with two links), so a 10,000-call chain is an array, not 10,000 nested nodes. Offsets are
 * source offsets; `end` is exclusive.
 */
import type { JsonValue } from '../pipeline/types.ts';
import { formatMessage } from './messages/format.ts';
import type { Message } from './messages/params.ts';

export interface Located {
  readonly start: number;
  readonly end: number;
}

export interface Arg extends Located {
  /** `numPartitions = 4` / `numPartitions=4`. */
  readonly name: string | null;
  readonly nameStart: number;
  readonly value: Expr;
}

export interface ArgList extends Located {
  readonly args: readonly Arg[];
}

/** `.name[T](args)(args)`, or a direct application `(args)` when `name` is null. */
export interface Link extends Located {
  readonly name: string | null;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly argLists: readonly ArgList[];
}

export type Expr =
  | (Located & { readonly kind: 'literal'; readonly value: JsonValue })
  | (Located & { readonly kind: 'name'; readonly name: string })
  | (Located & { readonly kind: 'chain'; readonly head: Expr; readonly links: readonly Link[] })
  | (Located & { readonly kind: 'new'; readonly className: string; readonly argLists: readonly ArgList[] })
  /** A Python list `[a, b]`, or a tuple `(a, b)` in either language. */
  | (Located & { readonly kind: 'sequence'; readonly elements: readonly Expr[] })
  | (Located & { readonly kind: 'infix'; readonly op: string; readonly left: Expr; readonly right: Expr })
  /** Anything the parser keeps only as text: lambdas, blocks, arithmetic on unknowns. */
  | (Located & { readonly kind: 'opaque'; readonly error?: CodeError });

export type StatementSyntax =
  | (Located & {
      readonly kind: 'bind';
      readonly name: string;
      readonly nameStart: number;
      readonly nameEnd: number;
      /** `val`/`var` (Scala), or null for an assignment (`x = ...`, Python's only form). */
      readonly keyword: string | null;
      readonly value: Expr;
    })
  | (Located & { readonly kind: 'expr'; readonly value: Expr });

/**
 * A problem at a place in the source; thrown inside a statement, reported by the evaluator.
 * `detail` is the message as data (written in the reader's language when reported); `message`
 * is its English text.
 */
export class CodeError extends Error {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly detail: Message,
    readonly severity: 'error' | 'warning' = 'error',
  ) {
    super(formatMessage(detail));
  }
}
