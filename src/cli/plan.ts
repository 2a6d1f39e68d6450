/**
 * `stagecraft plan FILE [--format text|json]`: the jobs, stages and RDDs Spark would make for a
 * pipeline file. JSON is shared/spec/plan-output.md; text is `formatPlanText`. A bad file exits 1
 * with one line per problem on standard error (`FILE: rdds[3].parents[0]: unknown RDD "pairz"`).
 */
import {
  DEFAULT_LIMITS,
  formatPlanText,
  planLimitProblem,
  planPipeline,
  toPlanOutput,
} from '../model/index.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { readPipelineFile } from './read-pipeline.ts';

function parseArgs(args: readonly string[]): { file: string; format: 'text' | 'json' } {
  let file: string | undefined;
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    let value: string | undefined;
    if (arg === '--format') {
      value = args[++i];
      if (value === undefined) throw new UsageError('--format needs a value: text or json');
    } else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else if (file === undefined) {
      file = arg;
      continue;
    } else throw new UsageError(`only one FILE, got "${file}" and "${arg}"`);
    if (value !== 'text' && value !== 'json')
      throw new UsageError(`--format must be text or json, got "${value}"`);
    format = value;
  }
  if (file === undefined) throw new UsageError('missing FILE');
  return { file, format };
}

export const planCommand: Command = {
  name: 'plan',
  usage: 'plan FILE [--format text|json]',
  run: async (args, io) => {
    const { file, format } = parseArgs(args);
    const pipeline = await readPipelineFile(file, io);
    if (pipeline === null) return 1;
    const plan = planPipeline(pipeline);
    const tooBig = planLimitProblem(plan, io.limits ?? DEFAULT_LIMITS);
    if (tooBig !== null) {
      io.stderr(`${file}: ${tooBig}\n`);
      return 1;
    }
    io.stdout(format === 'json' ? `${JSON.stringify(toPlanOutput(plan), null, 2)}\n` : formatPlanText(plan));
    return 0;
  },
};
