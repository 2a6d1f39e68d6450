// The operator reference in one language: every text the catalogue writes for an operation or
// action is in the interface language, including when Spark creates each internal RDD.
import { describe, expect, it } from 'vitest';
import { operatorNote, operatorNotes } from '../../src/app/catalogue-notes.ts';
import { OPERATOR_CATALOGUE } from '../../src/model/index.ts';

const HAN = /\p{Script=Han}/u;

describe('operator notes', () => {
  it('in 简体中文, every explanation, condition and internal-RDD case is Chinese', () => {
    for (const note of operatorNotes(OPERATOR_CATALOGUE, 'zh-CN')) {
      expect(note.explanation, note.name).toMatch(HAN);
      if (note.condition) expect(note.condition, note.name).toMatch(HAN);
      if (note.shuffleWhen) expect(note.shuffleWhen, note.name).toMatch(HAN);
      for (const rdd of note.internalRdds) {
        const when = /（(.*)）$/.exec(rdd)?.[1];
        expect(rdd).not.toMatch(/\(/);
        if (when !== undefined) expect(when, `${note.name}: ${rdd}`).toMatch(HAN);
      }
    }
  });

  it('names the RDD Spark creates and, where it depends, when', () => {
    const union = OPERATOR_CATALOGUE.find((e) => e.name === 'union');
    if (!union) throw new Error('union is in the catalogue');
    expect(operatorNote(union, 'en').internalRdds).toEqual([
      'UnionRDD (in general)',
      'PartitionerAwareUnionRDD (when every non-empty parent has the same partitioner)',
    ]);
    expect(operatorNote(union, 'zh-CN').internalRdds).toEqual([
      'UnionRDD（一般情况）',
      'PartitionerAwareUnionRDD（所有非空父 RDD 的分区器相同时）',
    ]);
  });
});
