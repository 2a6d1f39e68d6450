/**
 * `stagecraft simulate FILE [options]` (the usage line below lists them): plans a pipeline file, runs it through the scheduling
 * simulator, prints a summary of jobs and stage attempts, and writes the trace's listener events
 * as a Spark 3.5 event log (`--out`) and the full trace with scheduler steps as JSON (`--trace`).
 * Exit 0 when the simulation ran (failed jobs included), 1 for a bad pipeline file, 2 for bad
 * arguments (a fault spec that does not parse, an unknown executor).
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_LIMITS, planLimitProblem, planPipeline, simulate, writeEventLog } from '../model/index.ts';
import type { Command } from './command.ts';
import { readPipelineFile } from './read-pipeline.ts';
import { parseSimulateArgs } from './simulate-args.ts';
import { simulationText } from './simulate-text.ts';

export const simulateCommand: Command = {
  name: 'simulate',
  usage:
    'simulate FILE [--executors N] [--cores C] [--scheduler FIFO|FAIR] [--pool NAME[:WEIGHT[:MINSHARE]]]… ' +
    '[--deploy-mode MODE] [--speculation] [--shuffle-service] [--dynamic-allocation] [--max-executors N] ' +
    '[--hash-shuffle] [--seed S] [--fault SPEC]… [--out LOG] [--trace OUT] [--steps all|stage|none|auto]',
  async run(args, io) {
    const options = parseSimulateArgs(args);
    const pipeline = await readPipelineFile(options.file, io);
    if (pipeline === null) return 1;
    const plan = planPipeline(pipeline);
    const tooBig = planLimitProblem(plan, io.limits ?? DEFAULT_LIMITS);
    if (tooBig !== null) {
      io.stderr(`${options.file}: ${tooBig}\n`);
      return 1;
    }
    const trace = simulate({ plan, pipeline }, options.cluster, {
      seed: options.seed,
      faults: options.faults,
      steps: options.steps,
    });
    if (options.out !== undefined) writeFileSync(options.out, writeEventLog(trace));
    if (options.trace !== undefined) writeFileSync(options.trace, JSON.stringify(trace) + '\n');
    io.stdout(simulationText(trace));
    return 0;
  },
};
