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
    for (;;) {
      const nl = bytes.indexOf(0x0a, start);
      if (nl < 0) {
        this.keep(bytes.subarray(start));
        return;
      }
      this.keep(bytes.subarray(start, nl));
      this.emit();
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
    // Copy: the caller may reuse its buffer.
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
