import { describe, expect, it } from 'vitest';
import { BlockStore, rddOfBlock } from '../../../src/model/simulation/block-store.ts';
import { defaultExecutors } from '../../../src/model/simulation/settings.ts';

// MemoryStore.evictBlocksToFreeSpace (Spark 3.5): blockIsEvictable excludes blocks of the RDD being
// stored, and the selected blocks are dropped only when they free enough space.
describe('BlockStore eviction as MemoryStore.evictBlocksToFreeSpace', () => {
  it('evicts the least recently used block of another RDD to make room', () => {
    const store = new BlockStore(100);
    store.put('rdd_1_0', 1, 40, 'MEMORY_ONLY');
    store.put('rdd_1_1', 1, 40, 'MEMORY_ONLY');
    const put = store.put('rdd_2_0', 2, 50, 'MEMORY_ONLY');
    expect(put.stored).toBe('memory');
    expect(put.evicted).toEqual([{ blockId: 'rdd_1_0', toDisk: false }]);
    expect(store.memoryUsed).toBe(90);
  });

  it('never evicts a block of the same RDD: the new block is not stored in memory', () => {
    const store = new BlockStore(100);
    store.put('rdd_1_0', 1, 60, 'MEMORY_ONLY');
    const put = store.put('rdd_1_1', 1, 60, 'MEMORY_ONLY');
    expect(put).toEqual({ stored: null, evicted: [] });
    expect(store.where('rdd_1_0')).toBe('memory');
    const spilled = store.put('rdd_1_2', 1, 60, 'MEMORY_AND_DISK');
    expect(spilled).toEqual({ stored: 'disk', evicted: [] });
  });

  it('evicts nothing when even every evictable block would not free enough', () => {
    const store = new BlockStore(100);
    store.put('rdd_1_0', 1, 30, 'MEMORY_ONLY');
    store.put('rdd_2_0', 2, 60, 'MEMORY_ONLY');
    const put = store.put('rdd_2_1', 2, 80, 'MEMORY_ONLY');
    expect(put).toEqual({ stored: null, evicted: [] });
    expect(store.where('rdd_1_0')).toBe('memory');
  });

  it('drops a MEMORY_AND_DISK victim to disk', () => {
    const store = new BlockStore(100);
    store.put('rdd_1_0', 1, 70, 'MEMORY_AND_DISK');
    const put = store.put('rdd_2_0', 2, 70, 'MEMORY_ONLY');
    expect(put.evicted).toEqual([{ blockId: 'rdd_1_0', toDisk: true }]);
    expect(store.where('rdd_1_0')).toBe('disk');
  });

  it('reads block names as Spark RDDBlockIds', () => {
    expect(rddOfBlock('rdd_12_3')).toBe(12);
    expect(rddOfBlock('shuffle_0_1_0')).toBeNull();
  });
});

describe('default executor ids per deploy mode', () => {
  it('numbers standalone executors from 0, YARN and Kubernetes from 1', () => {
    expect(defaultExecutors(2, 2, 'standalone').map((e) => e.id)).toEqual(['0', '1']);
    expect(defaultExecutors(2, 2, 'yarn-client').map((e) => e.id)).toEqual(['1', '2']);
    expect(defaultExecutors(2, 2, 'kubernetes').map((e) => e.id)).toEqual(['1', '2']);
    expect(defaultExecutors(2, 2, 'local').map((e) => e.id)).toEqual(['driver']);
  });
});
