/**
 * Spark's `.zstd` event logs: standard Zstandard frames (zstd-jni's ZstdOutputStream), possibly
 * several in a row; decoded by fzstd's streaming decompressor.
 */
import { Decompress } from 'fzstd';
import { importMessage } from '../messages/params.ts';
import type { StreamDecoder } from './stream-decoder.ts';
import { DecodeError } from './stream-decoder.ts';

export const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function createZstdStreamDecoder(): StreamDecoder {
  let out: Uint8Array[] = [];
  let pushed = 0;
  let finished = false;
  const decoder = new Decompress((data, final) => {
    if (data.length > 0) out.push(data);
    if (final) finished = true;
  });
  const run = (chunk: Uint8Array, final: boolean): Uint8Array[] => {
    try {
      decoder.push(chunk, final);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DecodeError(importMessage('zstdFailed', { detail, pushed }));
    }
    const result = out;
    out = [];
    return result;
  };
  return {
    push(chunk) {
      pushed += chunk.length;
      return run(chunk, false);
    },
    end() {
      // fzstd reports a stream that stops inside a frame as "unexpected EOF": a cut `.inprogress` log.
      try {
        decoder.push(new Uint8Array(0), true);
      } catch {
        const chunks = out;
        out = [];
        return { chunks, truncated: finished ? 0 : 1 };
      }
      const chunks = out;
      out = [];
      return { chunks, truncated: 0 };
    },
  };
}
