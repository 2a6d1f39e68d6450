/**
 * Input bytes waiting to be decoded: the framing decoders read a header, then a block of known
 * length, from chunks that may split them anywhere. Holds only what is not decoded yet.
 */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  /** Index of the first unread chunk, and the read position inside it. */
  private first = 0;
  private head = 0;
  private size = 0;
  /** Bytes consumed so far: a position for error messages. */
  consumed = 0;

  get available(): number {
    return this.size;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** The next n bytes without consuming them; n must be ≤ available. */
  peek(n: number): Uint8Array {
    const first = this.chunks[this.first];
    if (first && first.length - this.head >= n) return first.subarray(this.head, this.head + n);
    const out = new Uint8Array(n);
    let filled = 0;
    let offset = this.head;
    for (let i = this.first; i < this.chunks.length; i++) {
      const chunk = this.chunks[i]!;
      const part = chunk.subarray(offset, Math.min(chunk.length, offset + n - filled));
      out.set(part, filled);
      filled += part.length;
      offset = 0;
      if (filled === n) break;
    }
    return out;
  }

  /** Consumes and returns the next n bytes; n must be ≤ available. */
  take(n: number): Uint8Array {
    const out = this.peek(n);
    this.skip(n);
    return out;
  }

  skip(n: number): void {
    this.size -= n;
    this.consumed += n;
    let left = n;
    while (left > 0) {
      const first = this.chunks[this.first]!;
      const rest = first.length - this.head;
      if (rest > left) {
        this.head += left;
        break;
      }
      left -= rest;
      this.first++;
      this.head = 0;
    }
    // Drop consumed chunks now and then, not one by one (Array.shift is linear).
    if (this.first > 64 && this.first * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}

export function readInt32BE(b: Uint8Array, at: number): number {
  return (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]! | 0;
}

export function readInt32LE(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24) | 0;
}

export function readUint16BE(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

export function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((byte, i) => b[i] === byte);
}
