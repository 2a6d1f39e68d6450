/**
 * Small constructors that keep the catalogue files readable: argument descriptions, internal
 * RDD rows, and example pipelines built on a few shared sources.
 */
import type {
  ArgInfo,
  ArgKind,
  Bilingual,
  CatalogueEntry,
  ExamplePipeline,
  InternalRddInfo,
} from './types.ts';

export function t(en: string, zh: string): Bilingual {
  return { en, 'zh-CN': zh };
}

export function arg(name: string, kind: ArgKind, sparkDefault: string | null, required = false): ArgInfo {
  return { name, kind, required, sparkDefault };
}

export function rdd(
  className: string,
  role: string,
  dependency: string,
  partitions: string,
  partitioner: string,
  when?: Bilingual,
): InternalRddInfo {
  return when === undefined
    ? { className, role, dependency, partitions, partitioner }
    : { className, role, dependency, partitions, partitioner, when };
}

/** `numPartitions` or `partitioner` of a shuffle, defaulting to `Partitioner.defaultPartitioner`. */
export const SHUFFLE_TARGET_ARGS: readonly ArgInfo[] = [
  arg('numPartitions', 'partitions', 'Partitioner.defaultPartitioner (R-3.1)'),
  arg('partitioner', 'partitioner', 'Partitioner.defaultPartitioner (R-3.1)'),
];
export const NUM_OR_PARTITIONER = [['numPartitions', 'partitioner']] as const;

type EntryFields = Omit<
  CatalogueEntry,
  'kind' | 'condition' | 'canShuffle' | 'shuffleWhen' | 'exclusive' | 'rangePartitioner' | 'runsJobs' | 'args'
> &
  Partial<
    Pick<CatalogueEntry, 'condition' | 'shuffleWhen' | 'exclusive' | 'rangePartitioner' | 'runsJobs' | 'args'>
  >;

/** An operation entry; `canShuffle` follows from the family (wide and conditional ones can). */
export function operation(fields: EntryFields): CatalogueEntry {
  return {
    kind: 'operation',
    condition: null,
    shuffleWhen: null,
    exclusive: [],
    rangePartitioner: false,
    runsJobs: null,
    args: [],
    ...fields,
    canShuffle: fields.family === 'wide' || fields.family === 'conditional',
  };
}

export function action(fields: Omit<EntryFields, 'parents' | 'family'>): CatalogueEntry {
  return {
    kind: 'action',
    condition: null,
    shuffleWhen: null,
    exclusive: [],
    rangePartitioner: false,
    runsJobs: null,
    args: [],
    ...fields,
    family: 'action',
    parents: { min: 1, max: 1 },
    canShuffle: fields.shuffleWhen !== undefined && fields.shuffleWhen !== null,
  };
}

type ExampleRdd = ExamplePipeline['rdds'][number];

/** Two partitions of `(word, count)` pairs: the usual input of the key-value examples. */
export const PAIRS: ExampleRdd = {
  id: 'pairs',
  op: 'parallelize',
  args: {
    data: [
      ['spark', 1],
      ['stage', 2],
      ['spark', 3],
      ['task', 4],
    ],
    numSlices: 2,
  },
};
/** A second key-value source for the two-input examples. */
export const OTHER_PAIRS: ExampleRdd = {
  id: 'other',
  op: 'parallelize',
  args: {
    data: [
      ['spark', 'fast'],
      ['task', 'small'],
    ],
    numSlices: 2,
  },
};
/** Numbers 1 to 100 in 4 partitions. */
export const NUMBERS: ExampleRdd = { id: 'nums', op: 'parallelize', args: { length: 100, numSlices: 4 } };

export function example(
  name: string,
  rdds: readonly ExampleRdd[],
  actions: ExamplePipeline['actions'] = [{ op: 'collect', rdd: rdds[rdds.length - 1]?.id ?? '' }],
  extra: Pick<ExamplePipeline, 'persist' | 'checkpoint'> = {},
): ExamplePipeline {
  return { version: 1, name, config: { defaultParallelism: 4 }, rdds, ...extra, actions };
}

/** `source.op(args)` then collect, the shape of most one-input examples. */
export function unaryExample(
  op: string,
  source: ExampleRdd,
  args?: Readonly<Record<string, unknown>>,
  code?: string,
): ExamplePipeline {
  const out: ExampleRdd = {
    id: 'result',
    op,
    parents: [source.id],
    ...(args === undefined ? {} : { args }),
    ...(code === undefined ? {} : { code }),
  };
  return example(`${op} example`, [source, out]);
}
