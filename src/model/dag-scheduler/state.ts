/**
 * The DAGScheduler's bookkeeping that outlives one job: the job and stage counters (R-1.3,
 * ), `shuffleIdToMapStage`, the shuffles whose map outputs the MapOutputTracker holds, and
 * the stages submitted by jobs that are still running (shared with concurrent jobs, R-9.2).
 */
import type { PlannedJob } from '../plan/planned.ts';

/** A shuffle dependency, named by the RDD that reads it and its position in that RDD's dependencies. */
export interface ShuffleDepRef {
  readonly shuffleId: number;
  /** `shuffleDep.rdd`: the map side, which becomes the ShuffleMapStage's RDD. */
  readonly mapRddId: number;
}

export interface Stage {
  readonly id: number;
  readonly kind: 'ShuffleMap' | 'Result';
  readonly rddId: number;
  readonly numTasks: number;
  readonly parents: readonly Stage[];
  readonly shuffleId: number | null;
  readonly firstJobId: number;
  /** The partitions the stage computes: all for a map stage, the job's for a result stage. */
  readonly partitions: readonly number[];
}

export class SchedulerState {
  nextJobId = 0;
  nextStageId = 0;
  readonly shuffleIdToMapStage = new Map<number, Stage>();
  /** Shuffles with every map output registered (`ShuffleMapStage.isAvailable`). */
  readonly availableShuffles = new Set<number>();
  /** Stages submitted by jobs still active; a concurrent job that reaches one waits for it instead. */
  readonly activeSubmitted = new Set<number>();
  readonly jobs: PlannedJob[] = [];
  /** `getShuffleDependencies` answers for the job being planned (the lineage is fixed meanwhile). */
  readonly shuffleDepsMemo = new Map<number, readonly ShuffleDepRef[]>();

  /** `cleanupStateForJobAndIndependentStages` once no job that uses the stages is active. */
  cleanUp(): void {
    this.shuffleIdToMapStage.clear();
    this.activeSubmitted.clear();
  }
}
