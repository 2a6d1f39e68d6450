import { describe, expect, it } from 'vitest';
import { applyEdit, freshName } from '../../src/app/pipeline-edits.ts';
import { twoStep } from './stub-model.ts';

describe('applyEdit', () => {
  it('deletes an RDD with everything built on it and the actions on them', () => {
    const next = applyEdit(twoStep, { kind: 'delete', rdd: 'lines' });
    expect(next.rdds).toEqual([]);
    expect(next.actions).toEqual([]);
    expect(twoStep.rdds).toHaveLength(2);
  });

  it('renames an RDD in parents, actions and persist marks', () => {
    const cached = applyEdit(twoStep, { kind: 'persist', rdd: 'lines', level: 'MEMORY_ONLY' });
    const next = applyEdit(cached, { kind: 'rename', rdd: 'lines', to: 'text' });
    expect(next.rdds[1]!.parents).toEqual(['text']);
    expect(next.persist).toEqual([{ rdd: 'text', level: 'MEMORY_ONLY' }]);
  });

  it('names new RDDs like the code people write, never reusing a name', () => {
    expect(freshName(twoStep, 'map')).toBe('pairs');
    expect(freshName(twoStep, 'flatMap')).toBe('words2');
  });

  it('toggles a checkpoint mark', () => {
    const on = applyEdit(twoStep, { kind: 'checkpoint', rdd: 'words', on: true });
    expect(on.checkpoint).toEqual([{ rdd: 'words' }]);
    expect(applyEdit(on, { kind: 'checkpoint', rdd: 'words', on: false }).checkpoint).toEqual([]);
  });
});
