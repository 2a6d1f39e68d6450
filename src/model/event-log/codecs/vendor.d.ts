// Types for the two decompression libraries that ship none. Only the functions the codecs use.

declare module 'lz4js' {
  /** Decodes one raw LZ4 block from src[sIndex, sIndex + sLength) into dst from dIndex; returns the end index in dst. */
  export function decompressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    dIndex: number,
  ): number;
  /** Encodes src[sIndex, sIndex + sLength) as one raw LZ4 block; returns its length, 0 when incompressible. */
  export function compressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    hashTable: Uint32Array,
  ): number;
  export function compressBound(n: number): number;
}

declare module 'lz4js/xxh32.js' {
  /** XXH32 of src[index, index + len) with the given seed, as an unsigned 32-bit number. */
  export function hash(seed: number, src: Uint8Array, index: number, len: number): number;
}

declare module 'snappyjs' {
  /** Decodes one raw Snappy block; throws on an invalid block or one longer than maxLength. */
  export function uncompress(compressed: Uint8Array, maxLength?: number): Uint8Array;
  export function compress(uncompressed: Uint8Array): Uint8Array;
}

declare module 'lzfjs' {
  /** Test-only (a devDependency): LZF-compresses one block. */
  export function compress(data: Uint8Array): Uint8Array;
  export function decompress(data: Uint8Array): Uint8Array;
}
