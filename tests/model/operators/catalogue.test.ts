import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  OPERATIONS,
  OPERATOR_CATALOGUE,
  actionEntry,
  operationEntry,
  parsePipeline,
  planPipeline,
} from '../../../src/model/index.ts';

describe('operator catalogue', () => {
  it('has one entry per operation and action, plus persist, cache and checkpoint', () => {
    for (const op of OPERATIONS) expect(operationEntry(op).name).toBe(op);
    for (const a of ACTIONS) expect(actionEntry(a).name).toBe(a);
    const persistence = OPERATOR_CATALOGUE.filter((e) => e.kind === 'persistence').map((e) => e.name);
    expect(persistence).toEqual(['persist', 'cache', 'checkpoint']);
    expect(OPERATOR_CATALOGUE).toHaveLength(OPERATIONS.length + ACTIONS.length + 3);
  });

  it('explains every entry in English and Simplified Chinese', () => {
    for (const e of OPERATOR_CATALOGUE) {
      expect(e.explanation.en.length, e.name).toBeGreaterThan(20);
      expect(e.explanation['zh-CN'], e.name).toMatch(/[\u4e00-\u9fff]/);
      if (e.condition) expect(e.condition['zh-CN'], e.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('marks exactly the wide and conditional operations as able to shuffle, and says when', () => {
    for (const e of OPERATOR_CATALOGUE.filter((x) => x.kind === 'operation')) {
      expect(e.canShuffle, e.name).toBe(e.family === 'wide' || e.family === 'conditional');
      expect(e.shuffleWhen !== null, e.name).toBe(e.canShuffle);
      expect(e.condition !== null, e.name).toBe(e.family === 'conditional');
    }
    expect(operationEntry('reduceByKey').family).toBe('conditional');
    expect(operationEntry('sortByKey').family).toBe('wide');
    expect(operationEntry('mapValues').family).toBe('narrow');
  });

  it('cites a Spark method for every entry', () => {
    for (const e of OPERATOR_CATALOGUE) expect(e.sparkMethod, e.name).toMatch(/^[A-Z][A-Za-z]+\.[a-zA-Z]+$/);
  });

  it('every example is a valid pipeline that uses its operation and plans', () => {
    for (const e of OPERATOR_CATALOGUE) {
      const parsed = parsePipeline(e.example);
      expect(parsed.ok ? 'ok' : JSON.stringify(parsed.problems), e.name).toBe('ok');
      if (!parsed.ok) continue;
      const uses =
        e.kind === 'operation'
          ? parsed.value.rdds.some((r) => r.op === e.name)
          : e.kind === 'action'
            ? parsed.value.actions.some((a) => a.op === e.name)
            : parsed.value.persist.length + parsed.value.checkpoint.length > 0;
      expect(uses, e.name).toBe(true);
      expect(planPipeline(parsed.value).jobs.length, e.name).toBeGreaterThan(0);
    }
  });

  it('the parser takes an operation’s arguments from its entry', () => {
    const args = operationEntry('coalesce').args.map((a) => a.name);
    expect(args).toEqual(['numPartitions', 'shuffle']);
    const result = parsePipeline({
      version: 1,
      rdds: [
        { id: 'a', op: 'emptyRDD' },
        { id: 'b', op: 'coalesce', parents: ['a'], args: { numPartitions: 2, shuffle: true } },
      ],
      actions: [],
    });
    expect(result.ok).toBe(true);
  });
});
