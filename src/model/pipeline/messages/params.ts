/**
 * The problems of a pipeline file as data: a message key and its parameters, made into text in
 * English (./en.ts) or Simplified Chinese (./zh-cn.ts) by `formatProblem` (./format.ts), like the
 * code parser's diagnostics (../../code-parser/messages/). `ProblemTemplates` has one template per
 * key, so a language that lacks one is a type error. Parameters hold the bad value as it was found
 * (`got`, shown JSON-quoted and cut short by the templates) and names as written in the file.
 */
import type { LimitName, LimitVerb } from '../../limits.ts';

import { keyed, type Keyed, type Templates } from '../../messages/keyed.ts';

export type { MessageLang } from '../../messages/keyed.ts';

/** A JSON type zod expected; `other` is any type name zod may add, shown as it names it. */
export type ExpectedType = 'object' | 'array' | 'string' | 'number' | 'boolean';

export interface ProblemParams {
  // JSON text
  invalidJson: { readonly line?: number; readonly column?: number; readonly detail: string };
  // shape (zod)
  unknownKey: object;
  required: object;
  mustBeType: { readonly expected: string; readonly got: unknown };
  mustBeOneOf: { readonly values: readonly unknown[]; readonly got: unknown };
  mustBeCountOrCounts: { readonly got: unknown };
  atLeast: { readonly minimum: string; readonly origin: string; readonly got: unknown };
  /** A zod issue no template covers, in zod's own (English) words. */
  other: { readonly text: string };
  // argument values
  wholeNumberFromTo: { readonly min: number; readonly max: number; readonly got: unknown };
  wholeNumber: { readonly got: unknown };
  numberFromZero: { readonly got: unknown };
  trueOrFalse: { readonly got: unknown };
  string: { readonly got: unknown };
  jsonArray: { readonly got: unknown };
  partitionerShape: { readonly got: unknown };
  partitionerType: { readonly got: unknown };
  partitionerUnknownKey: { readonly key: string };
  /** A problem of a partitioner's `numPartitions`. */
  numPartitions: { readonly problem: ProblemMessage };
  overLimit: {
    readonly name: LimitName;
    readonly verb: LimitVerb;
    readonly value: number;
    readonly limit: number;
    /** The operation that makes the value, written before it (`cartesian makes …`). */
    readonly op?: string;
  };
  // arguments of an operation or action
  notAnArgument: { readonly op: string; readonly takes: readonly string[] };
  onlyHashPartitioner: { readonly op: string; readonly got: unknown };
  needsArgument: { readonly op: string; readonly arg: string };
  notBoth: { readonly a: string; readonly b: string };
  parallelizeNeedsData: object;
  stepZero: object;
  fractionWithoutReplacement: { readonly got: unknown };
  // cross-field rules
  badId: { readonly got: unknown };
  duplicateId: { readonly id: string; readonly first: number };
  unknownOperation: { readonly got: unknown };
  parentCount: { readonly op: string; readonly min: number; readonly max: number; readonly got: number };
  unknownRdd: { readonly got: unknown };
  parentAfterChild: { readonly parent: string; readonly at: number };
  storageLevelChange: {
    readonly rdd: string;
    readonly level: string;
    readonly at: number;
    readonly got: unknown;
  };
  unknownAction: { readonly got: unknown };
  parallelismMismatch: { readonly setting: number; readonly given: number };
}

export type ProblemKey = keyof ProblemParams;

export type ProblemMessage = Keyed<ProblemParams>;

/** One template per key; `sub` writes a nested problem in the same language. */
export type ProblemTemplates = Templates<ProblemParams>;

export const problem = keyed<ProblemParams>();
