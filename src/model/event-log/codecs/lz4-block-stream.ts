/**
 * Spark's `.lz4` event logs: lz4-java's LZ4BlockOutputStream framing (net.jpountz.lz4.LZ4BlockOutputStream),
 * not the LZ4 frame format. Each block is
 *
 *   "LZ4Block" (8 bytes) · token (1: method 0x10 raw | 0x20 LZ4, low nibble = level)
 *   · compressed length (int32 LE) · decompressed length (int32 LE) · checksum (int32 LE) · data
 *
 * where the checksum is XXH32 (seed 0x9747b28c) of the decompressed bytes, masked to 28 bits. A
 * block with both lengths 0 ends a stream; Spark reads concatenated streams
 * (LZ4BlockInputStream without `stopOnEmptyBlock`), so decoding goes on after it. The raw LZ4
 * blocks are decoded by lz4js.
 */
import { decompressBlock } from 'lz4js';
import { hash as xxh32 } from 'lz4js/xxh32.js';
import { ByteQueue, readInt32LE, startsWith } from './byte-queue.ts';
import type { StreamDecoder } from './stream-decoder.ts';
import { DecodeError } from './stream-decoder.ts';
import { importMessage } from '../messages/params.ts';

export const LZ4_BLOCK_MAGIC = [0x4c, 0x5a, 0x34, 0x42, 0x6c, 0x6f, 0x63, 0x6b]; // "LZ4Block"
const HEADER = 21;
const METHOD_RAW = 0x10;
const METHOD_LZ4 = 0x20;
export const LZ4_CHECKSUM_SEED = 0x9747b28c;
/** lz4-java refuses blocks over 32 MiB (LZ4BlockOutputStream's maximum block size). */
const MAX_BLOCK = 1 << 25;

export function lz4Checksum(data: Uint8Array): number {
  return xxh32(LZ4_CHECKSUM_SEED, data, 0, data.length) & 0x0fffffff;
}

export function createLz4BlockDecoder(): StreamDecoder {
  const input = new ByteQueue();
  const drain = (): Uint8Array[] => {
    const out: Uint8Array[] = [];
    while (input.available >= HEADER) {
      const header = input.peek(HEADER);
      if (!startsWith(header, LZ4_BLOCK_MAGIC))
        throw new DecodeError(importMessage('lz4NoMagic', { at: input.consumed }));
      const method = header[8]! & 0xf0;
      const compressed = readInt32LE(header, 9);
      const original = readInt32LE(header, 13);
      const checksum = readInt32LE(header, 17);
      if (method !== METHOD_RAW && method !== METHOD_LZ4)
        throw new DecodeError(importMessage('lz4UnknownMethod', { at: input.consumed, method }));
      if (original < 0 || original > MAX_BLOCK || compressed < 0 || compressed > MAX_BLOCK) {
        throw new DecodeError(
          importMessage('lz4ImpossibleLengths', { at: input.consumed, compressed, original }),
        );
      }
      if (method === METHOD_RAW && compressed !== original)
        throw new DecodeError(importMessage('lz4RawLengths', { at: input.consumed }));
      if (input.available < HEADER + compressed) break;
      input.skip(HEADER);
      const data = input.take(compressed);
      if (original === 0) continue; // the end mark of one stream; another may follow
      let block: Uint8Array;
      if (method === METHOD_RAW) {
        block = data;
      } else {
        block = new Uint8Array(original);
        const end = decompressBlock(data, block, 0, compressed, 0);
        if (end !== original)
          throw new DecodeError(
            importMessage('lz4DecodedLength', { at: input.consumed, got: end, want: original }),
          );
      }
      if ((lz4Checksum(block) | 0) !== (checksum & 0x0fffffff))
        throw new DecodeError(importMessage('lz4Checksum', { at: input.consumed }));
      out.push(block);
    }
    return out;
  };
  return {
    push(chunk) {
      input.push(chunk);
      return drain();
    },
    end() {
      return { chunks: drain(), truncated: input.available };
    },
  };
}
