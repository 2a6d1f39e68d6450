import type { Samples } from '../measure.ts';

/** What a Node case returns to the runner from its child process. */
export interface NodeCaseResult {
  readonly samples: Samples;
  /** What the input turned out to be (RDDs, events, bytes), for the table. */
  readonly note: string;
}
