/** English messages of the event-log importer (see ./params.ts): the wording the CLI and the tests pin. */
import { LIMIT_FLAGS } from '../../limits.ts';
import type { ImportMessageTemplates, JsonType } from './params.ts';

const where = (file: string | null): string => (file === null ? '' : `${file}: `);
const hex = (n: number): string => `0x${n.toString(16)}`;

const TYPES: Readonly<Record<JsonType, string>> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

export const EN_IMPORT_MESSAGES: ImportMessageTemplates = {
  lineTooLong: (p) =>
    `longer than the limit of ${p.limit} bytes (maxLineBytes; raise it with ${LIMIT_FLAGS.maxLineBytes.flag} N); skipped`,
  notJson: (p) => `not JSON: ${p.detail.charAt(0).toLowerCase()}${p.detail.slice(1)}`,
  notEvent: () => 'not a Spark listener event: no "Event" field',
  badEvent: (p, sub) => `${p.event}: ${sub(p.problem)}`,
  unreadable: (p) => `${p.event}: unreadable (${p.detail})`,
  moreLines: (p) => `${p.count} more lines could not be used`,
  missingField: (p) => `missing ${p.path}`,
  wrongType: (p) => `${p.path} is ${p.shown}, not ${TYPES[p.expected]}`,
  badLocality: (p) => `${p.path} is "${p.value}"`,
  badEndReason: (p) => `${p.path} is "${p.value}", not a known task end reason`,
  decodeFailed: (p, sub) => `${where(p.file)}${sub(p.problem)}; the rest of the file was not read`,
  truncatedBlock: (p) =>
    `${where(p.file)}the compressed data ends inside a block; its last bytes were not read`,
  cannotDecompress: (p, sub) => `${where(p.file)}cannot decompress: ${sub(p.problem)}`,
  codecMismatch: (p) =>
    `cannot decompress ${p.file ?? 'the log'}: it is named as ${p.codec} but does not start like ${p.codec} data`,
  lzfNoHeader: (p) => `lzf: no "ZV" chunk header at byte ${p.at}`,
  lzfBadChunk: (p, sub) => `lzf: bad chunk at byte ${p.at}: ${sub(p.problem)}`,
  lzfUnknownType: (p) => `lzf: unknown chunk type ${p.type} at byte ${p.at}`,
  lzfLiteralRun: () => 'literal run out of bounds',
  lzfBackRefCut: () => 'back reference cut off',
  lzfBackRefOut: () => 'back reference out of bounds',
  lzfDecodedLength: (p) => `decoded ${p.got} bytes instead of ${p.want}`,
  zstdFailed: (p) => `zstd: ${p.detail} (within the first ${p.pushed} bytes)`,
  lz4NoMagic: (p) => `lz4: no "LZ4Block" magic in the block at byte ${p.at}`,
  lz4UnknownMethod: (p) => `lz4: unknown method ${hex(p.method)} in the block at byte ${p.at}`,
  lz4ImpossibleLengths: (p) =>
    `lz4: impossible lengths ${p.compressed}/${p.original} in the block at byte ${p.at}`,
  lz4RawLengths: (p) => `lz4: a raw block whose two lengths differ in the block at byte ${p.at}`,
  lz4DecodedLength: (p) =>
    `lz4: a block that decodes to ${p.got} bytes instead of ${p.want} in the block at byte ${p.at}`,
  lz4Checksum: (p) => `lz4: a checksum mismatch in the block at byte ${p.at}`,
  snappyChunkLength: (p) => `snappy: impossible chunk length ${p.length} at byte ${p.at}`,
  snappyBadChunk: (p) => `snappy: bad chunk at byte ${p.at}: ${p.detail}`,
  snappyNoHeader: () => 'snappy: the stream does not start with the snappy-java header',
  snappyShortHeader: () => 'snappy: the stream is shorter than the snappy-java header',
  noEvents: () => 'not one line of the log is a Spark listener event',
  lineageNoParents: (p) =>
    `the log does not record the parents of ${p.count} RDD(s) (Spark 1.4 and older): ` +
    'their lineage edges are unknown and not drawn',
  lineageParentMissing: (p) =>
    `RDD ${p.rdd}'s parent RDD ${p.parent} is not described by any stage: edge not drawn`,
  text: (p) => p.text,
};
