/**
 * One Node case in a process of its own, so its peak memory is the process's maximum resident set
 * (`process.resourceUsage().maxRSS`). Reads its job as JSON from argv[2] and prints one line
 * `RESULT {…}` for ./run.ts.
 */
import { importCase } from './cases/import.ts';
import type { NodeCaseResult } from './cases/node-case-result.ts';
import { planCase } from './cases/plan.ts';
import { simulateCase } from './cases/simulate.ts';
import type { Repetitions } from './measure.ts';

export type NodeJob =
  | { readonly kind: 'plan' | 'simulate'; readonly n: number; readonly reps: Repetitions }
  | {
      readonly kind: 'import';
      readonly file: string;
      readonly plainFile: string;
      readonly reps: Repetitions;
    };

async function run(job: NodeJob): Promise<NodeCaseResult> {
  switch (job.kind) {
    case 'plan':
      return planCase(job.n, job.reps);
    case 'simulate':
      return simulateCase(job.n, job.reps);
    case 'import':
      return importCase(job.file, job.plainFile, job.reps);
  }
}

const job = JSON.parse(process.argv[2] ?? '') as NodeJob;
const result = await run(job);
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`RESULT ${JSON.stringify({ ...result, peakMb })}\n`);
