/**
 * Which compression an event log uses. Spark names the codec in the file extension
 * (`<appId>[.<codec>][.inprogress]`, EventLogFileWriter.codecName); the first bytes confirm it.
 */
import { LZ4_BLOCK_MAGIC, createLz4BlockDecoder } from './lz4-block-stream.ts';
import { LZF_MAGIC, createLzfStreamDecoder } from './lzf-stream.ts';
import { SNAPPY_MAGIC, createSnappyStreamDecoder } from './snappy-stream.ts';
import type { StreamDecoder } from './stream-decoder.ts';
import { startsWith } from './byte-queue.ts';
import { ZSTD_MAGIC, createZstdStreamDecoder } from './zstd-stream.ts';

export type Codec = 'none' | 'lz4' | 'lzf' | 'snappy' | 'zstd';

export const CODECS: readonly Codec[] = ['none', 'lz4', 'lzf', 'snappy', 'zstd'];

const MAGIC: readonly (readonly [Codec, readonly number[]])[] = [
  ['lz4', LZ4_BLOCK_MAGIC],
  ['snappy', SNAPPY_MAGIC],
  ['zstd', ZSTD_MAGIC],
  ['lzf', LZF_MAGIC],
];

/**
 * The codec a file name declares: `.lz4`, `.lzf`, `.snappy`, `.zstd` (also `.zst`), before any
 * `.inprogress` or, in a rolling log, `.compact` suffix.
 */
export function codecFromFileName(name: string): Codec {
  const base = name.replace(/\.inprogress$/, '').replace(/\.compact$/, '');
  const ext = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
  switch (ext) {
    case 'lz4':
    case 'lzf':
    case 'snappy':
    case 'zstd':
      return ext;
    case 'zst':
      return 'zstd';
    default:
      return 'none';
  }
}

/** The codec the first bytes show; null when they match none (plain JSON starts with `{`). */
export function codecFromMagic(head: Uint8Array): Codec | null {
  for (const [codec, magic] of MAGIC) if (startsWith(head, magic)) return codec;
  return null;
}

/** Enough leading bytes to recognise every codec. */
export const MAGIC_LENGTH = 8;

export function createDecoder(codec: Codec): StreamDecoder | null {
  switch (codec) {
    case 'none':
      return null;
    case 'lz4':
      return createLz4BlockDecoder();
    case 'lzf':
      return createLzfStreamDecoder();
    case 'snappy':
      return createSnappyStreamDecoder();
    case 'zstd':
      return createZstdStreamDecoder();
  }
}
