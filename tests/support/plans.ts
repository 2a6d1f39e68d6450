// Small hand-written Plan values for layout and component tests. They follow the word-count
// example of shared/spec/plan-output.md (R-stage ids: one counter across jobs, a later job that
// reuses a shuffle gets a new, skipped stage); reason codes here are opaque test labels.
import type { Plan, PlannedDependency, PlannedRdd, PlannedStage, Pipeline } from '../../src/model/index.ts';

const narrow = (rddId: number): PlannedDependency => ({
  rddId,
  type: 'OneToOne',
  reason: { code: 'test.narrow', params: {} },
});

function rdd(
  rddId: number,
  cls: string,
  op: string,
  parts: number,
  deps: PlannedDependency[],
  role: string,
): PlannedRdd {
  return {
    rddId,
    class: cls,
    op,
    numPartitions: parts,
    partitioner: null,
    deps,
    scope: { rdd: op, op: op === 'lines' ? 'textFile' : op === 'words' ? 'flatMap' : 'map' },
    role,
    storageLevel: null,
    checkpointed: false,
  };
}

function stage(
  stageId: number,
  kind: 'ShuffleMap' | 'Result',
  rddIds: number[],
  parents: number[],
  skipped: boolean,
): PlannedStage {
  const rddId = rddIds[rddIds.length - 1] ?? 0;
  return {
    stageId,
    kind,
    numTasks: kind === 'Result' ? 3 : 4,
    parentStageIds: parents,
    skipped,
    rddIds,
    ...(kind === 'ShuffleMap' ? { shuffleId: 0 } : {}),
    skipReason: skipped ? { code: 'test.shuffleReused', params: { shuffleId: 0 } } : null,
    partitions: kind === 'Result' ? [0, 1, 2] : [],
    rddId,
  };
}

/** textFile(4) → flatMap → map → reduceByKey(3), persisted, then collect and count. */
export const wordCountPlan: Plan = {
  version: 1,
  rdds: [
    rdd(0, 'HadoopRDD', 'lines', 4, [], 'textFile'),
    rdd(1, 'MapPartitionsRDD', 'lines', 4, [narrow(0)], 'map(pair => pair._2.toString)'),
    rdd(2, 'MapPartitionsRDD', 'words', 4, [narrow(1)], 'flatMap'),
    rdd(3, 'MapPartitionsRDD', 'pairs', 4, [narrow(2)], 'map'),
    {
      rddId: 4,
      class: 'ShuffledRDD',
      op: 'counts',
      numPartitions: 3,
      partitioner: { type: 'hash', numPartitions: 3 },
      deps: [
        {
          rddId: 3,
          type: 'Shuffle',
          shuffleId: 0,
          reason: { code: 'test.shuffle', params: { numPartitions: 3 } },
        },
      ],
      scope: { rdd: 'counts', op: 'reduceByKey' },
      role: 'reduceByKey',
      storageLevel: 'MEMORY_ONLY',
      checkpointed: false,
    },
  ],
  jobs: [
    {
      jobId: 0,
      action: 'collect',
      rdd: 'counts',
      stages: [stage(0, 'ShuffleMap', [0, 1, 2, 3], [], false), stage(1, 'Result', [4], [0], false)],
      trigger: { kind: 'action', index: 0 },
      finalRddId: 4,
    },
    {
      jobId: 1,
      action: 'count',
      rdd: 'counts',
      stages: [stage(2, 'ShuffleMap', [0, 1, 2, 3], [], true), stage(3, 'Result', [4], [2], false)],
      trigger: { kind: 'action', index: 1 },
      finalRddId: 4,
    },
  ],
};

export const wordCountPipeline: Pipeline = {
  version: 1,
  name: 'Word count',
  config: { defaultParallelism: 8 },
  rdds: [
    { id: 'lines', op: 'textFile', parents: [], args: { path: 'in.txt', minPartitions: 4 } },
    { id: 'words', op: 'flatMap', parents: ['lines'], args: {} },
    { id: 'pairs', op: 'map', parents: ['words'], args: {} },
    { id: 'counts', op: 'reduceByKey', parents: ['pairs'], args: { numPartitions: 3 } },
  ],
  persist: [{ rdd: 'counts', level: 'MEMORY_ONLY' }],
  checkpoint: [],
  actions: [
    { op: 'collect', rdd: 'counts', args: {} },
    { op: 'count', rdd: 'counts', args: {} },
  ],
};
