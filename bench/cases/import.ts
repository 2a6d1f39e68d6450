/**
 * Case 3, import: `importEventLog` on a generated log (./../generate/event-logs.ts), plain or
 * zstd, read from disk in 1 MiB chunks. Baseline, interleaved: the plain file read the same way,
 * split at newlines and `JSON.parse`d line by line, nothing else. For the zstd log the baseline is
 * still the plain file, so the ratio includes decompression.
 */
import { createReadStream } from 'node:fs';
import { importEventLog } from '../../src/model/index.ts';
import { repeat, type Repetitions } from '../measure.ts';
import type { NodeCaseResult } from './node-case-result.ts';

const CHUNK = 1 << 20;

async function jsonParseEveryLine(path: string): Promise<number> {
  let rest = '';
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, encoding: 'utf8' })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (end > start) JSON.parse(text.slice(start, end));
      lines++;
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') JSON.parse(rest);
  return lines;
}

export async function importCase(
  file: string,
  plainFile: string,
  reps: Repetitions,
): Promise<NodeCaseResult> {
  let events = 0;
  let warnings = 0;
  const samples = await repeat(
    reps,
    async () => {
      const result = await importEventLog(createReadStream(file, { highWaterMark: CHUNK }), {
        fileName: file,
      });
      events = result.eventLines;
      warnings = result.warnings.length;
    },
    () => jsonParseEveryLine(plainFile),
  );
  return { samples, note: `${events} events, ${warnings} warnings` };
}
