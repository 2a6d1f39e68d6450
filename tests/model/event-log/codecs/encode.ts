/**
 * Test-only encoders for the framings Spark's Java libraries write, so the decoders can be checked
 * before (and besides) logs written by real Spark: lz4-java's LZ4BlockOutputStream, snappy-java's
 * SnappyOutputStream and compress-lzf's LZFOutputStream. Raw blocks come from independent
 * libraries (lz4js, snappyjs, lzfjs); only the framing is written here, from the Java sources'
 * layout.
 */
import { compressBlock, compressBound } from 'lz4js';
import { compress as lzfCompress } from 'lzfjs';
import { compress as snappyCompress } from 'snappyjs';
import { lz4Checksum } from '../../../../src/model/event-log/codecs/lz4-block-stream.ts';

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function int32(value: number, littleEndian: boolean): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, value, littleEndian);
  return b;
}

function blocks(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, Math.min(data.length, i + size)));
  return out;
}

const LZ4_MAGIC = new TextEncoder().encode('LZ4Block');

/** LZ4BlockOutputStream: blocks of `blockSize`, each LZ4-compressed unless that does not shrink it, then the end mark. */
export function lz4BlockStream(data: Uint8Array, blockSize = 32 * 1024): Uint8Array {
  const level = Math.max(0, Math.ceil(Math.log2(blockSize)) - 10);
  const parts: Uint8Array[] = [];
  for (const block of blocks(data, blockSize)) {
    const dst = new Uint8Array(compressBound(block.length));
    const size = compressBlock(block, dst, 0, block.length, new Uint32Array(1 << 16));
    const raw = size === 0 || size >= block.length;
    const body = raw ? block : dst.subarray(0, size);
    parts.push(
      LZ4_MAGIC,
      Uint8Array.of((raw ? 0x10 : 0x20) | level),
      int32(body.length, true),
      int32(block.length, true),
      int32(lz4Checksum(block), true),
      body,
    );
  }
  parts.push(LZ4_MAGIC, Uint8Array.of(0x10 | level), int32(0, true), int32(0, true), int32(0, true));
  return concat(parts);
}

const SNAPPY_HEADER = concat([
  Uint8Array.of(0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00),
  int32(1, false),
  int32(1, false),
]);

/** SnappyOutputStream: the 16-byte header, then [length int32 BE][raw snappy block] per block. */
export function snappyStream(data: Uint8Array, blockSize = 32 * 1024): Uint8Array {
  const parts: Uint8Array[] = [SNAPPY_HEADER];
  for (const block of blocks(data, blockSize)) {
    const compressed = snappyCompress(block);
    parts.push(int32(compressed.length, false), compressed);
  }
  return concat(parts);
}

/** LZFOutputStream: "ZV" chunks of at most 64 KiB, compressed (type 1) when that is shorter, else stored (type 0). */
export function lzfStream(data: Uint8Array, chunkSize = 0xffff): Uint8Array {
  const parts: Uint8Array[] = [];
  const u16 = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
  for (const block of blocks(data, chunkSize)) {
    const compressed = new Uint8Array(lzfCompress(block));
    if (compressed.length < block.length) {
      parts.push(Uint8Array.of(0x5a, 0x56, 1), u16(compressed.length), u16(block.length), compressed);
    } else {
      parts.push(Uint8Array.of(0x5a, 0x56, 0), u16(block.length), block);
    }
  }
  return concat(parts);
}

export { concat };
