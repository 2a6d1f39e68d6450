/**
 * Splits a byte stream into text lines on `\n`, decoding UTF-8 line by line, holding only the
 * current unfinished line. Lines are numbered from 1 across everything pushed (the files of a
 * rolling log continue the numbering). A line longer than `maxLineBytes` is not kept: it is
 * reported with `tooLong` so the importer can skip it with a warning, and memory stays bounded.
 */
import { MAX_LINE_BYTES } from '../limits.ts';

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string) => TextDecoderLike;
// TextDecoder exists in browsers, Workers and Node; the model's tsconfig has no DOM types to name it.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

export type LineHandler = (text: string, line: number, tooLong: boolean) => void;

export class LineSplitter {
  private readonly decoder = new Decoder('utf-8');
  private parts: Uint8Array[] = [];
  private partLength = 0;
  private tooLong = false;
  private nextLine = 1;

  constructor(
    private readonly onLine: LineHandler,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  /** The number the next line will get. */
  get lineNumber(): number {
    return this.nextLine;
  }

  push(bytes: Uint8Array): void {
    let start = 0;
    // A line begun in an earlier chunk ends at this chunk's first newline.
    if (this.partLength > 0 || this.tooLong) {
      const nl = bytes.indexOf(0x0a);
      if (nl < 0) return this.keep(bytes);
      this.keep(bytes.subarray(0, nl));
      this.emit();
      start = nl + 1;
    }
    const last = bytes.lastIndexOf(0x0a);
    if (last >= start) {
      if (last - start <= this.maxLineBytes) this.emitWhole(bytes.subarray(start, last));
      else this.emitEach(bytes.subarray(start, last + 1));
      start = last + 1;
    }
    this.keep(bytes.subarray(start));
  }

  /**
   * Whole lines, none longer than the limit: decoded in one call and split as text (a UTF-8
   * decoder turns each 0x0a byte into one "\n", malformed bytes around it or not), with no copy
   * of the bytes; one decode per chunk rather than per line.
   */
  private emitWhole(bytes: Uint8Array): void {
    const text = this.decoder.decode(bytes);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      this.onLine(text.slice(from, nl), this.nextLine++, false);
      from = nl + 1;
    }
    this.onLine(text.slice(from), this.nextLine++, false);
  }

  /** Whole lines, each ending in "\n", some possibly over the limit: one at a time. */
  private emitEach(bytes: Uint8Array): void {
    let start = 0;
    for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, start)) {
      if (nl - start <= this.maxLineBytes)
        this.onLine(this.decoder.decode(bytes.subarray(start, nl)), this.nextLine++, false);
      else this.onLine('', this.nextLine++, true);
      start = nl + 1;
    }
  }

  /** Ends the current file: a last line without `\n` (a cut `.inprogress` log) is emitted as it is. */
  endFile(): void {
    if (this.partLength > 0 || this.tooLong) this.emit();
  }

  private keep(part: Uint8Array): void {
    if (part.length === 0 || this.tooLong) return;
    if (this.partLength + part.length > this.maxLineBytes) {
      this.tooLong = true;
      this.parts = [];
      this.partLength = 0;
      return;
    }
    // Copy: the line goes on in the next chunk, and the caller may reuse this one's buffer.
    this.parts.push(part.slice());
    this.partLength += part.length;
  }

  private emit(): void {
    const line = this.nextLine++;
    if (this.tooLong) {
      this.tooLong = false;
      this.onLine('', line, true);
      return;
    }
    let bytes: Uint8Array;
    if (this.parts.length === 1) bytes = this.parts[0]!;
    else {
      bytes = new Uint8Array(this.partLength);
      let at = 0;
      for (const p of this.parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    this.parts = [];
    this.partLength = 0;
    this.onLine(this.decoder.decode(bytes), line, false);
  }
}
