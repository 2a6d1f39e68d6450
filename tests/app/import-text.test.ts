// The import banner's warnings are data until shown: the same warning reads in English or
// Simplified Chinese by the interface language at the time it is drawn, a skipped line after its
// line number, a lineage problem on its own.
import { describe, expect, it } from 'vitest';
import { importMessage } from '../../src/model/index.ts';
import { warningText } from '../../src/app/import-text.ts';

describe('warningText', () => {
  const skipped = {
    line: 7,
    detail: importMessage('badEvent', {
      event: 'SparkListenerTaskEnd',
      problem: importMessage('missingField', { path: '"Task Info"' }),
    }),
  };
  const lineage = { line: null, detail: importMessage('lineageNoParents', { count: 2 }) };

  it('writes a skipped line with its line number in the language asked for', () => {
    expect(warningText(skipped, 'en')).toBe('line 7: SparkListenerTaskEnd: missing "Task Info"');
    expect(warningText(skipped, 'zh-CN')).toBe('第 7 行：SparkListenerTaskEnd：缺少字段 "Task Info"');
  });

  it('writes a lineage warning without a line', () => {
    expect(warningText(lineage, 'en')).toBe(
      'the log does not record the parents of 2 RDD(s) (Spark 1.4 and older): their lineage edges are unknown and not drawn',
    );
    expect(warningText(lineage, 'zh-CN')).toBe(
      '日志没有记录 2 个 RDD 的父 RDD（Spark 1.4 及更早版本）：它们的血缘边未知，没有绘制',
    );
  });
});
