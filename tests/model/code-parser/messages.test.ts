// The parser's diagnostics are data written in the reader's language when reported: every message
// key has an English and a Simplified Chinese template, the English is the default (and the text
// every other test pins), and a broken snippet gives the same places and severities in Chinese.
import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../../../src/model/code-parser/messages/en.ts';
import { ZH_MESSAGES } from '../../../src/model/code-parser/messages/zh-cn.ts';
import { formatMessage } from '../../../src/model/code-parser/messages/format.ts';
import type { Message, MessageKey, MessageParams } from '../../../src/model/code-parser/messages/params.ts';
import { parseSparkCode } from '../../../src/model/index.ts';
import type { CodeLanguage } from '../../../src/model/index.ts';

const zh = (source: string, language: CodeLanguage = 'scala'): string[] =>
  parseSparkCode(source, language, 'zh-CN').diagnostics.map((d) => `${d.severity} ${d.message}`);

/** Parameters for every key (a key without a sample is a type error). */
const SAMPLES: { readonly [K in MessageKey]: MessageParams[K] } = {
  unterminatedString: {},
  unterminatedComment: {},
  unterminatedBackquote: {},
  unexpectedChar: { char: '$' },
  expectedEquals: { name: 'x' },
  patternDefinition: { keyword: 'val' },
  expectedNameAfterKeyword: { keyword: 'val', found: { kind: 'newline' } },
  expectedExpression: {},
  unexpected: { found: { kind: 'eof' } },
  expectedNameAfterDot: { found: { kind: 'text', text: '(' } },
  nestedTooDeep: { max: 200 },
  mismatchedBracket: { expected: ')', found: ']' },
  neverClosed: { opener: '(' },
  blockNotModelled: { what: 'while' },
  loopTooLong: { max: 1000 },
  unexpectedCloser: { text: ')' },
  internal: { detail: 'RangeError' },
  failedName: { name: 'a', line: 1 },
  partitionerCount: { className: 'HashPartitioner', got: null },
  operatorNotOnRdd: { op: '++' },
  unknownStorageLevel: { name: 'MEMORY_ONLYY', guess: 'MEMORY_ONLY' },
  unknownRdd: { name: 'pairz' },
  defaultParallelism: {},
  mainThreadOnly: { callee: 'Future' },
  setLocalProperty: {},
  contextNotSupported: { name: 'wholeTextFiles' },
  unknownContextMethod: { name: 'textFil', guess: 'textFile' },
  directiveNotObject: {},
  directiveKeyNotHere: { key: 'cache' },
  directiveKeyAtEnd: { key: 'name' },
  directiveBadValue: { key: 'defaultParallelism', json: '"x"' },
  persistNeedsLevel: {},
  unpersistNotModelled: {},
  notInPipelineFormat: { name: 'mapPartitionsWithIndex', noPySparkMethod: true },
  unknownOperation: { name: 'mapp', guess: 'map' },
  pysparkZipPartitions: {},
  storageLevelChange: { from: 'MEMORY_ONLY', to: 'DISK_ONLY' },
  persistAfterAction: {},
  callMismatch: { op: 'join', reason: { key: 'tooManyArgs', params: {} }, accepted: 'join(other)' },
  tooManyArgLists: {},
  unknownArgName: { name: 'numPartition', guess: 'numPartitions' },
  tooManyArgs: {},
  missingArg: { key: 'fn' },
  argMustBeRdd: { arg: '"x"' },
  argMustBeFunction: { arg: '"x"' },
  argMustBePartitioner: { arg: '"x"', partitionerOnly: true },
  argMustNotBeRdd: { arg: '"x"' },
  badArgValue: { op: 'coalesce', key: 'shuffle', expected: 'trueOrFalse', got: '"yes"' },
  partitionFuncIgnored: { op: 'partitionBy' },
  notStringLiteral: { op: 'textFile', key: 'path', source: 'args(0)' },
  notLiteralKeptAsText: { op: 'fold', key: 'zeroValue', source: 'z' },
};
const HAN = /\p{Script=Han}/u;

describe('message templates', () => {
  it('has a Chinese template for every English one and no other', () => {
    expect(Object.keys(ZH_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
    expect(Object.keys(EN_MESSAGES).length).toBeGreaterThanOrEqual(46);
  });

  it.each(Object.keys(SAMPLES) as MessageKey[])('writes %s in Chinese, and in English without Han', (key) => {
    const m = { key, params: SAMPLES[key] } as Message;
    expect(formatMessage(m, 'zh-CN')).toMatch(HAN);
    expect(formatMessage(m, 'en')).not.toMatch(HAN);
    expect(formatMessage(m)).toBe(formatMessage(m, 'en'));
  });
});

describe('diagnostics in Simplified Chinese', () => {
  it('names a misspelt operation and suggests the right one', () => {
    const source =
      'val lines = sc.textFile("in.txt")\nval pairs = lines.map(x => (x, 1))\nval counts = pairs.reduceByKy(_ + _)';
    expect(zh(source)).toEqual([
      'error 第 3 行，第 20 列：未知的算子 "reduceByKy"——是不是想写 "reduceByKey"？',
    ]);
  });

  it('reports a broken string and the bracket it leaves open', () => {
    expect(zh('val a = sc.textFile("in.txt)')).toEqual([
      'error 第 1 行，第 20 列："(" 未闭合',
      'error 第 1 行，第 21 列：字符串字面量未结束',
    ]);
  });

  it('explains a call that fits no signature, and each later use of the name it would have bound', () => {
    expect(zh('val a = sc.parallelize(1 to 10).coalesce()\na.count()')).toEqual([
      'error 第 1 行，第 33 列：coalesce：缺少参数 numPartitions；它接受 coalesce(numPartitions, shuffle?, _partitionCoalescer?)',
      'error 第 2 行，第 1 列："a" 未定义：定义它的第 1 行语句有错误',
    ]);
  });

  it('writes argument values, storage levels and statement shapes in Chinese around the code', () => {
    expect(zh('val a = sc.parallelize(Seq(1, 2)).repartition(true)')).toEqual([
      'error 第 1 行，第 47 列：repartition：numPartitions 必须是整数，实际是 true',
    ]);
    expect(zh('val a = sc.parallelize(1 to 10).persist(StorageLevel.MEMORY_ONLYY)')).toEqual([
      'error 第 1 行，第 54 列：未知的存储级别 "MEMORY_ONLYY"——是不是想写 "MEMORY_ONLY"？',
    ]);
    expect(zh('val = 3')).toEqual(['error 第 1 行，第 5 列：val 后面应为名字，实际是 "="']);
  });

  it('gives PySpark warnings in Chinese', () => {
    expect(zh('a = sc.parallelize([1, 2], 2)\nb = a.zipPartitions(a, lambda x, y: x)', 'python')).toEqual([
      'warning 第 2 行，第 7 列：PySpark 的 RDD 没有 zipPartitions；按 Scala API 的含义读取',
    ]);
  });

  it('keeps places and severities, and English stays the default language', () => {
    const source =
      'val a = sc.textFil("x")\nval b = a.mapp(x => x)\n// stagecraft: [1]\nval c = sc.parallelize(Seq(1), 2)';
    const en = parseSparkCode(source, 'scala');
    const cn = parseSparkCode(source, 'scala', 'zh-CN');
    expect(parseSparkCode(source, 'scala', 'en')).toEqual(en);
    const place = ({ line, column, endLine, endColumn, severity }: (typeof en.diagnostics)[number]) => [
      line,
      column,
      endLine,
      endColumn,
      severity,
    ];
    expect(cn.diagnostics.map(place)).toEqual(en.diagnostics.map(place));
    expect(cn.pipeline).toEqual(en.pipeline);
    expect(en.diagnostics[0]?.message).toBe(
      'line 1, column 12: unknown SparkContext method "textFil" — did you mean "textFile"?',
    );
    expect(cn.diagnostics[0]?.message).toBe(
      '第 1 行，第 12 列：未知的 SparkContext 方法 "textFil"——是不是想写 "textFile"？',
    );
  });
});
