/**
 * A streaming decompressor: compressed chunks in, decompressed chunks out, holding at most one
 * block of input. `end()` reports input that stops inside a block (an `.inprogress` log cut while
 * being written) as `truncated` instead of failing, so the lines before it can still be read.
 */
import { formatImportMessage } from '../messages/format.ts';
import type { ImportMessage } from '../messages/params.ts';

export interface StreamDecoder {
  push(chunk: Uint8Array): Uint8Array[];
  end(): { readonly chunks: Uint8Array[]; readonly truncated: number };
}

/**
 * Corrupt compressed data: names the codec and the byte position in the compressed stream.
 * `detail` is the problem as data (../messages/), `message` its English text.
 */
export class DecodeError extends Error {
  constructor(readonly detail: ImportMessage) {
    super(formatImportMessage(detail));
  }
}
