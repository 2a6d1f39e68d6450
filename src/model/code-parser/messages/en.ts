/** English diagnostics of the code parser (see ./params.ts); the wording the tests and corpus pin. */
import type { Expected, Found, MessageTemplates } from './params.ts';

const found = (f: Found): string =>
  f.kind === 'text' ? `"${f.text}"` : f.kind === 'eof' ? 'the end of the input' : 'the end of the line';
const guess = (g: string | undefined): string => (g === undefined ? '' : ` — did you mean "${g}"?`);

const EXPECTED: Readonly<Record<Expected, string>> = {
  rddCollection: 'a collection of RDDs',
  literalCollection: 'a literal collection (Seq(...), [...]) or a range (1 to 100, range(100))',
  wholeNumber: 'a whole number',
  wholeNumberOrVal: 'a whole number (a literal or a val bound to one)',
  trueOrFalse: 'true or false',
  number: 'a number',
  string: 'a string',
  literal: 'a literal',
  somethingElse: 'something else',
};

export const EN_MESSAGES: MessageTemplates = {
  unterminatedString: () => 'unterminated string literal',
  unterminatedComment: () => 'unterminated comment',
  unterminatedBackquote: () => 'unterminated back-quoted name',
  unexpectedChar: (p) => `unexpected character ${JSON.stringify(p.char)}`,
  expectedEquals: (p) => `expected "=" after ${p.name}`,
  patternDefinition: ({ keyword: k }) =>
    `pattern definitions (${k} (a, b) = ..., ${k} Array(a, b) = ...) are not supported: bind one name per ${k}`,
  expectedNameAfterKeyword: (p) => `expected a name after ${p.keyword}, got ${found(p.found)}`,
  expectedExpression: () => 'expected an expression',
  unexpected: (p) => `unexpected ${found(p.found)}`,
  expectedNameAfterDot: (p) => `expected a name after ".", got ${found(p.found)}`,
  nestedTooDeep: (p) => `brackets nested deeper than ${p.max} levels are not supported`,
  mismatchedBracket: (p) => `expected "${p.expected}" but found "${p.found}"`,
  neverClosed: (p) => `"${p.opener}" is never closed`,
  blockNotModelled: (p) => `"${p.what}" blocks are not modelled; skipped`,
  loopTooLong: (p) => `a loop of more than ${p.max} iterations is not unrolled`,
  unexpectedCloser: (p) => `unexpected "${p.text}" (no bracket to close)`,
  internal: (p) => `could not read this statement (${p.detail})`,
  failedName: (p) => `"${p.name}" is not defined: its statement at line ${p.line} has an error`,
  partitionerCount: (p) =>
    `${p.className} needs a whole number of partitions, got ${p.got === null ? 'none' : `"${p.got}"`}`,
  operatorNotOnRdd: (p) => `operator "${p.op}" does not apply to an RDD`,
  unknownStorageLevel: (p) => `unknown storage level "${p.name}"${guess(p.guess)}`,
  unknownRdd: (p) => `unknown RDD "${p.name}"${guess(p.guess)}`,
  defaultParallelism: () => 'spark.default.parallelism must be a whole number of at least 1',
  mainThreadOnly: (p) => `${p.callee} is not modelled: the actions inside run on the main thread; skipped`,
  setLocalProperty: () =>
    'sc.setLocalProperty is not modelled (scheduler pools come from a "stagecraft:" directive); skipped',
  contextNotSupported: (p) =>
    `sc.${p.name} is not supported: sources are textFile, parallelize, range and emptyRDD`,
  unknownContextMethod: (p) => `unknown SparkContext method "${p.name}"${guess(p.guess)}`,
  directiveNotObject: () =>
    'a stagecraft: directive must be a JSON object, such as {"defaultParallelism": 4}',
  directiveKeyNotHere: (p) => `directive key "${p.key}" does not apply to this statement`,
  directiveKeyAtEnd: (p) => `directive key "${p.key}" belongs at the end of a statement`,
  directiveBadValue: (p) => `directive "${p.key}" has a bad value ${p.json}`,
  persistNeedsLevel: () => 'persist needs a StorageLevel, such as StorageLevel.MEMORY_AND_DISK',
  unpersistNotModelled: () => 'unpersist is not modelled: the RDD stays persisted for every action',
  notInPipelineFormat: (p) =>
    `"${p.name}" is not supported by the pipeline format${p.noPySparkMethod ? ' (PySpark has no such RDD method)' : ''}`,
  unknownOperation: (p) => `unknown operation "${p.name}"${guess(p.guess)}`,
  pysparkZipPartitions: () => "PySpark has no RDD.zipPartitions; read with the Scala API's meaning",
  storageLevelChange: (p) =>
    `cannot change the storage level from ${p.from} to ${p.to}: Spark refuses to change an assigned level`,
  persistAfterAction: () =>
    'persist takes effect where the RDD is defined, before every action, in the pipeline format (here it comes after an action)',
  callMismatch: (p, sub) =>
    `${p.op}: ${p.reason === null ? 'no signature' : sub(p.reason)}; it accepts ${p.accepted}`,
  tooManyArgLists: () => 'too many argument lists',
  unknownArgName: (p) => `unknown argument name "${p.name}"${guess(p.guess)}`,
  tooManyArgs: () => 'too many arguments',
  missingArg: (p) => `missing argument ${p.key === 'fn' ? '(a function)' : p.key}`,
  argMustBeRdd: (p) => `argument ${p.arg} must be an RDD`,
  argMustBeFunction: (p) => `argument ${p.arg} must be a function`,
  argMustBePartitioner: (p) =>
    `argument ${p.arg} must be a Partitioner${p.partitionerOnly ? ', such as new HashPartitioner(4)' : ' or a number of partitions'}`,
  argMustNotBeRdd: (p) => `argument ${p.arg} must not be an RDD`,
  badArgValue: (p) => `${p.op}: ${p.key} must be ${EXPECTED[p.expected]}, got ${p.got}`,
  partitionFuncIgnored: (p) =>
    `${p.op}: partitionFunc is not modelled; keys are placed as by a HashPartitioner`,
  notStringLiteral: (p) =>
    `${p.op}: ${p.key} is not a string literal; using the text "${p.source}" as its name`,
  notLiteralKeptAsText: (p) => `${p.op}: ${p.key} "${p.source}" is not a literal; kept as text`,
};
