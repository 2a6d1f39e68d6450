/**
 * The event-log importer: compressed chunks → decompression → lines → JSON → typed listener events
 * → the trace and the application the History Server would show (ReplayListenerBus.replay feeding
 * AppStatusListener). Pure and streaming: no Node built-ins, bytes in and results out, and nothing
 * of a line is kept once it has been turned into an event. In the browser it runs in a Web Worker.
 *
 * Robustness (DESIGN.md "Inputs are untrusted"): a line that is not JSON, or an event that lacks a
 * field it needs, is skipped with a warning naming the line; unknown event types are ignored as
 * Spark ignores them; state is applied in line order whatever the timestamps say.
 */
import { withDefaults } from '../limits.ts';
import { TraceBuilder } from '../trace/trace-builder.ts';
import { ApplicationBuilder } from './application/builder.ts';
import type { Codec } from './codecs/codec.ts';
import { MAGIC_LENGTH, codecFromFileName, codecFromMagic, createDecoder } from './codecs/codec.ts';
import type { StreamDecoder } from './codecs/stream-decoder.ts';
import { DecodeError } from './codecs/stream-decoder.ts';
import type { ImportOptions, ImportResult, ImportWarning } from './import-result.ts';
import { ImportError } from './import-result.ts';
import { LineSplitter } from './line-splitter.ts';
import { formatImportMessage } from './messages/format.ts';
import type { ImportMessage } from './messages/params.ts';
import { importMessage } from './messages/params.ts';
import { NormalizeContext } from './normalize/context.ts';
import { FieldError, isObject } from './normalize/fields.ts';
import { normalizeEvent, shortEventName } from './normalize/normalize-event.ts';

/** Compressed bytes handed to the decompressor at a time (see `feed`). */
const DECODE_SLICE = 64 * 1024;

export interface EventLogImporter {
  /** Starts a file; its codec comes from `codec`, else from the name, and is checked against its first bytes. */
  beginFile(name: string | null, codec?: Codec): void;
  push(chunk: Uint8Array): void;
  endFile(): void;
  /** Ends any open file and returns the result; throws ImportError when not one line was a Spark listener event. */
  finish(): ImportResult;
}

export function createImporter(options: ImportOptions = {}): EventLogImporter {
  const maxWarnings = options.maxWarnings ?? 1000;
  const limits = withDefaults(
    options.maxLineBytes === undefined ? {} : { maxLineBytes: options.maxLineBytes },
  );
  const trace = new TraceBuilder();
  const application = new ApplicationBuilder();
  const ctx = new NormalizeContext();
  const warnings: ImportWarning[] = [];
  let omitted = 0;
  let firstOmitted = 0;
  let eventLines = 0;
  let bytesRead = 0;

  const warn = (line: number, detail: ImportMessage): void => {
    if (warnings.length < maxWarnings) warnings.push(warning(line, detail));
    else if (omitted++ === 0) firstOmitted = line;
  };

  const onLine = (text: string, line: number, tooLong: boolean): void => {
    if (tooLong) return warn(line, importMessage('lineTooLong', { limit: limits.maxLineBytes }));
    if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1); // a byte-order mark some editors add
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return warn(line, importMessage('notJson', { detail: errorText(error) }));
    }
    if (!isObject(value) || typeof value['Event'] !== 'string') {
      return warn(line, importMessage('notEvent'));
    }
    eventLines++;
    const name = shortEventName(value['Event']);
    try {
      const normalized = normalizeEvent(value, ctx);
      if (!normalized) return;
      trace.add(normalized.event, normalized.timed);
      application.apply(normalized.event);
      if (normalized.timed) ctx.lastTime = normalized.event.time;
    } catch (error) {
      const event = name.slice(0, 80);
      if (error instanceof FieldError)
        return warn(line, importMessage('badEvent', { event, problem: error.detail }));
      // Anything else (a stack overflow on absurd nesting, say) still costs only this line.
      return warn(line, importMessage('unreadable', { event, detail: errorText(error) }));
    }
  };

  const lines = new LineSplitter(onLine, limits.maxLineBytes);
  let fileName: string | null = null;
  let declared: Codec = 'none';
  let decoder: StreamDecoder | null = null;
  let head: Uint8Array | null = null; // the first bytes of the file, until the codec is settled
  let broken = false; // the rest of this file cannot be decoded
  let inFile = false;

  const decodeFailed = (error: DecodeError): void => {
    const file = fileName;
    if (eventLines === 0)
      throw new ImportError(importMessage('cannotDecompress', { file, problem: error.detail }));
    warn(lines.lineNumber, importMessage('decodeFailed', { file, problem: error.detail }));
    broken = true;
  };

  const feed = (bytes: Uint8Array): void => {
    if (broken) return;
    if (!decoder) return lines.push(bytes);
    try {
      // Compressed input goes in slices, so what one push decompresses (up to the codec's ratio
      // times the slice) is split into lines while it is still in the cache, and memory stays
      // bounded when a reader hands over a whole file at once.
      for (let at = 0; at < bytes.length; at += DECODE_SLICE)
        for (const out of decoder.push(bytes.subarray(at, at + DECODE_SLICE))) lines.push(out);
    } catch (error) {
      if (error instanceof DecodeError) decodeFailed(error);
      else throw error;
    }
  };

  /** Settles the codec from the first bytes: the name's codec must match them; an unnamed one is recognised. */
  const settle = (first: Uint8Array): void => {
    const seen = codecFromMagic(first);
    let codec = declared;
    if (declared === 'none' && seen !== null) codec = seen;
    else if (declared !== 'none' && seen !== declared) {
      throw new ImportError(importMessage('codecMismatch', { file: fileName, codec: declared }));
    }
    decoder = createDecoder(codec);
    head = null;
    feed(first);
  };

  const checkCancel = (): void => {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('import cancelled');
  };

  return {
    beginFile(name, codec) {
      inFile = true;
      fileName = name;
      declared = codec ?? (name === null ? 'none' : codecFromFileName(name));
      decoder = null;
      head = new Uint8Array(0);
      broken = false;
    },
    push(chunk) {
      checkCancel();
      if (!inFile) this.beginFile(null);
      bytesRead += chunk.length;
      if (head !== null) {
        const joined = new Uint8Array(head.length + chunk.length);
        joined.set(head);
        joined.set(chunk, head.length);
        if (joined.length < MAGIC_LENGTH) head = joined;
        else settle(joined);
      } else {
        feed(chunk);
      }
      options.onProgress?.(bytesRead);
    },
    endFile() {
      if (!inFile) return;
      inFile = false;
      if (head !== null) settle(head);
      if (decoder && !broken) {
        try {
          const { chunks, truncated } = decoder.end();
          for (const out of chunks) lines.push(out);
          if (truncated > 0) warn(lines.lineNumber, importMessage('truncatedBlock', { file: fileName }));
        } catch (error) {
          if (error instanceof DecodeError) decodeFailed(error);
          else throw error;
        }
      }
      lines.endFile();
      decoder = null;
      head = null;
    },
    finish() {
      this.endFile();
      if (eventLines === 0) {
        throw new ImportError(importMessage('noEvents'));
      }
      const built = trace.build();
      const all =
        omitted > 0
          ? [...warnings, warning(firstOmitted, importMessage('moreLines', { count: omitted }))]
          : warnings;
      return { trace: built, application: application.build(built), warnings: all, eventLines };
    },
  };
}

function warning(line: number, detail: ImportMessage): ImportWarning {
  return { line, message: formatImportMessage(detail), detail };
}

/** The text of something thrown by a JSON parser or a codec library, as it wrote it. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One file of a log: a single-file log, or one `events_N_…` file of a rolling log, in order. */
export interface EventLogFile {
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/**
 * Imports a whole log: one stream of chunks (with `fileName` naming its codec), or the files of a
 * rolling log in order.
 */
export async function importEventLog(
  input: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | readonly EventLogFile[],
  options: ImportOptions & { readonly fileName?: string; readonly codec?: Codec } = {},
): Promise<ImportResult> {
  const importer = createImporter(options);
  const files: readonly EventLogFile[] = isFileList(input)
    ? input
    : [{ name: options.fileName ?? '', chunks: input }];
  for (const file of files) {
    importer.beginFile(file.name === '' ? null : file.name, files.length === 1 ? options.codec : undefined);
    for await (const chunk of file.chunks) importer.push(chunk);
    importer.endFile();
  }
  return importer.finish();
}

function isFileList(input: unknown): input is readonly EventLogFile[] {
  return Array.isArray(input) && input.every((f) => isObject(f) && 'chunks' in f);
}
