/**
 * The event-log importer's messages as data: a key and its parameters, made into text only when
 * shown, in English (./en.ts, the wording the CLI and the tests pin) or Simplified Chinese
 * (./zh-cn.ts). `ImportMessageTemplates` has one template per key, so a language that lacks one is
 * a type error. Parameters hold what came from outside as it came (names, values and paths from
 * the log, a JSON parser's or a codec library's error text); the templates only word around them.
 */
import { keyed, type Keyed, type Templates } from '../../messages/keyed.ts';
import type { MessageLang } from '../../messages/keyed.ts';

export type { MessageLang };

/** The JSON type a field should have had (`"Job ID" is "x", not a number`). */
export type JsonType = 'number' | 'string' | 'boolean' | 'object' | 'array';

/** `file`: the file of a rolling log the problem is in, or null for a single stream. */
interface InFile {
  readonly file: string | null;
}

export interface ImportMessageParams {
  // one line of the log (importer.ts)
  lineTooLong: { readonly limit: number };
  notJson: { readonly detail: string };
  notEvent: object;
  badEvent: { readonly event: string; readonly problem: ImportMessage };
  unreadable: { readonly event: string; readonly detail: string };
  moreLines: { readonly count: number };
  // a field of an event (normalize/)
  missingField: { readonly path: string };
  wrongType: { readonly path: string; readonly shown: string; readonly expected: JsonType };
  badLocality: { readonly path: string; readonly value: string };
  badEndReason: { readonly path: string; readonly value: string };
  // decompression (codecs/ and importer.ts)
  decodeFailed: InFile & { readonly problem: ImportMessage };
  truncatedBlock: InFile;
  cannotDecompress: InFile & { readonly problem: ImportMessage };
  codecMismatch: InFile & { readonly codec: string };
  lzfNoHeader: { readonly at: number };
  lzfBadChunk: { readonly at: number; readonly problem: ImportMessage };
  lzfUnknownType: { readonly at: number; readonly type: number };
  lzfLiteralRun: object;
  lzfBackRefCut: object;
  lzfBackRefOut: object;
  lzfDecodedLength: { readonly got: number; readonly want: number };
  zstdFailed: { readonly detail: string; readonly pushed: number };
  lz4NoMagic: { readonly at: number };
  lz4UnknownMethod: { readonly at: number; readonly method: number };
  lz4ImpossibleLengths: { readonly at: number; readonly compressed: number; readonly original: number };
  lz4RawLengths: { readonly at: number };
  lz4DecodedLength: { readonly at: number; readonly got: number; readonly want: number };
  lz4Checksum: { readonly at: number };
  snappyChunkLength: { readonly at: number; readonly length: number };
  snappyBadChunk: { readonly at: number; readonly detail: string };
  snappyNoHeader: object;
  snappyShortHeader: object;
  // the whole log
  noEvents: object;
  // the lineage (application/lineage.ts)
  lineageNoParents: { readonly count: number };
  lineageParentMissing: { readonly rdd: number; readonly parent: number };
  /** Text written elsewhere (a caller's own message, an unexpected error), shown as it is in every language. */
  text: { readonly text: string };
}

export type ImportMessageKey = keyof ImportMessageParams;

export type ImportMessage = Keyed<ImportMessageParams>;

/** One template per key; `sub` writes a nested message (a field's problem, a codec's) in the same language. */
export type ImportMessageTemplates = Templates<ImportMessageParams>;

export const importMessage = keyed<ImportMessageParams>();
