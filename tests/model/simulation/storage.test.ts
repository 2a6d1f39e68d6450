import { describe, expect, it } from 'vitest';
import type { StorageLevelName } from '../../../src/model/pipeline/types.ts';
import type { Plan } from '../../../src/model/plan/planned.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import type { SchedulerStep } from '../../../src/model/trace/scheduler-steps.ts';
import { WORD_COUNT_TWICE } from './plans.ts';

/** Word count run twice, `counts` persisted at `level`. Each cached block is 500,000 bytes. */
function twice(level: StorageLevelName): Plan {
  return {
    ...WORD_COUNT_TWICE,
    rdds: WORD_COUNT_TWICE.rdds.map((r) => (r.rddId === 4 ? { ...r, storageLevel: level } : r)),
  };
}

function steps(level: StorageLevelName, storageMemoryBytes: number): SchedulerStep[] {
  const trace = simulate(
    { plan: twice(level) },
    { executorCount: 2, cores: 2, storageMemoryBytes },
    { seed: 1 },
  );
  return trace.events.filter((ev): ev is SchedulerStep => ev.kind === 'step');
}
const of = (s: SchedulerStep[], kind: string): SchedulerStep[] => s.filter((x) => x.step === kind);

describe('cached partitions in storage memory', () => {
  it('the second job reads every partition from memory when it fits', () => {
    const s = steps('MEMORY_ONLY', 100_000_000);
    expect(of(s, 'blockStored')).toHaveLength(8);
    expect(of(s, 'blockEvicted')).toHaveLength(0);
    expect(of(s, 'blockRead').map((x) => x.data?.['place'])).toEqual(Array(8).fill('memory'));
  });

  it('MEMORY_ONLY blocks evicted least-recently-used are recomputed, and stored again', () => {
    const s = steps('MEMORY_ONLY', 1_200_000); // two blocks per executor
    expect(of(s, 'blockEvicted').length).toBeGreaterThan(0);
    expect(of(s, 'blockEvicted').every((x) => x.data?.['toDisk'] === 0)).toBe(true);
    const reads = of(s, 'blockRead');
    expect(reads.length).toBeLessThan(8);
    // Partitions that were not read were computed again and put back.
    expect(of(s, 'blockStored').length).toBe(8 + (8 - reads.length));
  });

  it('MEMORY_AND_DISK blocks evicted from memory are read back from disk', () => {
    const s = steps('MEMORY_AND_DISK', 1_200_000);
    expect(of(s, 'blockEvicted').every((x) => x.data?.['toDisk'] === 1)).toBe(true);
    const places = of(s, 'blockRead').map((x) => x.data?.['place']);
    expect(places).toHaveLength(8);
    expect(places).toContain('disk');
    expect(places).toContain('memory');
  });
});
