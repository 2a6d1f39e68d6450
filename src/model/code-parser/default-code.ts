/**
 * The function text the generator writes for an operation whose pipeline entry has no `code`,
 * per language. The parser reads exactly this text back as "no code", so a pipeline without
 * `code` survives a round trip through generated code unchanged (and a user who writes
 * `reduceByKey(_ + _)` gets the same text back when the code is regenerated).
 */
import type { CodeLanguage } from './types.ts';

const SCALA: Readonly<Record<string, string>> = {
  map: 'x => x',
  flatMap: 'x => Seq(x)',
  filter: 'x => true',
  mapPartitions: 'it => it',
  mapPartitionsWithIndex: '(i, it) => it',
  keyBy: 'x => x',
  mapValues: 'v => v',
  flatMapValues: 'v => Seq(v)',
  groupBy: 'x => x',
  reduceByKey: '_ + _',
  aggregateByKey: '_ + _, _ + _',
  foldByKey: '_ + _',
  combineByKey: 'v => v, _ + _, _ + _',
  sortBy: 'x => x',
  zipPartitions: '(a, b) => a',
  reduce: '_ + _',
  fold: '_ + _',
  aggregate: '_ + _, _ + _',
  foreach: 'println',
  foreachPartition: 'it => ()',
};

const PYTHON: Readonly<Record<string, string>> = {
  map: 'lambda x: x',
  flatMap: 'lambda x: [x]',
  filter: 'lambda x: True',
  mapPartitions: 'lambda it: it',
  mapPartitionsWithIndex: 'lambda i, it: it',
  keyBy: 'lambda x: x',
  mapValues: 'lambda v: v',
  flatMapValues: 'lambda v: [v]',
  groupBy: 'lambda x: x',
  reduceByKey: 'lambda a, b: a + b',
  aggregateByKey: 'lambda a, b: a + b, lambda a, b: a + b',
  foldByKey: 'lambda a, b: a + b',
  combineByKey: 'lambda v: v, lambda a, b: a + b, lambda a, b: a + b',
  sortBy: 'lambda x: x',
  zipPartitions: 'lambda a, b: a',
  reduce: 'lambda a, b: a + b',
  fold: 'lambda a, b: a + b',
  aggregate: 'lambda a, b: a + b, lambda a, b: a + b',
  foreach: 'print',
  foreachPartition: 'lambda it: None',
};

/** The default function text of `op`, or undefined when the operation takes no function. */
export function defaultCode(op: string, language: CodeLanguage): string | undefined {
  return (language === 'scala' ? SCALA : PYTHON)[op];
}
