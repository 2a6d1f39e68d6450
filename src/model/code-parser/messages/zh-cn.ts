/**
 * 简体中文 diagnostics of the code parser (see ./params.ts). Code names, operator names and quoted
 * source text stay as written; Spark terms as Chinese Spark material writes them (算子, 分区, 存储级别).
 */
import type { Expected, Found, MessageTemplates } from './params.ts';

/** `，实际是 "x"`, or where the text ended instead. */
const got = (f: Found): string =>
  f.kind === 'text' ? `，实际是 "${f.text}"` : f.kind === 'eof' ? '，但输入已结束' : '，但这一行已结束';
const guess = (g: string | undefined): string => (g === undefined ? '' : `——是不是想写 "${g}"？`);

const EXPECTED: Readonly<Record<Expected, string>> = {
  rddCollection: '由 RDD 组成的集合',
  literalCollection: '字面量集合（Seq(...)、[...]）或范围（1 to 100、range(100)）',
  wholeNumber: '整数',
  wholeNumberOrVal: '整数（字面量，或绑定到整数的 val）',
  trueOrFalse: 'true 或 false',
  number: '数字',
  string: '字符串',
  literal: '字面量',
  somethingElse: '其他类型的值',
};

export const ZH_MESSAGES: MessageTemplates = {
  unterminatedString: () => '字符串字面量未结束',
  unterminatedComment: () => '注释未结束',
  unterminatedBackquote: () => '反引号括起的名字未结束',
  unexpectedChar: (p) => `意外的字符 ${JSON.stringify(p.char)}`,
  expectedEquals: (p) => `${p.name} 后面应为 "="`,
  patternDefinition: ({ keyword: k }) =>
    `不支持模式定义（${k} (a, b) = ...、${k} Array(a, b) = ...）：每个 ${k} 只绑定一个名字`,
  expectedNameAfterKeyword: (p) => `${p.keyword} 后面应为名字${got(p.found)}`,
  expectedExpression: () => '这里应为表达式',
  unexpected: (p) =>
    p.found.kind === 'text'
      ? `意外的 "${p.found.text}"`
      : p.found.kind === 'eof'
        ? '输入意外结束'
        : '这一行意外结束',
  expectedNameAfterDot: (p) => `"." 后面应为名字${got(p.found)}`,
  nestedTooDeep: (p) => `不支持嵌套超过 ${p.max} 层的括号`,
  mismatchedBracket: (p) => `应为 "${p.expected}"，实际是 "${p.found}"`,
  neverClosed: (p) => `"${p.opener}" 未闭合`,
  blockNotModelled: (p) => `不模拟 "${p.what}" 块；已跳过`,
  loopTooLong: (p) => `超过 ${p.max} 次迭代的循环不会展开`,
  unexpectedCloser: (p) => `意外的 "${p.text}"（没有可闭合的括号）`,
  internal: (p) => `无法读取这条语句（${p.detail}）`,
  failedName: (p) => `"${p.name}" 未定义：定义它的第 ${p.line} 行语句有错误`,
  partitionerCount: (p) =>
    `${p.className} 需要整数个分区，实际${p.got === null ? '没有给出' : `是 "${p.got}"`}`,
  operatorNotOnRdd: (p) => `运算符 "${p.op}" 不能用于 RDD`,
  unknownStorageLevel: (p) => `未知的存储级别 "${p.name}"${guess(p.guess)}`,
  unknownRdd: (p) => `未知的 RDD "${p.name}"${guess(p.guess)}`,
  defaultParallelism: () => 'spark.default.parallelism 必须是不小于 1 的整数',
  mainThreadOnly: (p) => `不模拟 ${p.callee}：其中的行动算子在主线程上运行；已跳过`,
  setLocalProperty: () => '不模拟 sc.setLocalProperty（调度池来自 "stagecraft:" 指令）；已跳过',
  contextNotSupported: (p) => `不支持 sc.${p.name}：数据源只能是 textFile、parallelize、range 和 emptyRDD`,
  unknownContextMethod: (p) => `未知的 SparkContext 方法 "${p.name}"${guess(p.guess)}`,
  directiveNotObject: () => 'stagecraft: 指令必须是 JSON 对象，例如 {"defaultParallelism": 4}',
  directiveKeyNotHere: (p) => `指令键 "${p.key}" 不适用于这条语句`,
  directiveKeyAtEnd: (p) => `指令键 "${p.key}" 应写在语句末尾`,
  directiveBadValue: (p) => `指令 "${p.key}" 的值 ${p.json} 无效`,
  persistNeedsLevel: () => 'persist 需要一个 StorageLevel，例如 StorageLevel.MEMORY_AND_DISK',
  unpersistNotModelled: () => '不模拟 unpersist：该 RDD 对所有行动算子都保持持久化',
  notInPipelineFormat: (p) =>
    `流水线格式不支持 "${p.name}"${p.noPySparkMethod ? '（PySpark 的 RDD 没有这个方法）' : ''}`,
  unknownOperation: (p) => `未知的算子 "${p.name}"${guess(p.guess)}`,
  pysparkZipPartitions: () => 'PySpark 的 RDD 没有 zipPartitions；按 Scala API 的含义读取',
  storageLevelChange: (p) => `不能把存储级别从 ${p.from} 改为 ${p.to}：Spark 不允许更改已指定的存储级别`,
  persistAfterAction: () =>
    '在流水线格式中，persist 在定义 RDD 的地方生效，作用于每个行动算子之前（这里它写在一个行动算子之后）',
  callMismatch: (p, sub) =>
    `${p.op}：${p.reason === null ? '没有匹配的签名' : sub(p.reason)}；它接受 ${p.accepted}`,
  tooManyArgLists: () => '参数列表过多',
  unknownArgName: (p) => `未知的参数名 "${p.name}"${guess(p.guess)}`,
  tooManyArgs: () => '参数过多',
  missingArg: (p) => `缺少参数${p.key === 'fn' ? '（一个函数）' : ` ${p.key}`}`,
  argMustBeRdd: (p) => `参数 ${p.arg} 必须是 RDD`,
  argMustBeFunction: (p) => `参数 ${p.arg} 必须是函数`,
  argMustBePartitioner: (p) =>
    `参数 ${p.arg} 必须是 Partitioner${p.partitionerOnly ? '，例如 new HashPartitioner(4)' : ' 或分区数'}`,
  argMustNotBeRdd: (p) => `参数 ${p.arg} 不能是 RDD`,
  badArgValue: (p) => `${p.op}：${p.key} 必须是${EXPECTED[p.expected]}，实际是 ${p.got}`,
  partitionFuncIgnored: (p) => `${p.op}：不模拟 partitionFunc；键按 HashPartitioner 的方式分配到分区`,
  notStringLiteral: (p) => `${p.op}：${p.key} 不是字符串字面量；以文本 "${p.source}" 作为名字`,
  notLiteralKeptAsText: (p) => `${p.op}：${p.key} "${p.source}" 不是字面量；保留为文本`,
};
