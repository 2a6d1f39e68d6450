/**
 * A growable array of small non-negative integers, stored in fixed chunks shared copy-on-write
 * between clones. A playback snapshot of a 100,000-partition map-output table then costs one
 * array of chunk pointers, not a copy of the table; a write copies only the chunk it touches.
 */
const CHUNK = 1024;

export class ChunkedInts {
  private chunks: Int32Array[];
  /** Whether this instance may write a chunk in place (false once a clone shares it). */
  private owned: boolean[];

  constructor(chunks: Int32Array[] = [], owned: boolean[] = []) {
    this.chunks = chunks;
    this.owned = owned;
  }

  get(i: number): number {
    return this.chunks[Math.floor(i / CHUNK)]?.[i % CHUNK] ?? 0;
  }

  set(i: number, value: number): void {
    const c = Math.floor(i / CHUNK);
    while (this.chunks.length <= c) {
      this.chunks.push(new Int32Array(CHUNK));
      this.owned.push(true);
    }
    let chunk = this.chunks[c] as Int32Array;
    if (!this.owned[c]) {
      chunk = chunk.slice();
      this.chunks[c] = chunk;
      this.owned[c] = true;
    }
    chunk[i % CHUNK] = value;
  }

  /** Indexes below `length` that hold a non-zero value, with that value. */
  forEach(length: number, f: (i: number, value: number) => void): void {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c] as Int32Array;
      const end = Math.min(CHUNK, length - c * CHUNK);
      for (let j = 0; j < end; j++) if (chunk[j] !== 0) f(c * CHUNK + j, chunk[j] as number);
    }
  }

  clone(): ChunkedInts {
    this.owned = this.owned.map(() => false);
    return new ChunkedInts(
      [...this.chunks],
      this.chunks.map(() => false),
    );
  }
}
