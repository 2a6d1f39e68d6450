// The parser's diagnostics are data written in the reader's language when reported: every message
// key has an English and a Simplified Chinese template, the English is the default (and the text
// every other test pins), and a broken snippet gives the same places and severities in Chinese.
import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../../../src/model/code-parser/messages/en.ts';
import { ZH_MESSAGES } from '../../../src/model/code-parser/messages/zh-cn.ts';
import { parseSparkCode } from '../../../src/model/index.ts';
import type { CodeLanguage } from '../../../src/model/index.ts';

const zh = (source: string, language: CodeLanguage = 'scala'): string[] =>
  parseSparkCode(source, language, 'zh-CN').diagnostics.map((d) => `${d.severity} ${d.message}`);

describe('message templates', () => {
  it('has a Chinese template for every English one and no other', () => {
    expect(Object.keys(ZH_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
    expect(Object.keys(EN_MESSAGES).length).toBeGreaterThanOrEqual(46);
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
