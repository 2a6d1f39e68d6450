// The importer's warnings and errors are data written in the reader's language when shown: every
// key has an English and a Simplified Chinese template (a missing one is a type error), the English
// is the default and reads exactly as the importer wrote it before (the CLI and the other tests pin
// it), and real damaged logs give Chinese warnings with the log's names and values as written.
import { describe, expect, it } from 'vitest';
import { EN_IMPORT_MESSAGES } from '../../../../src/model/event-log/messages/en.ts';
import { ZH_IMPORT_MESSAGES } from '../../../../src/model/event-log/messages/zh-cn.ts';
import type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParams,
} from '../../../../src/model/event-log/messages/params.ts';
import {
  atLogLine,
  buildLineage,
  formatImportMessage,
  ImportError,
  importEventLog,
  importMessage,
} from '../../../../src/model/index.ts';
import type { ImportResult } from '../../../../src/model/index.ts';

const missing = importMessage('missingField', { path: '"Job ID"' });

/** Parameters for every key (a key without a sample is a type error), and its English text. */
const SAMPLES: { readonly [K in ImportMessageKey]: readonly [ImportMessageParams[K], string] } = {
  lineTooLong: [
    { limit: 1024 },
    'longer than the limit of 1024 bytes (maxLineBytes; raise it with --max-line-length N); skipped',
  ],
  notJson: [{ detail: 'Unexpected token o' }, 'not JSON: unexpected token o'],
  notEvent: [{}, 'not a Spark listener event: no "Event" field'],
  badEvent: [{ event: 'SparkListenerJobStart', problem: missing }, 'SparkListenerJobStart: missing "Job ID"'],
  unreadable: [
    { event: 'SparkListenerJobStart', detail: 'Maximum call stack size exceeded' },
    'SparkListenerJobStart: unreadable (Maximum call stack size exceeded)',
  ],
  moreLines: [{ count: 40 }, '40 more lines could not be used'],
  missingField: [{ path: '"Job ID"' }, 'missing "Job ID"'],
  wrongType: [
    { path: '"Stage Infos"[0]."RDD ID"', shown: '"x"', expected: 'number' },
    '"Stage Infos"[0]."RDD ID" is "x", not a number',
  ],
  badLocality: [{ path: '"Task Info"."Locality"', value: 'FAR' }, '"Task Info"."Locality" is "FAR"'],
  badEndReason: [
    { path: '"Task End Reason"."Reason"', value: 'Oops' },
    '"Task End Reason"."Reason" is "Oops", not a known task end reason',
  ],
  decodeFailed: [
    { file: 'events_2_app.lzf', problem: importMessage('lzfNoHeader', { at: 7 }) },
    'events_2_app.lzf: lzf: no "ZV" chunk header at byte 7; the rest of the file was not read',
  ],
  truncatedBlock: [{ file: null }, 'the compressed data ends inside a block; its last bytes were not read'],
  cannotDecompress: [
    { file: 'app.zstd', problem: importMessage('zstdFailed', { detail: 'invalid zstd data', pushed: 4 }) },
    'app.zstd: cannot decompress: zstd: invalid zstd data (within the first 4 bytes)',
  ],
  codecMismatch: [
    { file: null, codec: 'lz4' },
    'cannot decompress the log: it is named as lz4 but does not start like lz4 data',
  ],
  lzfNoHeader: [{ at: 0 }, 'lzf: no "ZV" chunk header at byte 0'],
  lzfBadChunk: [
    { at: 9, problem: importMessage('lzfBackRefCut') },
    'lzf: bad chunk at byte 9: back reference cut off',
  ],
  lzfUnknownType: [{ at: 9, type: 7 }, 'lzf: unknown chunk type 7 at byte 9'],
  lzfLiteralRun: [{}, 'literal run out of bounds'],
  lzfBackRefCut: [{}, 'back reference cut off'],
  lzfBackRefOut: [{}, 'back reference out of bounds'],
  lzfDecodedLength: [{ got: 3, want: 5 }, 'decoded 3 bytes instead of 5'],
  zstdFailed: [
    { detail: 'invalid zstd data', pushed: 4 },
    'zstd: invalid zstd data (within the first 4 bytes)',
  ],
  lz4NoMagic: [{ at: 21 }, 'lz4: no "LZ4Block" magic in the block at byte 21'],
  lz4UnknownMethod: [{ at: 0, method: 0x30 }, 'lz4: unknown method 0x30 in the block at byte 0'],
  lz4ImpossibleLengths: [
    { at: 0, compressed: -1, original: 4 },
    'lz4: impossible lengths -1/4 in the block at byte 0',
  ],
  lz4RawLengths: [{ at: 0 }, 'lz4: a raw block whose two lengths differ in the block at byte 0'],
  lz4DecodedLength: [
    { at: 30, got: 3, want: 5 },
    'lz4: a block that decodes to 3 bytes instead of 5 in the block at byte 30',
  ],
  lz4Checksum: [{ at: 30 }, 'lz4: a checksum mismatch in the block at byte 30'],
  snappyChunkLength: [{ at: 16, length: -2 }, 'snappy: impossible chunk length -2 at byte 16'],
  snappyBadChunk: [
    { at: 16, detail: 'Invalid Snappy bitstream' },
    'snappy: bad chunk at byte 16: Invalid Snappy bitstream',
  ],
  snappyNoHeader: [{}, 'snappy: the stream does not start with the snappy-java header'],
  snappyShortHeader: [{}, 'snappy: the stream is shorter than the snappy-java header'],
  noEvents: [{}, 'not one line of the log is a Spark listener event'],
  lineageNoParents: [
    { count: 6 },
    'the log does not record the parents of 6 RDD(s) (Spark 1.4 and older): their lineage edges are unknown and not drawn',
  ],
  lineageParentMissing: [
    { rdd: 3, parent: 2 },
    "RDD 3's parent RDD 2 is not described by any stage: edge not drawn",
  ],
  text: [{ text: 'cannot open x: ENOENT' }, 'cannot open x: ENOENT'],
};

const samples = Object.entries(SAMPLES).map(
  ([key, [params, english]]) => [key, { key, params } as ImportMessage, english] as const,
);

const HAN = /\p{Script=Han}/u;
const enc = new TextEncoder();

const importLines = (lines: readonly string[]): Promise<ImportResult> =>
  importEventLog([enc.encode(lines.join('\n') + '\n')]);

const zhWarnings = (result: ImportResult): string[] =>
  result.warnings.map((w) => atLogLine(w.line, formatImportMessage(w.detail, 'zh-CN'), 'zh-CN'));

const APP_START = '{"Event":"SparkListenerApplicationStart","App Name":"a","Timestamp":1,"User":"u"}';

describe('import messages', () => {
  it('has both templates for every key', () => {
    expect(Object.keys(EN_IMPORT_MESSAGES).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(Object.keys(ZH_IMPORT_MESSAGES).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(samples)('%s reads in English exactly as before, and English is the default', (_, m, english) => {
    expect(formatImportMessage(m, 'en')).toBe(english);
    expect(formatImportMessage(m)).toBe(english);
  });

  it.each(samples.filter(([key]) => key !== 'text'))('%s is written in Chinese', (_, m) => {
    const text = formatImportMessage(m, 'zh-CN');
    expect(text).toMatch(HAN);
    expect(text).not.toMatch(/undefined|\[object/);
  });

  it('keeps text written elsewhere as it is in both languages', () => {
    const m = importMessage('text', { text: 'cannot open x: ENOENT' });
    expect(formatImportMessage(m, 'zh-CN')).toBe('cannot open x: ENOENT');
  });

  it('writes the line first: "line N: " in English, "第 N 行：" in Chinese', () => {
    expect(atLogLine(4, 'x')).toBe('line 4: x');
    expect(atLogLine(4, 'x', 'zh-CN')).toBe('第 4 行：x');
  });
});

describe('a damaged log in Chinese', () => {
  it('names a non-JSON line, a non-event line and a missing field, with the parser text and paths as written', async () => {
    const result = await importLines([
      APP_START,
      '{"Event":"SparkListenerJobStart","Stage Infos":[],"Stage IDs":[]}',
      'oops',
      '{"Job ID":1}',
      '{"Event":"SparkListenerJobStart","Job ID":0,"Stage Infos":[{"Stage ID":0,"Number of Tasks":2,"RDD Info":[{"RDD ID":"x"}]}],"Stage IDs":[0]}',
    ]);
    const parserText = (() => {
      try {
        JSON.parse('oops');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(result.warnings.map((w) => `line ${w.line}: ${w.message}`)).toEqual([
      'line 2: SparkListenerJobStart: missing "Job ID"',
      `line 3: not JSON: ${parserText.charAt(0).toLowerCase()}${parserText.slice(1)}`,
      'line 4: not a Spark listener event: no "Event" field',
      'line 5: SparkListenerJobStart: "Stage Infos"[0]."RDD Info"[0]."RDD ID" is "x", not a number',
    ]);
    expect(zhWarnings(result)).toEqual([
      '第 2 行：SparkListenerJobStart：缺少字段 "Job ID"',
      `第 3 行：不是 JSON：${parserText}`,
      '第 4 行：不是 Spark 监听器事件：没有 "Event" 字段',
      '第 5 行：SparkListenerJobStart：字段 "Stage Infos"[0]."RDD Info"[0]."RDD ID" 的值是 "x"，应为数字',
    ]);
  });

  it('names a line over the length limit and counts the warnings past the cap', async () => {
    const lines = [APP_START, 'x'.repeat(300), 'a', 'b', 'c'];
    const result = await importEventLog([enc.encode(lines.join('\n'))], {
      maxLineBytes: 200,
      maxWarnings: 2,
    });
    const zh = zhWarnings(result);
    expect(zh).toHaveLength(3);
    expect(zh[0]).toBe(
      '第 2 行：超过 200 字节的行长上限（maxLineBytes；可用 --max-line-length N 调高）；已跳过',
    );
    expect(zh[1]).toMatch(/^第 3 行：不是 JSON：/);
    expect(zh[2]).toBe('第 4 行：另有 2 行无法使用');
  });

  it('says why a log cannot be read at all', async () => {
    const failure = async (input: Uint8Array, fileName: string): Promise<ImportError> => {
      try {
        await importEventLog([input], { fileName });
      } catch (error) {
        if (error instanceof ImportError) return error;
        throw error;
      }
      throw new Error('imported');
    };
    const none = await failure(enc.encode('hello\n'), 'notes.txt');
    expect(none.message).toBe('not one line of the log is a Spark listener event');
    expect(formatImportMessage(none.detail, 'zh-CN')).toBe('日志中没有一行是 Spark 监听器事件');
    const named = await failure(enc.encode(APP_START + '\n'), 'app.lz4');
    expect(named.message).toBe(
      'cannot decompress app.lz4: it is named as lz4 but does not start like lz4 data',
    );
    expect(formatImportMessage(named.detail, 'zh-CN')).toBe(
      '无法解压 app.lz4：文件名表明它是 lz4 格式，但开头不是 lz4 数据',
    );
  });

  it('says where the compressed data broke off, in the codec’s own terms', async () => {
    // An LZF stream: one stored chunk holding an event line, then a chunk of unknown type 9.
    const line = enc.encode(APP_START + '\n');
    const stored = new Uint8Array([0x5a, 0x56, 0, line.length >> 8, line.length & 0xff, ...line]);
    const bad = new Uint8Array([0x5a, 0x56, 9, 0, 0]);
    const at = stored.length;
    const result = await importEventLog([stored, bad], { fileName: 'app.lzf' });
    expect(result.warnings.map((w) => w.message)).toEqual([
      `app.lzf: lzf: unknown chunk type 9 at byte ${at}; the rest of the file was not read`,
    ]);
    expect(zhWarnings(result)).toEqual([
      `第 2 行：app.lzf：lzf：第 ${at} 字节处的块类型 9 未知；文件的其余部分未读取`,
    ]);
    // Broken before any event was read: the import fails as a whole.
    const error = await importEventLog([new Uint8Array([...stored, ...bad])], { fileName: 'app.lzf' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(
      `app.lzf: cannot decompress: lzf: unknown chunk type 9 at byte ${at}`,
    );
    expect(formatImportMessage((error as ImportError).detail, 'zh-CN')).toBe(
      `app.lzf：无法解压：lzf：第 ${at} 字节处的块类型 9 未知`,
    );
  });

  it('writes the lineage warnings in Chinese with the RDD ids', async () => {
    const result = await importLines([
      APP_START,
      '{"Event":"SparkListenerJobStart","Job ID":0,"Stage Infos":[{"Stage ID":0,"Stage Attempt ID":0,"Stage Name":"s","Number of Tasks":1,"RDD Info":[{"RDD ID":3,"Name":"r","Parent IDs":[2],"Storage Level":{"Use Disk":false,"Use Memory":false,"Deserialized":false,"Replication":1},"Number of Partitions":1}],"Parent IDs":[]}],"Stage IDs":[0]}',
    ]);
    const lineage = buildLineage(result.application);
    expect(lineage.warnings.map((w) => w.message)).toEqual([
      "RDD 3's parent RDD 2 is not described by any stage: edge not drawn",
    ]);
    expect(lineage.warnings.map((w) => formatImportMessage(w.detail, 'zh-CN'))).toEqual([
      '没有任何阶段描述 RDD 3 的父 RDD 2：这条边没有绘制',
    ]);
  });
});
