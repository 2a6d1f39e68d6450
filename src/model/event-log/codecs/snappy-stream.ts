/**
 * Spark's `.snappy` event logs: snappy-java's SnappyOutputStream framing (org.xerial.snappy), not
 * the Snappy framing format. The stream starts with a 16-byte header
 *
 *   0x82 "SNAPPY" 0x00 · version (int32 BE) · compatible version (int32 BE)
 *
 * followed by chunks of [compressed length (int32 BE)][raw Snappy block]. Like SnappyInputStream,
 * a header met where a chunk should start begins a concatenated stream and is skipped. Raw blocks
 * are decoded by snappyjs.
 */
import { uncompress } from 'snappyjs';
import { ByteQueue, readInt32BE, startsWith } from './byte-queue.ts';
import type { StreamDecoder } from './stream-decoder.ts';
import { DecodeError } from './stream-decoder.ts';
import { importMessage } from '../messages/params.ts';

export const SNAPPY_MAGIC = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00];
const HEADER = 16;
/** snappy-java's largest block is far below this; a larger length means a corrupt stream. */
const MAX_BLOCK = 1 << 27;

export function createSnappyStreamDecoder(): StreamDecoder {
  const input = new ByteQueue();
  const drain = (): Uint8Array[] => {
    const out: Uint8Array[] = [];
    for (;;) {
      if (
        input.available >= SNAPPY_MAGIC.length &&
        startsWith(input.peek(SNAPPY_MAGIC.length), SNAPPY_MAGIC)
      ) {
        if (input.available < HEADER) break;
        input.skip(HEADER);
        continue;
      }
      if (input.available < 4) break;
      const length = readInt32BE(input.peek(4), 0);
      if (length < 0 || length > MAX_BLOCK) {
        throw new DecodeError(importMessage('snappyChunkLength', { at: input.consumed, length }));
      }
      if (input.available < 4 + length) break;
      const at = input.consumed;
      input.skip(4);
      const block = input.take(length);
      try {
        out.push(uncompress(block, MAX_BLOCK));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new DecodeError(importMessage('snappyBadChunk', { at, detail }));
      }
    }
    return out;
  };
  let started = false;
  return {
    push(chunk) {
      input.push(chunk);
      if (!started) {
        if (input.available < SNAPPY_MAGIC.length) return [];
        if (!startsWith(input.peek(SNAPPY_MAGIC.length), SNAPPY_MAGIC)) {
          throw new DecodeError(importMessage('snappyNoHeader'));
        }
        started = true;
      }
      return drain();
    },
    end() {
      if (!started && input.available > 0) {
        throw new DecodeError(importMessage('snappyShortHeader'));
      }
      return { chunks: drain(), truncated: input.available };
    },
  };
}
