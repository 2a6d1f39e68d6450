/** The messages between the run page and the simulation worker (./simulation-worker.ts); all structured-clone-able. */
import type { ClusterOptions, Fault, Pipeline, Trace } from '../../model/index.ts';

/** One run: the pipeline (its data hints already carrying any what-if skew), the cluster and the faults. */
export interface RunSpec {
  readonly pipeline: Pipeline;
  readonly cluster: ClusterOptions;
  readonly faults: readonly Fault[];
  readonly seed: number;
}

export type RunRequest =
  | { readonly type: 'run'; readonly id: number; readonly spec: RunSpec }
  | { readonly type: 'cancel'; readonly id: number };

export type RunReply =
  | {
      readonly type: 'progress';
      readonly id: number;
      /** Trace events posted so far. */
      readonly events: number;
      /** Task attempts ended so far, against the plan's task count (retries can exceed it). */
      readonly tasksEnded: number;
      readonly tasksPlanned: number;
    }
  | { readonly type: 'done'; readonly id: number; readonly trace: Trace }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'cancelled'; readonly id: number };
