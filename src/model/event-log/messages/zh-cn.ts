/**
 * 简体中文 messages of the event-log importer (see ./params.ts), in the words Chinese Spark material
 * uses (事件日志, 监听器事件, 字段, 血缘). Field paths, event and codec names, values from the log and
 * error text from a JSON parser or a codec library stay as written.
 */
import { LIMIT_FLAGS } from '../../limits.ts';
import type { ImportMessageTemplates, JsonType } from './params.ts';

const where = (file: string | null): string => (file === null ? '' : `${file}：`);
const hex = (n: number): string => `0x${n.toString(16)}`;
const block = (at: number): string => `lz4：第 ${at} 字节处的块`;

const TYPES: Readonly<Record<JsonType, string>> = {
  number: '数字',
  string: '字符串',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
};

export const ZH_IMPORT_MESSAGES: ImportMessageTemplates = {
  lineTooLong: (p) =>
    `超过 ${p.limit} 字节的行长上限（maxLineBytes；可用 ${LIMIT_FLAGS.maxLineBytes.flag} N 调高）；已跳过`,
  notJson: (p) => `不是 JSON：${p.detail}`,
  notEvent: () => '不是 Spark 监听器事件：没有 "Event" 字段',
  badEvent: (p, sub) => `${p.event}：${sub(p.problem)}`,
  unreadable: (p) => `${p.event}：无法读取（${p.detail}）`,
  moreLines: (p) => `另有 ${p.count} 行无法使用`,
  missingField: (p) => `缺少字段 ${p.path}`,
  wrongType: (p) => `字段 ${p.path} 的值是 ${p.shown}，应为${TYPES[p.expected]}`,
  badLocality: (p) => `字段 ${p.path} 的值是 "${p.value}"，不是已知的本地性级别`,
  badEndReason: (p) => `字段 ${p.path} 的值是 "${p.value}"，不是已知的任务结束原因`,
  decodeFailed: (p, sub) => `${where(p.file)}${sub(p.problem)}；文件的其余部分未读取`,
  truncatedBlock: (p) => `${where(p.file)}压缩数据在一个块的中间结束；最后这部分字节未读取`,
  cannotDecompress: (p, sub) => `${where(p.file)}无法解压：${sub(p.problem)}`,
  codecMismatch: (p) =>
    `无法解压${p.file === null ? '该日志' : ` ${p.file}`}：文件名表明它是 ${p.codec} 格式，但开头不是 ${p.codec} 数据`,
  lzfNoHeader: (p) => `lzf：第 ${p.at} 字节处没有 "ZV" 块头`,
  lzfBadChunk: (p, sub) => `lzf：第 ${p.at} 字节处的块已损坏：${sub(p.problem)}`,
  lzfUnknownType: (p) => `lzf：第 ${p.at} 字节处的块类型 ${p.type} 未知`,
  lzfLiteralRun: () => '字面量段越界',
  lzfBackRefCut: () => '回溯引用被截断',
  lzfBackRefOut: () => '回溯引用越界',
  lzfDecodedLength: (p) => `解码出 ${p.got} 字节，而不是 ${p.want} 字节`,
  zstdFailed: (p) => `zstd：${p.detail}（在前 ${p.pushed} 字节内）`,
  lz4NoMagic: (p) => `${block(p.at)}没有 "LZ4Block" 魔数`,
  lz4UnknownMethod: (p) => `${block(p.at)}使用了未知的方法 ${hex(p.method)}`,
  lz4ImpossibleLengths: (p) => `${block(p.at)}长度不可能：${p.compressed}/${p.original}`,
  lz4RawLengths: (p) => `${block(p.at)}是未压缩块，但它的两个长度不相等`,
  lz4DecodedLength: (p) => `${block(p.at)}解码出 ${p.got} 字节，而不是 ${p.want} 字节`,
  lz4Checksum: (p) => `${block(p.at)}校验和不匹配`,
  snappyChunkLength: (p) => `snappy：第 ${p.at} 字节处的块长度 ${p.length} 不可能`,
  snappyBadChunk: (p) => `snappy：第 ${p.at} 字节处的块已损坏：${p.detail}`,
  snappyNoHeader: () => 'snappy：数据流的开头不是 snappy-java 头',
  snappyShortHeader: () => 'snappy：数据流比 snappy-java 头还短',
  noEvents: () => '日志中没有一行是 Spark 监听器事件',
  lineageNoParents: (p) =>
    `日志没有记录 ${p.count} 个 RDD 的父 RDD（Spark 1.4 及更早版本）：它们的血缘边未知，没有绘制`,
  lineageParentMissing: (p) => `没有任何阶段描述 RDD ${p.rdd} 的父 RDD ${p.parent}：这条边没有绘制`,
  text: (p) => p.text,
};
