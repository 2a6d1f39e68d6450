/**
 * The code parser's diagnostics as data: a message key and its parameters, made into text only
 * when shown, in English (./en.ts) or Simplified Chinese (./zh-cn.ts). `MessageTemplates` has one
 * template per key, so a language that lacks one is a type error. Parameters hold source text and
 * code names as written; the templates decide the wording around them.
 */
import { keyed, type Keyed, type Templates } from '../../messages/keyed.ts';

export type { MessageLang } from '../../messages/keyed.ts';

/** What stood where a name or an expression was expected. */
export type Found = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'eof' | 'newline' };

/** What a call argument should have been (`persist: level must be …`). */
export type Expected =
  | 'rddCollection'
  | 'literalCollection'
  | 'wholeNumber'
  | 'wholeNumberOrVal'
  | 'trueOrFalse'
  | 'number'
  | 'string'
  | 'literal'
  | 'somethingElse';

/** `guess`: the closest known name, for "did you mean". */
interface Guess {
  readonly guess?: string | undefined;
}

export interface MessageParams {
  // tokenizer
  unterminatedString: object;
  unterminatedComment: object;
  unterminatedBackquote: object;
  unexpectedChar: { readonly char: string };
  // statement parser and bracket scan
  expectedEquals: { readonly name: string };
  patternDefinition: { readonly keyword: string };
  expectedNameAfterKeyword: { readonly keyword: string; readonly found: Found };
  expectedExpression: object;
  unexpected: { readonly found: Found };
  expectedNameAfterDot: { readonly found: Found };
  nestedTooDeep: { readonly max: number };
  mismatchedBracket: { readonly expected: string; readonly found: string };
  neverClosed: { readonly opener: string };
  // evaluator
  blockNotModelled: { readonly what: string };
  loopTooLong: { readonly max: number };
  unexpectedCloser: { readonly text: string };
  internal: { readonly detail: string };
  failedName: { readonly name: string; readonly line: number };
  partitionerCount: { readonly className: string; readonly got: string | null };
  operatorNotOnRdd: { readonly op: string };
  unknownStorageLevel: { readonly name: string } & Guess;
  unknownRdd: { readonly name: string } & Guess;
  defaultParallelism: object;
  mainThreadOnly: { readonly callee: string };
  // SparkContext methods
  setLocalProperty: object;
  contextNotSupported: { readonly name: string };
  unknownContextMethod: { readonly name: string } & Guess;
  // directives
  directiveNotObject: object;
  directiveKeyNotHere: { readonly key: string };
  directiveKeyAtEnd: { readonly key: string };
  directiveBadValue: { readonly key: string; readonly json: string };
  // RDD methods
  persistNeedsLevel: object;
  unpersistNotModelled: object;
  notInPipelineFormat: { readonly name: string; readonly noPySparkMethod: boolean };
  unknownOperation: { readonly name: string } & Guess;
  pysparkZipPartitions: object;
  storageLevelChange: { readonly from: string; readonly to: string };
  persistAfterAction: object;
  // argument binding
  callMismatch: { readonly op: string; readonly reason: Message | null; readonly accepted: string };
  tooManyArgLists: object;
  unknownArgName: { readonly name: string } & Guess;
  tooManyArgs: object;
  missingArg: { readonly key: string };
  argMustBeRdd: { readonly arg: string };
  argMustBeFunction: { readonly arg: string };
  argMustBePartitioner: { readonly arg: string; readonly partitionerOnly: boolean };
  argMustNotBeRdd: { readonly arg: string };
  badArgValue: {
    readonly op: string;
    readonly key: string;
    readonly expected: Expected;
    readonly got: string;
  };
  partitionFuncIgnored: { readonly op: string };
  notStringLiteral: { readonly op: string; readonly key: string; readonly source: string };
  notLiteralKeptAsText: { readonly op: string; readonly key: string; readonly source: string };
}

export type MessageKey = keyof MessageParams;

export type Message = Keyed<MessageParams>;

/** One template per key; `sub` writes a nested message (a call's reason) in the same language. */
export type MessageTemplates = Templates<MessageParams>;

export const message = keyed<MessageParams>();
