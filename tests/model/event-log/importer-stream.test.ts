/** The importer streams: any chunking gives the same result; progress is reported; it can be cancelled. */
import { describe, expect, it } from 'vitest';
import { createImporter, importEventLog } from '../../../src/model/event-log/importer.ts';
import { importSummary } from '../../../src/model/event-log/application/summary.ts';
import { readSharedLog, summaryOf } from './shared-logs.ts';

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function* slowly(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

describe('importEventLog', () => {
  it('gives the same summary for chunks of 1, 13 and 4096 bytes, split anywhere (even inside UTF-8 characters)', async () => {
    const bytes = readSharedLog('local-1642039451826');
    const expected = await summaryOf(bytes);
    for (const size of [1, 13, 4096]) {
      const result = await importEventLog(slowly(chunked(bytes, size)));
      expect(importSummary(result.application, result.warnings)).toEqual(expected);
    }
    const text = '{"Event":"SparkListenerApplicationStart","App Name":"日志 ✓","Timestamp":1,"User":"u"}\n';
    const utf8 = new TextEncoder().encode(text);
    const result = await importEventLog(chunked(utf8, 1));
    expect(result.trace.app.name).toBe('日志 ✓');
  });

  it('accepts \\r\\n line ends', async () => {
    const bytes = readSharedLog('local-1430917381534');
    const crlf = new TextEncoder().encode(new TextDecoder().decode(bytes).replaceAll('\n', '\r\n'));
    expect(await summaryOf(crlf)).toEqual(await summaryOf(bytes));
  });

  it('reports progress as the bytes read so far, ending at the file size', async () => {
    const bytes = readSharedLog('local-1430917381534');
    const seen: number[] = [];
    await importEventLog(chunked(bytes, 10000), { onProgress: (n) => seen.push(n) });
    expect(seen).toHaveLength(Math.ceil(bytes.length / 10000));
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it('stops with the signal’s reason when cancelled', async () => {
    const bytes = readSharedLog('local-1430917381534');
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const run = importEventLog(chunked(bytes, 1000), {
      signal: controller.signal,
      onProgress: (n) => n >= 5000 && controller.abort(reason),
    });
    await expect(run).rejects.toBe(reason);
  });

  it('keeps no line text: the trace holds typed events only', async () => {
    const result = await importEventLog([readSharedLog('local-1642039451826')]);
    const json = JSON.stringify(result.trace.events);
    expect(json).not.toContain('Stack Trace');
    expect(json).not.toContain('sparkPlanInfo');
    expect(result.eventLines).toBe(115);
  });
});

describe('createImporter', () => {
  it('takes files and chunks pushed one by one, numbering lines across files', () => {
    const importer = createImporter();
    const enc = new TextEncoder();
    importer.beginFile('events_1_app');
    importer.push(
      enc.encode('{"Event":"SparkListenerApplicationStart","App Name":"a","Timestamp":1,"User":"u"}\n'),
    );
    importer.endFile();
    importer.beginFile('events_2_app');
    importer.push(enc.encode('oops\n'));
    importer.endFile();
    const result = importer.finish();
    expect(result.warnings).toMatchObject([{ line: 2, message: expect.stringMatching(/^not JSON/) }]);
    expect(result.trace.app.name).toBe('a');
  });
});
