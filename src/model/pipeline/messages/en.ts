/** English problems of a pipeline file (see ./params.ts); the wording the tests and the CLI pin. */
import { overLimitText } from '../../limits.ts';
import { formatValue } from './value.ts';
import type { ProblemTemplates } from './params.ts';

const ARTICLE: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

const got = (v: unknown): string => `got ${formatValue(v)}`;
const PARTITIONER = 'must be a partitioner like {"type": "hash", "numPartitions": 4}';

/** `"a", "b" or "c"`. */
function oneOf(values: readonly unknown[]): string {
  return values
    .map((v) => formatValue(v))
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');
}

function parentsWanted(min: number, max: number): string {
  return min === max ? `${min}` : max >= 1_000_000 ? `${min} or more` : `${min} to ${max}`;
}

export const EN_PROBLEMS: ProblemTemplates = {
  invalidJson: (p) =>
    p.line === undefined
      ? `invalid JSON: ${p.detail}`
      : `invalid JSON at line ${p.line}, column ${p.column ?? 1}: ${p.detail}`,
  unknownKey: () => 'unknown key',
  required: () => 'is required',
  mustBeType: (p) => `must be ${ARTICLE[p.expected] ?? p.expected}, ${got(p.got)}`,
  mustBeOneOf: (p) => `must be ${oneOf(p.values)}, ${got(p.got)}`,
  mustBeCountOrCounts: (p) => `must be a whole number or an array of whole numbers, ${got(p.got)}`,
  atLeast: (p) => `must be at least ${p.minimum}, ${got(p.got)}`,
  other: (p) => p.text,
  wholeNumberFromTo: (p) => `must be a whole number from ${p.min} to ${p.max}, ${got(p.got)}`,
  wholeNumber: (p) => `must be a whole number, ${got(p.got)}`,
  numberFromZero: (p) => `must be a number from 0, ${got(p.got)}`,
  trueOrFalse: (p) => `must be true or false, ${got(p.got)}`,
  string: (p) => `must be a string, ${got(p.got)}`,
  jsonArray: (p) => `must be a JSON array, ${got(p.got)}`,
  partitionerShape: (p) => `${PARTITIONER}, ${got(p.got)}`,
  partitionerType: (p) => `${PARTITIONER} (type "hash" or "range"), ${got(p.got)}`,
  partitionerUnknownKey: (p) => `${PARTITIONER}, got the unknown key "${p.key}"`,
  numPartitions: (p, sub) => `numPartitions ${sub(p.problem)}`,
  overLimit: (p) =>
    `${p.op === undefined ? '' : `${p.op} `}${overLimitText(p.name, p.verb, p.value, p.limit)}`,
  notAnArgument: (p) =>
    `not an argument of ${p.op} (${p.takes.length === 0 ? 'it takes none' : `it takes ${p.takes.join(', ')}`})`,
  onlyHashPartitioner: (p) => `${p.op} takes only a hash partitioner, ${got(p.got)}`,
  needsArgument: (p) => `${p.op} needs ${p.arg}`,
  notBoth: (p) => `give ${p.a} or ${p.b}, not both`,
  parallelizeNeedsData: () => 'parallelize needs length or data',
  stepZero: () => 'must not be 0, got 0',
  fractionWithoutReplacement: (p) => `must be at most 1 without replacement, ${got(p.got)}`,
  badId: (p) => `must be letters, digits and _ (not starting with a digit), ${got(p.got)}`,
  duplicateId: (p) => `"${p.id}" is already the id of rdds[${p.first}]`,
  unknownOperation: (p) => `unknown operation ${formatValue(p.got)}`,
  parentCount: (p) => {
    const wanted = parentsWanted(p.min, p.max);
    return `${p.op} takes ${wanted} parent${wanted === '1' ? '' : 's'}, got ${p.got}`;
  },
  unknownRdd: (p) => `unknown RDD ${formatValue(p.got)}`,
  parentAfterChild: (p) =>
    `RDD ${formatValue(p.parent)} is defined at rdds[${p.at}]; a parent must be listed before its child`,
  storageLevelChange: (p) =>
    `"${p.rdd}" is already persisted with ${p.level} (persist[${p.at}]); Spark cannot change a storage level, ${got(p.got)}`,
  unknownAction: (p) => `unknown action ${formatValue(p.got)}`,
  parallelismMismatch: (p) =>
    `must equal spark.default.parallelism (${p.setting}) when both are given, got ${p.given}`,
};
