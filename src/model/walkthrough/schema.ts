/**
 * The shape of a walk-through file, checked with zod before the checks against the plan and the
 * simulated trace (./prepare.ts). The pipeline is left as `unknown` here: `parsePipeline` checks
 * it with its own located messages. The cluster mirrors `ClusterOptions`
 * (simulation/settings.ts) key for key, so a misspelt setting is an error, not a silent default.
 */
import { z } from 'zod';
import { DEFAULT_COSTS } from '../simulation/settings.ts';
import { STEP_INFO } from '../trace/scheduler-steps.ts';
import type { StepKind } from '../trace/scheduler-steps.ts';
import { LESSON_VIEWS } from './types.ts';

const nat = z.number().int().min(0);
const positive = z.number().int().min(1);
const ms = z.number().min(0);

export const textSchema = z.strictObject({ en: z.string().min(1), 'zh-CN': z.string().min(1) });

const executorSpec = z.strictObject({
  id: z.string().min(1),
  host: z.string().min(1),
  rack: z.string().nullable(),
  cores: positive,
});
const poolSpec = z.strictObject({
  name: z.string().min(1),
  schedulingMode: z.enum(['FIFO', 'FAIR']),
  weight: nat,
  minShare: nat,
});

export const clusterSchema = z.strictObject({
  deployMode: z.enum(['local', 'standalone', 'yarn-client', 'yarn-cluster', 'kubernetes']).optional(),
  executorCount: positive.optional(),
  cores: positive.optional(),
  executors: z.array(executorSpec).min(1).optional(),
  taskCpus: positive.optional(),
  schedulingMode: z.enum(['FIFO', 'FAIR']).optional(),
  pools: z.array(poolSpec).optional(),
  /** A number, or `{ process, node, rack }` (checked in ./parse.ts, for a clear message). */
  localityWaitMs: z.unknown().optional(),
  maxTaskFailures: positive.optional(),
  maxConsecutiveStageAttempts: positive.optional(),
  speculation: z
    .strictObject({
      enabled: z.boolean().optional(),
      intervalMs: ms.optional(),
      quantile: z.number().min(0).max(1).optional(),
      multiplier: z.number().min(1).optional(),
      minTaskRuntimeMs: ms.optional(),
    })
    .optional(),
  dynamicAllocation: z
    .strictObject({
      enabled: z.boolean().optional(),
      minExecutors: nat.optional(),
      maxExecutors: nat.optional(),
      initialExecutors: nat.optional(),
      schedulerBacklogTimeoutMs: ms.optional(),
      sustainedSchedulerBacklogTimeoutMs: ms.optional(),
      executorIdleTimeoutMs: ms.optional(),
      executorStartupMs: ms.optional(),
    })
    .optional(),
  externalShuffleService: z.boolean().optional(),
  networkTimeoutMs: ms.optional(),
  networkTimeoutIntervalMs: ms.optional(),
  heartbeatIntervalMs: ms.optional(),
  reviveIntervalMs: ms.optional(),
  bypassMergeThreshold: nat.optional(),
  legacyHashShuffle: z.boolean().optional(),
  maxDirectResultSize: nat.optional(),
  storageMemoryBytes: nat.optional(),
  costs: z
    .strictObject(
      Object.fromEntries(Object.keys(DEFAULT_COSTS).map((k) => [k, z.number().min(0).optional()])),
    )
    .optional(),
});

const taskRef = { stage: nat, partition: nat, attempt: nat.optional(), stageAttempt: nat.optional() };
const occurrence = { occurrence: positive.optional() };
const stepKinds = Object.keys(STEP_INFO) as [StepKind, ...StepKind[]];

/** The anchor schema for each `at` (an anchor object is checked against the one its `at` names). */
export const ANCHOR_SCHEMAS = {
  jobStart: z.strictObject({ at: z.literal('jobStart'), job: nat, ...occurrence }),
  jobEnd: z.strictObject({ at: z.literal('jobEnd'), job: nat, ...occurrence }),
  stageSubmitted: z.strictObject({
    at: z.literal('stageSubmitted'),
    stage: nat,
    attempt: nat.optional(),
    ...occurrence,
  }),
  stageCompleted: z.strictObject({
    at: z.literal('stageCompleted'),
    stage: nat,
    attempt: nat.optional(),
    ...occurrence,
  }),
  taskStart: z.strictObject({ at: z.literal('taskStart'), ...taskRef, ...occurrence }),
  taskEnd: z.strictObject({ at: z.literal('taskEnd'), ...taskRef, ...occurrence }),
  executorAdded: z.strictObject({
    at: z.literal('executorAdded'),
    executor: z.string().min(1),
    ...occurrence,
  }),
  executorRemoved: z.strictObject({
    at: z.literal('executorRemoved'),
    executor: z.string().min(1),
    ...occurrence,
  }),
  step: z.strictObject({
    at: z.literal('step'),
    step: z.enum(stepKinds),
    job: nat.optional(),
    stage: nat.optional(),
    executor: z.string().min(1).optional(),
    ...occurrence,
  }),
} as const;

export const showSchema = z.strictObject({
  view: z.enum(LESSON_VIEWS as [string, ...string[]]),
  rdds: z.array(nat).optional(),
  stages: z.array(nat).optional(),
  job: nat.optional(),
  executor: z.string().min(1).optional(),
  task: z.strictObject(taskRef).optional(),
});

export const questionSchema = z.strictObject({
  prompt: textSchema,
  choices: z.array(textSchema).min(2),
  answer: nat,
  explanation: textSchema,
});

export const stepSchema = z.strictObject({
  show: showSchema,
  /** Checked on its own against ANCHOR_SCHEMAS, for messages that name the anchor kinds. */
  position: z.unknown(),
  narration: textSchema,
  question: questionSchema.optional(),
});

export const walkthroughSchema = z.strictObject({
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: textSchema,
  summary: textSchema,
  pipeline: z.unknown(),
  cluster: clusterSchema.optional(),
  faults: z.array(z.string()).optional(),
  seed: nat.optional(),
  steps: z.array(stepSchema).min(1),
});
export type WalkthroughEntry = z.infer<typeof walkthroughSchema>;
