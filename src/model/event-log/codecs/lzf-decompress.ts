/**
 * Decodes one LZF block (liblzf's lzf_d.c, as ported by compress-lzf's ChunkDecoder). No maintained
 * npm package does this without Node's Buffer, and the algorithm is twenty lines:
 *
 *   ctrl < 32:  a literal run of ctrl + 1 bytes;
 *   otherwise:  a back reference of length (ctrl >> 5) + 2 (7 means: add the next byte), at
 *               distance ((ctrl & 31) << 8) + next byte + 1.
 *
 * Throws a RangeError when the block reads or writes out of bounds or does not fill `length` bytes.
 */
export function lzfDecompress(input: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let ip = 0;
  let op = 0;
  while (ip < input.length) {
    const ctrl = input[ip++]!;
    if (ctrl < 32) {
      const run = ctrl + 1;
      if (ip + run > input.length || op + run > length) throw new RangeError('literal run out of bounds');
      out.set(input.subarray(ip, ip + run), op);
      ip += run;
      op += run;
      continue;
    }
    let len = ctrl >> 5;
    if (len === 7) {
      if (ip >= input.length) throw new RangeError('back reference cut off');
      len += input[ip++]!;
    }
    if (ip >= input.length) throw new RangeError('back reference cut off');
    let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++]!;
    len += 2;
    if (ref < 0 || op + len > length) throw new RangeError('back reference out of bounds');
    // Byte by byte: a reference may overlap the bytes it produces.
    while (len-- > 0) out[op++] = out[ref++]!;
  }
  if (op !== length) throw new RangeError(`decoded ${op} bytes instead of ${length}`);
  return out;
}
