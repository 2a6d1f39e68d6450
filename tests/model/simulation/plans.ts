/**
 * Hand-written plans for the simulator's tests, so they do not depend on the planner. Each follows
 * the rules it cites: stage ids parents first and growing across jobs, a later job's copy of
 * an earlier shuffle's stage is new and skipped, a stage holds its RDD and narrow
 * ancestors, reduceByKey's partitions = max upstream partitions.
 */
import type { StorageLevelName } from '../../../src/model/pipeline/types.ts';
import type { Plan, PlannedJob, PlannedRdd, PlannedStage } from '../../../src/model/plan/planned.ts';

const reason = { code: 'test', params: {} };

function rdd(
  rddId: number,
  cls: string,
  op: string,
  scopeOp: PlannedRdd['scope']['op'],
  numPartitions: number,
  deps: readonly (readonly [number, 'OneToOne' | 'Shuffle', number?])[],
  storageLevel: StorageLevelName | null = null,
): PlannedRdd {
  return {
    rddId,
    class: cls,
    op,
    numPartitions,
    partitioner: cls === 'MapPartitionsRDD' || deps.length === 0 ? null : { type: 'hash', numPartitions },
    deps: deps.map(([id, type, shuffleId]) =>
      shuffleId === undefined ? { rddId: id, type, reason } : { rddId: id, type, shuffleId, reason },
    ),
    scope: { rdd: op, op: scopeOp },
    role: cls,
    storageLevel,
    checkpointed: false,
  };
}

function stage(
  stageId: number,
  kind: 'ShuffleMap' | 'Result',
  numTasks: number,
  parentStageIds: number[],
  rddIds: number[],
  shuffleId?: number,
  skipped = false,
): PlannedStage {
  const base = {
    stageId,
    kind,
    numTasks,
    parentStageIds,
    skipped,
    rddIds,
    skipReason: skipped ? reason : null,
    partitions: Array.from({ length: numTasks }, (_, i) => i),
    rddId: Math.max(...rddIds),
  };
  return shuffleId === undefined ? base : { ...base, shuffleId };
}

function job(
  jobId: number,
  action: string,
  rddName: string,
  finalRddId: number,
  stages: PlannedStage[],
  thread?: string,
  pool?: string,
): PlannedJob {
  const j: PlannedJob = {
    jobId,
    action,
    rdd: rddName,
    trigger: { kind: 'action', index: jobId },
    finalRddId,
    stages,
  };
  return { ...j, ...(thread ? { thread } : {}), ...(pool ? { pool } : {}) };
}

const wordCountRdds = (n: number, level: StorageLevelName | null = null): PlannedRdd[] => [
  rdd(0, 'HadoopRDD', 'lines', 'textFile', n, []),
  rdd(1, 'MapPartitionsRDD', 'lines', 'textFile', n, [[0, 'OneToOne']]),
  rdd(2, 'MapPartitionsRDD', 'words', 'flatMap', n, [[1, 'OneToOne']]),
  rdd(3, 'MapPartitionsRDD', 'pairs', 'map', n, [[2, 'OneToOne']]),
  rdd(4, 'ShuffledRDD', 'counts', 'reduceByKey', n, [[3, 'Shuffle', 0]], level),
];

/** spark-event-flow.md: textFile(4) → flatMap → map → reduceByKey, collect. */
export const WORD_COUNT: Plan = {
  version: 1,
  rdds: wordCountRdds(4),
  jobs: [
    job(0, 'collect', 'counts', 4, [
      stage(0, 'ShuffleMap', 4, [], [0, 1, 2, 3], 0),
      stage(1, 'Result', 4, [0], [4]),
    ]),
  ],
};

/** spark-event-flow.md "Second action": job 1 = {2 (skipped), 3}. Eight partitions. */
export const WORD_COUNT_TWICE: Plan = {
  version: 1,
  rdds: wordCountRdds(8, 'MEMORY_ONLY'),
  jobs: [
    job(0, 'collect', 'counts', 4, [
      stage(0, 'ShuffleMap', 8, [], [0, 1, 2, 3], 0),
      stage(1, 'Result', 8, [0], [4]),
    ]),
    job(1, 'count', 'counts', 4, [
      stage(2, 'ShuffleMap', 8, [], [0, 1, 2, 3], 0, true),
      stage(3, 'Result', 8, [2], [4]),
    ]),
  ],
};

/** Two sources shuffled into a cogroup: two parent map stages, one result stage. */
export const COGROUP: Plan = {
  version: 1,
  rdds: [
    rdd(0, 'ParallelCollectionRDD', 'a', 'parallelize', 6, []),
    rdd(1, 'MapPartitionsRDD', 'pa', 'map', 6, [[0, 'OneToOne']]),
    rdd(2, 'ParallelCollectionRDD', 'b', 'parallelize', 3, []),
    rdd(3, 'MapPartitionsRDD', 'pb', 'map', 3, [[2, 'OneToOne']]),
    rdd(4, 'CoGroupedRDD', 'g', 'cogroup', 6, [
      [1, 'Shuffle', 0],
      [3, 'Shuffle', 1],
    ]),
    rdd(5, 'MapPartitionsRDD', 'g', 'cogroup', 6, [[4, 'OneToOne']]),
  ],
  jobs: [
    job(0, 'count', 'g', 5, [
      stage(0, 'ShuffleMap', 6, [], [0, 1], 0),
      stage(1, 'ShuffleMap', 3, [], [2, 3], 1),
      stage(2, 'Result', 6, [0, 1], [4, 5]),
    ]),
  ],
};

/** Two driver threads in two FAIR pools, each running its own 8-task job at the same time. */
export const TWO_THREADS: Plan = {
  version: 1,
  rdds: [
    rdd(0, 'ParallelCollectionRDD', 'x', 'parallelize', 8, []),
    rdd(1, 'MapPartitionsRDD', 'x2', 'map', 8, [[0, 'OneToOne']]),
    rdd(2, 'ParallelCollectionRDD', 'y', 'parallelize', 8, []),
    rdd(3, 'MapPartitionsRDD', 'y2', 'map', 8, [[2, 'OneToOne']]),
  ],
  jobs: [
    job(0, 'count', 'x2', 1, [stage(0, 'Result', 8, [], [0, 1])], 't1', 'a'),
    job(1, 'count', 'y2', 3, [stage(1, 'Result', 8, [], [2, 3])], 't2', 'b'),
  ],
};

/** Two driver threads act on the same `counts` at once: the planner numbers job 1 as if it ran after job 0. */
export const SHARED_SHUFFLE: Plan = {
  version: 1,
  rdds: wordCountRdds(4),
  jobs: [
    job(
      0,
      'collect',
      'counts',
      4,
      [stage(0, 'ShuffleMap', 4, [], [0, 1, 2, 3], 0), stage(1, 'Result', 4, [0], [4])],
      't1',
    ),
    job(
      1,
      'count',
      'counts',
      4,
      [stage(2, 'ShuffleMap', 4, [], [0, 1, 2, 3], 0, true), stage(3, 'Result', 4, [2], [4])],
      't2',
    ),
  ],
};

/** One map partition shuffled into four reducers: all reducers prefer the one host holding the map output. */
export const ONE_MAP: Plan = {
  version: 1,
  rdds: [
    rdd(0, 'ParallelCollectionRDD', 'a', 'parallelize', 1, []),
    rdd(1, 'ShuffledRDD', 'b', 'reduceByKey', 4, [[0, 'Shuffle', 0]]),
  ],
  jobs: [job(0, 'count', 'b', 1, [stage(0, 'ShuffleMap', 1, [], [0], 0), stage(1, 'Result', 4, [0], [1])])],
};

export const PLANS: Readonly<Record<string, Plan>> = {
  WORD_COUNT,
  WORD_COUNT_TWICE,
  COGROUP,
  TWO_THREADS,
  ONE_MAP,
};
