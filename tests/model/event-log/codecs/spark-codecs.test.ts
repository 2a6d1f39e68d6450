/**
 * Streams compressed by Spark 3.5.9's own CompressionCodec (lz4-java, compress-lzf, snappy-java,
 * zstd-jni; see fixtures/eventlogs/codec-samples/README.md) decode to the original log, byte for
 * byte, and import like it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../../../../src/model/event-log/codecs/codec.ts';
import type { Codec } from '../../../../src/model/event-log/codecs/codec.ts';
import { REPO_ROOT, readSharedLog, summaryOf } from '../shared-logs.ts';

const SAMPLES = join(REPO_ROOT, 'fixtures', 'eventlogs', 'codec-samples');
const plain = readSharedLog('local-1642039451826');

describe.each(['lz4', 'lzf', 'snappy', 'zstd'] as const)(
  'Spark %s codec',
  (codec: Exclude<Codec, 'none'>) => {
    const file = `local-1642039451826.${codec}`;
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));

    it('decodes to the original log, byte for byte, in 4 KiB chunks', () => {
      const decoder = createDecoder(codec)!;
      const parts: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += 4096) parts.push(...decoder.push(bytes.subarray(i, i + 4096)));
      const end = decoder.end();
      expect(end.truncated).toBe(0);
      const out = Buffer.concat([...parts, ...end.chunks]);
      expect(out.length).toBe(plain.length);
      expect(Buffer.compare(out, plain)).toBe(0);
    });

    it('imports to the summary of the plain log', async () => {
      expect(await summaryOf(bytes, file)).toEqual(await summaryOf(plain));
    });
  },
);
