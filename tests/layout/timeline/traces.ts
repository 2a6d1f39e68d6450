/**
 * Traces for the timeline tests: the simulator on the word-count fixture (with faults), real Spark
 * logs from fixtures/eventlogs through the importer, and small hand-written traces for the edge
 * cases a log can hold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  importEventLog,
  parseFault,
  parsePipeline,
  simulate,
  type ClusterOptions,
  type TaskInfo,
  type Trace,
  type TraceEvent,
} from '../../../src/model/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function wordCount(cluster: ClusterOptions, faults: readonly string[] = [], seed = 1): Trace {
  const parsed = parsePipeline(JSON.parse(readFileSync(`${ROOT}fixtures/pipelines/word-count.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`word-count.json: ${parsed.problems[0]?.message}`);
  return simulate(parsed.value, cluster, {
    seed,
    faults: faults.map((spec) => {
      const r = parseFault(spec);
      if (!r.ok) throw new Error(r.message);
      return r.fault;
    }),
  });
}

export async function realLog(path: string): Promise<Trace> {
  const bytes = new Uint8Array(readFileSync(`${ROOT}fixtures/eventlogs/${path}`));
  return (await importEventLog([bytes], { fileName: path.split('/').pop() ?? path })).trace;
}

export function info(
  taskId: number,
  executorId: string,
  launchTime: number,
  more: Partial<TaskInfo> = {},
): TaskInfo {
  return {
    taskId,
    index: taskId,
    attempt: 0,
    partitionId: taskId,
    launchTime,
    gettingResultTime: 0,
    finishTime: 0,
    executorId,
    host: `host-${executorId}`,
    locality: 'PROCESS_LOCAL',
    speculative: false,
    failed: false,
    killed: false,
    ...more,
  };
}

/** A trace of hand-written events on executors with the given cores. */
export function handTrace(cores: Readonly<Record<string, number>>, events: readonly TraceEvent[]): Trace {
  return {
    app: {
      id: 'app-test',
      name: 'test',
      user: null,
      attemptId: null,
      sparkVersion: null,
      master: null,
      startTime: events[0]?.time ?? 0,
      endTime: null,
      sparkProperties: {},
    },
    executors: Object.entries(cores).map(([executorId, totalCores]) => ({
      executorId,
      host: `host-${executorId}`,
      totalCores,
      addTime: 0,
      removeTime: null,
      removeReason: null,
    })),
    events,
  };
}
