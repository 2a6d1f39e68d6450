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

  // MemoryStore.evictBlocksToFreeSpace never evicts a block of the RDD being stored, so an RDD
  // that does not fit keeps the partitions it stored first and leaves the others uncached.
  it('MEMORY_ONLY partitions that do not fit are not cached and are recomputed by the next job', () => {
    const s = steps('MEMORY_ONLY', 1_200_000); // room for two blocks per executor
    expect(of(s, 'blockEvicted')).toHaveLength(0);
    const stored = of(s, 'blockStored');
    const perExecutor = new Map<string | null, number>();
    for (const x of stored) perExecutor.set(x.executorId, (perExecutor.get(x.executorId) ?? 0) + 1);
    expect([...perExecutor.values()].every((n) => n <= 2)).toBe(true);
    const reads = of(s, 'blockRead');
    expect(reads.length).toBe(stored.length);
    expect(reads.length).toBeLessThan(8);
    expect(reads.every((x) => x.data?.['place'] === 'memory')).toBe(true);
  });

  it('MEMORY_AND_DISK partitions that do not fit in memory go to disk and are read from there', () => {
    const s = steps('MEMORY_AND_DISK', 1_200_000);
    expect(of(s, 'blockEvicted')).toHaveLength(0);
    const places = of(s, 'blockRead').map((x) => x.data?.['place']);
    expect(places).toHaveLength(8);
    expect(places).toContain('disk');
    expect(places).toContain('memory');
  });

  it('a second cached RDD evicts the least recently used blocks of the first, never its own', () => {
    // rdd_3 blocks are 10,000,000 bytes: three fit in 30,000,000, and rdd_4's first block needs room.
    const plan: Plan = {
      ...WORD_COUNT_TWICE,
      rdds: WORD_COUNT_TWICE.rdds.map((r) =>
        r.rddId === 3 || r.rddId === 4 ? { ...r, storageLevel: 'MEMORY_ONLY' as const } : r,
      ),
    };
    const trace = simulate(
      { plan },
      { executorCount: 2, cores: 2, storageMemoryBytes: 30_000_000 },
      { seed: 1 },
    );
    const s = trace.events.filter((ev): ev is SchedulerStep => ev.kind === 'step');
    const evicted = of(s, 'blockEvicted').map((x) => String(x.data?.['block']));
    expect(evicted.length).toBeGreaterThan(0);
    expect(evicted.every((b) => b.startsWith('rdd_3_'))).toBe(true);
  });
});
