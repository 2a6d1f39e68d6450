/**
 * Each codec's framing decodes to the original bytes, whatever the chunk boundaries, and the log
 * it carries imports exactly like the plain log. lz4/snappy/lzf streams are framed by ./encode.ts
 * from the Java libraries' layouts; the zstd samples were written by the zstd 1.5 command-line tool
 * (fixtures/eventlogs/codec-samples/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codecFromFileName,
  codecFromMagic,
  createDecoder,
} from '../../../../src/model/event-log/codecs/codec.ts';
import type { Codec } from '../../../../src/model/event-log/codecs/codec.ts';
import { lzfDecompress } from '../../../../src/model/event-log/codecs/lzf-decompress.ts';
import { DecodeError } from '../../../../src/model/event-log/codecs/stream-decoder.ts';
import { importEventLog } from '../../../../src/model/event-log/importer.ts';
import { importSummary } from '../../../../src/model/event-log/application/summary.ts';
import { REPO_ROOT, readSharedLog, summaryOf } from '../shared-logs.ts';
import { concat, lz4BlockStream, lzfStream, snappyStream } from './encode.ts';

const SAMPLES = join(REPO_ROOT, 'fixtures', 'eventlogs', 'codec-samples');
const plain = readSharedLog('local-1430917381534');

const encoded: Record<Exclude<Codec, 'none'>, () => Uint8Array> = {
  lz4: () => lz4BlockStream(plain),
  snappy: () => snappyStream(plain),
  lzf: () => lzfStream(plain),
  zstd: () => new Uint8Array(readFileSync(join(SAMPLES, 'local-1430917381534.zstd'))),
};

function decodeAll(codec: Codec, bytes: Uint8Array, chunk: number): Uint8Array {
  const decoder = createDecoder(codec)!;
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunk) out.push(...decoder.push(bytes.subarray(i, i + chunk)));
  const end = decoder.end();
  expect(end.truncated).toBe(0);
  return concat([...out, ...end.chunks]);
}

/** Byte equality without a deep diff of 100 000 array elements. */
function expectSame(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  expect(Buffer.compare(actual, expected)).toBe(0);
}

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe.each(Object.keys(encoded) as Exclude<Codec, 'none'>[])('%s', (codec) => {
  it('decodes to the original bytes in one chunk and in chunks of 1, 7 and 4096 bytes', () => {
    const bytes = encoded[codec]();
    for (const size of [bytes.length, 1, 7, 4096]) expectSame(decodeAll(codec, bytes, size), plain);
  });

  it('is recognised by its file extension and by its first bytes', () => {
    expect(codecFromFileName(`local-1430917381534.${codec}`)).toBe(codec);
    expect(codecFromFileName(`local-1430917381534.${codec}.inprogress`)).toBe(codec);
    expect(codecFromMagic(encoded[codec]().subarray(0, 8))).toBe(codec);
  });

  it('imports to the same summary as the plain log', async () => {
    const expected = await summaryOf(plain);
    const result = await importEventLog(chunked(encoded[codec](), 1000), { fileName: `app.${codec}` });
    expect(importSummary(result.application, result.warnings)).toEqual(expected);
  });

  it('reads an .inprogress file cut inside a block up to the cut, with warnings and no throw', async () => {
    const bytes = encoded[codec]();
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const result = await importEventLog([cut], { fileName: `app.${codec}.inprogress` });
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.application.jobs.map((j) => j.jobId)).toEqual([0]);
  });

  it('fails with a one-line message when the data is corrupt from the start', async () => {
    const bytes = encoded[codec]().slice();
    // Keep the magic, ruin what follows.
    for (let i = 8; i < 64; i++) bytes[i] = 0xff;
    await expect(importEventLog([bytes], { fileName: `app.${codec}` })).rejects.toThrow(
      /cannot decompress|not one line/,
    );
  });
});

describe('framing details', () => {
  it('zstd: reads several concatenated frames', () => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, 'local-1430917381534-two-frames.zstd')));
    expectSame(decodeAll('zstd', bytes, 333), plain);
  });

  it('lz4: reads on after an end mark (concatenated LZ4Block streams) and checks each block checksum', () => {
    const half = plain.length >> 1;
    const two = concat([lz4BlockStream(plain.subarray(0, half)), lz4BlockStream(plain.subarray(half))]);
    expectSame(decodeAll('lz4', two, 5000), plain);
    const bad = lz4BlockStream(plain).slice();
    bad[17] = bad[17]! ^ 0x01; // the first block's checksum
    expect(() => decodeAll('lz4', bad, bad.length)).toThrow(DecodeError);
  });

  it('snappy: skips a second header where a chunk would start (concatenated streams)', () => {
    const half = plain.length >> 1;
    const two = concat([snappyStream(plain.subarray(0, half)), snappyStream(plain.subarray(half))]);
    expectSame(decodeAll('snappy', two, 4096), plain);
  });

  it('lzf: reads stored and compressed chunks', () => {
    const stored = Uint8Array.of(0x5a, 0x56, 0, 0, 3, 0x61, 0x62, 0x63);
    const compressed = lzfStream(new TextEncoder().encode('abcabcabcabcabcabcabc'));
    expect(compressed[2]).toBe(1);
    expect(new TextDecoder().decode(decodeAll('lzf', concat([stored, compressed]), 3))).toBe(
      'abcabcabcabcabcabcabcabc',
    );
  });

  it('lzf block decoder: literal runs, overlapping back references, and out-of-bounds references rejected', () => {
    // "a" literal, then a back reference of length 5 at distance 1: "aaaaaa".
    expect(new TextDecoder().decode(lzfDecompress(Uint8Array.of(0x00, 0x61, 0x60, 0x00), 6))).toBe('aaaaaa');
    expect(() => lzfDecompress(Uint8Array.of(0x60, 0x05), 5)).toThrow(RangeError);
    expect(() => lzfDecompress(Uint8Array.of(0x05, 0x61), 6)).toThrow(RangeError);
  });

  it('a file named without a codec but starting like one is decoded by its magic', async () => {
    const result = await importEventLog([lz4BlockStream(plain)], { fileName: 'events_1_app' });
    expect(result.warnings).toEqual([]);
    expect(result.application.taskTotals.total).toBe(110);
  });
});
