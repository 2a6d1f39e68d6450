/**
 * Spark's `.lzf` event logs: compress-lzf's LZFOutputStream (com.ning.compress.lzf). A sequence of
 * chunks, each
 *
 *   "ZV" · 0 (stored) · length (uint16 BE) · bytes
 *   "ZV" · 1 (compressed) · compressed length (uint16 BE) · decompressed length (uint16 BE) · LZF block
 */
import { ByteQueue, readUint16BE, startsWith } from './byte-queue.ts';
import { importMessage } from '../messages/params.ts';
import { LzfBlockError, lzfDecompress } from './lzf-decompress.ts';
import type { StreamDecoder } from './stream-decoder.ts';
import { DecodeError } from './stream-decoder.ts';

export const LZF_MAGIC = [0x5a, 0x56]; // "ZV"

export function createLzfStreamDecoder(): StreamDecoder {
  const input = new ByteQueue();
  const drain = (): Uint8Array[] => {
    const out: Uint8Array[] = [];
    while (input.available >= 5) {
      const at = input.consumed;
      const head = input.peek(Math.min(7, input.available));
      if (!startsWith(head, LZF_MAGIC)) throw new DecodeError(importMessage('lzfNoHeader', { at }));
      const type = head[2];
      if (type === 0) {
        const length = readUint16BE(head, 3);
        if (input.available < 5 + length) break;
        input.skip(5);
        out.push(input.take(length));
      } else if (type === 1) {
        if (head.length < 7) break;
        const compressed = readUint16BE(head, 3);
        const length = readUint16BE(head, 5);
        if (input.available < 7 + compressed) break;
        input.skip(7);
        try {
          out.push(lzfDecompress(input.take(compressed), length));
        } catch (error) {
          const problem =
            error instanceof LzfBlockError
              ? error.detail
              : importMessage('text', { text: error instanceof Error ? error.message : String(error) });
          throw new DecodeError(importMessage('lzfBadChunk', { at, problem }));
        }
      } else {
        throw new DecodeError(importMessage('lzfUnknownType', { at, type: type! }));
      }
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
