// A task reads exactly the parent partitions its partition depends on (NarrowDependency.getParents):
// what it caches and which shuffles it fetches follow from that.
import { describe, expect, it } from 'vitest';
import { parsePipeline, planPipeline } from '../../../src/model/index.ts';
import type { Pipeline } from '../../../src/model/index.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import type { SchedulerStep } from '../../../src/model/trace/scheduler-steps.ts';

function pipeline(source: unknown): Pipeline {
  const r = parsePipeline(source);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

function storedBlocks(p: Pipeline): string[] {
  const trace = simulate(p, { executorCount: 2, cores: 2 }, { seed: 1 });
  return trace.events
    .filter((ev): ev is SchedulerStep => ev.kind === 'step' && ev.step === 'blockStored')
    .map((s) => String(s.data?.['block']))
    .sort();
}

describe('partitions read through narrow dependencies', () => {
  it('a union task reads one partition of one input (RangeDependency), so each cached input holds only its own partitions', () => {
    const p = pipeline({
      version: 1,
      rdds: [
        { id: 'a', op: 'parallelize', args: { length: 10, numSlices: 2 } },
        { id: 'b', op: 'parallelize', args: { length: 30, numSlices: 3 } },
        { id: 'u', op: 'union', parents: ['a', 'b'] },
      ],
      persist: [
        { rdd: 'a', level: 'MEMORY_ONLY' },
        { rdd: 'b', level: 'MEMORY_ONLY' },
      ],
      actions: [{ op: 'count', rdd: 'u' }],
    });
    expect(planPipeline(p).rdds.map((r) => r.class)).toEqual([
      'ParallelCollectionRDD',
      'ParallelCollectionRDD',
      'UnionRDD',
    ]);
    expect(storedBlocks(p)).toEqual(['rdd_0_0', 'rdd_0_1', 'rdd_1_0', 'rdd_1_1', 'rdd_1_2']);
  });

  it('a coalesce task reads its group of parent partitions, [i·P/n, (i+1)·P/n)', () => {
    const p = pipeline({
      version: 1,
      rdds: [
        { id: 'a', op: 'parallelize', args: { length: 60, numSlices: 6 } },
        { id: 'c', op: 'coalesce', parents: ['a'], args: { numPartitions: 2 } },
      ],
      persist: [{ rdd: 'a', level: 'MEMORY_ONLY' }],
      actions: [{ op: 'count', rdd: 'c' }],
    });
    expect(storedBlocks(p)).toEqual(['rdd_0_0', 'rdd_0_1', 'rdd_0_2', 'rdd_0_3', 'rdd_0_4', 'rdd_0_5']);
  });

  it('a cartesian task reads partition p / P(b) of the first input and p % P(b) of the second', () => {
    const p = pipeline({
      version: 1,
      rdds: [
        { id: 'a', op: 'parallelize', args: { length: 4, numSlices: 2 } },
        { id: 'b', op: 'parallelize', args: { length: 6, numSlices: 3 } },
        { id: 'x', op: 'cartesian', parents: ['a', 'b'] },
      ],
      persist: [
        { rdd: 'a', level: 'MEMORY_ONLY' },
        { rdd: 'b', level: 'MEMORY_ONLY' },
      ],
      actions: [{ op: 'count', rdd: 'x' }],
    });
    const blocks = storedBlocks(p);
    // Six tasks; each stores the partitions it computed, on its own executor: every block of a
    // and b is there, and none that the inputs do not have.
    expect([...new Set(blocks)]).toEqual(['rdd_0_0', 'rdd_0_1', 'rdd_1_0', 'rdd_1_1', 'rdd_1_2']);
  });
});
