/**
 * Decodes one LZF block (liblzf's lzf_d.c, as ported by compress-lzf's ChunkDecoder). No maintained
 * npm package does this without Node's Buffer, and the algorithm is twenty lines:
 *
 *   ctrl < 32:  a literal run of ctrl + 1 bytes;
 *   otherwise:  a back reference of length (ctrl >> 5) + 2 (7 means: add the next byte), at
 *               distance ((ctrl & 31) << 8) + next byte + 1.
 *
 * Throws an LzfBlockError when the block reads or writes out of bounds or does not fill `length` bytes.
 */
import { formatImportMessage } from '../messages/format.ts';
import type { ImportMessage } from '../messages/params.ts';
import { importMessage } from '../messages/params.ts';

/** A corrupt LZF block; `detail` is the problem as data, `message` its English text. */
export class LzfBlockError extends RangeError {
  constructor(readonly detail: ImportMessage) {
    super(formatImportMessage(detail));
  }
}

export function lzfDecompress(input: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let ip = 0;
  let op = 0;
  while (ip < input.length) {
    const ctrl = input[ip++]!;
    if (ctrl < 32) {
      const run = ctrl + 1;
      if (ip + run > input.length || op + run > length)
        throw new LzfBlockError(importMessage('lzfLiteralRun'));
      out.set(input.subarray(ip, ip + run), op);
      ip += run;
      op += run;
      continue;
    }
    let len = ctrl >> 5;
    if (len === 7) {
      if (ip >= input.length) throw new LzfBlockError(importMessage('lzfBackRefCut'));
      len += input[ip++]!;
    }
    if (ip >= input.length) throw new LzfBlockError(importMessage('lzfBackRefCut'));
    let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++]!;
    len += 2;
    if (ref < 0 || op + len > length) throw new LzfBlockError(importMessage('lzfBackRefOut'));
    // Byte by byte: a reference may overlap the bytes it produces.
    while (len-- > 0) out[op++] = out[ref++]!;
  }
  if (op !== length) throw new LzfBlockError(importMessage('lzfDecodedLength', { got: op, want: length }));
  return out;
}
