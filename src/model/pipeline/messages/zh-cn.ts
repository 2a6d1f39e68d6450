/**
 * 简体中文 problems of a pipeline file (see ./params.ts). JSON paths, keys, operation names and the
 * quoted bad values stay as written; Spark terms as Chinese Spark material writes them (算子, 分区,
 * 存储级别, 分区器).
 */
import { overLimitText } from '../../limits.ts';
import { formatValue } from './value.ts';
import type { ProblemTemplates } from './params.ts';

const TYPE: Readonly<Record<string, string>> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  number: '数字',
  boolean: 'true 或 false',
  record: '对象',
};

/** `，实际是 "x"`, or that nothing was given. */
const got = (v: unknown): string => (v === undefined ? '，但没有给出' : `，实际是 ${formatValue(v)}`);
const PARTITIONER = '应为分区器，例如 {"type": "hash", "numPartitions": 4}';

/** `"a"、"b" 或 "c"`. */
function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => formatValue(v));
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join('、')} 或 ${shown[shown.length - 1]}`;
}

function parentsWanted(min: number, max: number): string {
  return min === max ? ` ${min} ` : max >= 1_000_000 ? `至少 ${min} ` : ` ${min} 到 ${max} `;
}

export const ZH_PROBLEMS: ProblemTemplates = {
  invalidJson: (p) =>
    p.line === undefined
      ? `JSON 格式错误：${p.detail}`
      : `JSON 格式错误，第 ${p.line} 行，第 ${p.column ?? 1} 列：${p.detail}`,
  unknownKey: () => '未知的键',
  required: () => '不能省略',
  mustBeType: (p) => `应为${TYPE[p.expected] ?? p.expected}${got(p.got)}`,
  mustBeOneOf: (p) =>
    p.values.length === 1
      ? `应为 ${oneOf(p.values)}${got(p.got)}`
      : `应为 ${oneOf(p.values)} 之一${got(p.got)}`,
  mustBeCountOrCounts: (p) => `应为整数或整数数组${got(p.got)}`,
  atLeast: (p) => (p.origin === 'string' ? '不能是空字符串' : `应不小于 ${p.minimum}${got(p.got)}`),
  other: (p) => p.text,
  wholeNumberFromTo: (p) => `应为 ${p.min} 到 ${p.max} 之间的整数${got(p.got)}`,
  wholeNumber: (p) => `应为整数${got(p.got)}`,
  numberFromZero: (p) => `应为不小于 0 的数${got(p.got)}`,
  trueOrFalse: (p) => `应为 true 或 false${got(p.got)}`,
  string: (p) => `应为字符串${got(p.got)}`,
  jsonArray: (p) => `应为 JSON 数组${got(p.got)}`,
  partitionerShape: (p) => `${PARTITIONER}${got(p.got)}`,
  partitionerType: (p) => `${PARTITIONER}（type 为 "hash" 或 "range"）${got(p.got)}`,
  partitionerUnknownKey: (p) => `${PARTITIONER}，但有未知的键 "${p.key}"`,
  numPartitions: (p, sub) => `numPartitions ${sub(p.problem)}`,
  overLimit: (p) =>
    `${p.op === undefined ? '' : `${p.op} `}${overLimitText(p.name, p.verb, p.value, p.limit, 'zh-CN')}`,
  notAnArgument: (p) =>
    `不是 ${p.op} 的参数（${p.takes.length === 0 ? '它没有参数' : `它的参数有 ${p.takes.join(', ')}`}）`,
  onlyHashPartitioner: (p) => `${p.op} 只接受 hash 分区器${got(p.got)}`,
  needsArgument: (p) => `${p.op} 需要参数 ${p.arg}`,
  notBoth: (p) => `${p.a} 和 ${p.b} 只能给一个`,
  parallelizeNeedsData: () => 'parallelize 需要 length 或 data',
  stepZero: () => '不能为 0',
  fractionWithoutReplacement: (p) => `不放回抽样时应不大于 1${got(p.got)}`,
  badId: (p) => `只能由字母、数字和 _ 组成，且不能以数字开头${got(p.got)}`,
  duplicateId: (p) => `"${p.id}" 已经是 rdds[${p.first}] 的 id`,
  unknownOperation: (p) => `未知的算子 ${formatValue(p.got)}`,
  parentCount: (p) => `${p.op} 需要${parentsWanted(p.min, p.max)}个父 RDD，实际有 ${p.got} 个`,
  unknownRdd: (p) => `未知的 RDD ${formatValue(p.got)}`,
  parentAfterChild: (p) => `RDD ${formatValue(p.parent)} 定义在 rdds[${p.at}]；父 RDD 必须列在子 RDD 之前`,
  storageLevelChange: (p) =>
    `"${p.rdd}" 已经以 ${p.level} 持久化（persist[${p.at}]）；Spark 不能更改存储级别${got(p.got)}`,
  unknownAction: (p) => `未知的行动算子 ${formatValue(p.got)}`,
  parallelismMismatch: (p) =>
    `两者都给出时应等于 spark.default.parallelism（${p.setting}），实际是 ${p.given}`,
};
