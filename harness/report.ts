/**
 * The JSON report the harness JVM (harness/java, `stagecraft.harness.Main`) prints for one
 * pipeline run, one report per line on standard output. See Runner.java for how each field is
 * taken from the live SparkContext.
 */
import type { PlanPartitioner } from '../src/model/index.ts';

export interface ReportDependency {
  readonly rddId: number;
  readonly type: 'OneToOne' | 'Range' | 'Narrow' | 'Shuffle';
  /** Missing for a shuffle dependency that no job used (created when the run ended). */
  readonly shuffleId?: number;
}

export interface ReportRdd {
  readonly rddId: number;
  readonly class: string;
  /** The pipeline RDD whose definition created it (or, for a ReliableCheckpointRDD, the one checkpointed). */
  readonly op: string | null;
  /** With `op: null`: the index of the action that created it. */
  readonly action?: number;
  readonly numPartitions: number;
  /** `type` is `hash`, `range` or another Partitioner's class name. */
  readonly partitioner: { readonly type: string; readonly numPartitions: number } | null;
  readonly deps: readonly ReportDependency[];
  /** False when no job reached the RDD: it was read after the last job. */
  readonly observed: boolean;
}

export interface ReportStage {
  readonly stageId: number;
  readonly numTasks: number;
  readonly parentIds: readonly number[];
  /** `StageInfo.rddInfos`: the stage's RDD first (a result stage's is the job's final RDD), then its narrow ancestors. */
  readonly rddIds: readonly number[];
  /** `StageInfo.shuffleDepId`: set exactly for shuffle map stages. */
  readonly shuffleId?: number;
  readonly name: string;
}

export interface ReportJob {
  readonly jobId: number;
  /** Who submitted it: an action, the definition of a pipeline RDD, or a checkpoint write. */
  readonly owner: 'action' | 'op' | 'checkpoint';
  readonly action?: number;
  readonly op?: string;
  /** For `owner: 'checkpoint'`: the checkpointed pipeline RDD. */
  readonly rdd?: string;
  readonly stages: readonly ReportStage[];
  readonly result: string | null;
}

export interface SparkReport {
  readonly file: string;
  readonly name?: string;
  readonly sparkVersion?: string;
  readonly defaultParallelism?: number;
  /** Each pipeline RDD id → the id of the Spark RDD its definition returned. */
  readonly pipelineRdds?: Readonly<Record<string, number>>;
  readonly rdds?: readonly ReportRdd[];
  readonly jobs?: readonly ReportJob[];
  readonly submittedStageIds?: readonly number[];
  /** Actions or definitions that threw (a job may still have run), or why the run failed. */
  readonly errors: readonly string[];
  readonly eventLog?: string;
  readonly millis?: number;
  /** The run passed its time limit (`timeoutSeconds`) and its jobs were cancelled; `errors[0]` says so. */
  readonly timedOut?: boolean;
  readonly timeoutSeconds?: number;
}

/**
 * A partitioner as the plan format names it: `hash`, `range`, or `custom` for any other class
 * (such as the anonymous partitioner `RDD.subtract` builds), or null for none.
 */
export function partitionerOf(p: ReportRdd['partitioner']): PlanPartitioner | null {
  if (p === null) return null;
  const type = p.type === 'hash' || p.type === 'range' ? p.type : 'custom';
  return { type, numPartitions: p.numPartitions };
}
