/**
 * One executor's BlockManager for cached RDD partitions: a MemoryStore with least-recently-used
 * eviction (`MemoryStore.evictBlocksToFreeSpace`) and a DiskStore. A MEMORY_ONLY block that is
 * evicted is gone (the next use recomputes it from its lineage); a MEMORY_AND_DISK block is
 * dropped to disk (`BlockManager.dropFromMemory`); DISK_ONLY blocks go straight to disk.
 */
import type { StorageLevelName } from '../pipeline/types.ts';

export type BlockPlace = 'memory' | 'disk';

interface MemoryBlock {
  readonly bytes: number;
  readonly spillToDisk: boolean;
}

export interface PutResult {
  readonly stored: BlockPlace | null;
  /** Blocks pushed out to make room, and whether each went to disk. */
  readonly evicted: readonly { readonly blockId: string; readonly toDisk: boolean }[];
}

export function usesMemory(level: StorageLevelName): boolean {
  return level.startsWith('MEMORY') || level === 'OFF_HEAP';
}

export function usesDisk(level: StorageLevelName): boolean {
  return level.includes('DISK');
}

/** The RDD id of a block named `rdd_<rdd>_<partition>` (Spark's RDDBlockId); null for any other name. */
export function rddOfBlock(blockId: string): number | null {
  const m = /^rdd_(\d+)_\d+$/.exec(blockId);
  return m ? Number(m[1]) : null;
}

export class BlockStore {
  /** Insertion order is recency order: a read moves the block to the end. */
  private readonly memory = new Map<string, MemoryBlock>();
  private readonly disk = new Map<string, number>();
  private used = 0;

  constructor(readonly capacity: number) {}

  get memoryUsed(): number {
    return this.used;
  }

  where(blockId: string): BlockPlace | null {
    if (this.memory.has(blockId)) return 'memory';
    return this.disk.has(blockId) ? 'disk' : null;
  }

  /** A read: marks the block most recently used. */
  touch(blockId: string): void {
    const block = this.memory.get(blockId);
    if (block === undefined) return;
    this.memory.delete(blockId);
    this.memory.set(blockId, block);
  }

  /**
   * Stores a block of RDD `rddId`. Room is made as `MemoryStore.evictBlocksToFreeSpace` makes it:
   * least recently used blocks first, never a block of the same RDD (that would cycle an RDD that
   * does not fit through memory), and nothing at all unless enough can be freed; a block that finds
   * no room goes to disk when its level allows, else it is not stored.
   */
  put(blockId: string, rddId: number, bytes: number, level: StorageLevelName): PutResult {
    const evicted: { blockId: string; toDisk: boolean }[] = [];
    if (usesMemory(level) && bytes <= this.capacity) {
      const victims = this.victims(rddId, this.used + bytes - this.capacity);
      if (victims !== null) {
        for (const id of victims) {
          const block = this.memory.get(id)!;
          this.memory.delete(id);
          this.used -= block.bytes;
          if (block.spillToDisk) this.disk.set(id, block.bytes);
          evicted.push({ blockId: id, toDisk: block.spillToDisk });
        }
        this.memory.set(blockId, { bytes, spillToDisk: usesDisk(level) });
        this.used += bytes;
        return { stored: 'memory', evicted };
      }
    }
    if (usesDisk(level)) {
      this.disk.set(blockId, bytes);
      return { stored: 'disk', evicted };
    }
    return { stored: null, evicted };
  }

  /** The blocks to evict to free `space` bytes (none when `space` ≤ 0), or null when that is impossible. */
  private victims(rddId: number, space: number): string[] | null {
    const selected: string[] = [];
    let freed = 0;
    for (const [id, block] of this.memory) {
      if (freed >= space) break;
      if (rddOfBlock(id) === rddId) continue;
      selected.push(id);
      freed += block.bytes;
    }
    return freed >= space ? selected : null;
  }

  /** Every block id held, memory first. */
  blockIds(): string[] {
    return [...this.memory.keys(), ...this.disk.keys()];
  }
}
