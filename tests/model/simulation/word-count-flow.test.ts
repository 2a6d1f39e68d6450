import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePipeline } from '../../../src/model/index.ts';
import {
  createSimulation,
  runToEnd,
  simulate,
  type SimulationInput,
} from '../../../src/model/simulation/simulation.ts';
import type { TraceEvent } from '../../../src/model/trace/trace.ts';
import { WORD_COUNT } from './plans.ts';

/** The listener events of spark-event-flow.md's sequence, as short labels; TaskEnd TIDs sorted per stage (any order). */
function labels(events: readonly TraceEvent[]): string[] {
  const out: string[] = [];
  let ends: number[] = [];
  let endStage = -1;
  const flush = (): void => {
    if (ends.length > 0) out.push(`TaskEnd(${endStage}, TIDs ${ends.sort((a, b) => a - b).join(',')})`);
    ends = [];
  };
  for (const ev of events) {
    if (ev.kind === 'taskEnd') {
      endStage = ev.stageId;
      ends.push(ev.task.taskId);
      continue;
    }
    if (['jobStart', 'stageSubmitted', 'taskStart', 'stageCompleted', 'jobEnd'].includes(ev.kind)) flush();
    if (ev.kind === 'jobStart') out.push(`JobStart(${ev.jobId}, [${ev.stageIds.join(', ')}])`);
    if (ev.kind === 'stageSubmitted') out.push(`StageSubmitted(${ev.stage.stageId})`);
    if (ev.kind === 'taskStart') out.push(`TaskStart(${ev.stageId}, TID ${ev.task.taskId})`);
    if (ev.kind === 'stageCompleted') out.push(`StageCompleted(${ev.stage.stageId})`);
    if (ev.kind === 'jobEnd')
      out.push(`JobEnd(${ev.jobId}, ${ev.result.kind === 'succeeded' ? 'JobSucceeded' : 'JobFailed'})`);
  }
  return out;
}

const fixture = parsePipeline(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pipelines', 'word-count.json'),
    'utf8',
  ),
);

describe('word count on 2 executors × 2 cores', () => {
  const inputs: [string, SimulationInput][] = [['the hand-written plan', { plan: WORD_COUNT }]];
  if (fixture.ok) inputs.push(['fixtures/pipelines/word-count.json, planned', fixture.value]);
  for (const [what, input] of inputs)
    for (const seed of [0, 1, 2, 7]) {
      it(`posts exactly the listener sequence of spark-event-flow.md (${what}, seed ${seed})`, () => {
        const trace = simulate(input, { executorCount: 2, cores: 2 }, { seed });
        expect(labels(trace.events)).toEqual([
          'JobStart(0, [0, 1])',
          'StageSubmitted(0)',
          'TaskStart(0, TID 0)',
          'TaskStart(0, TID 1)',
          'TaskStart(0, TID 2)',
          'TaskStart(0, TID 3)',
          'TaskEnd(0, TIDs 0,1,2,3)',
          'StageCompleted(0)',
          'StageSubmitted(1)',
          'TaskStart(1, TID 4)',
          'TaskStart(1, TID 5)',
          'TaskStart(1, TID 6)',
          'TaskStart(1, TID 7)',
          'TaskEnd(1, TIDs 4,5,6,7)',
          'StageCompleted(1)',
          'JobEnd(0, JobSucceeded)',
        ]);
      });
    }

  it('launches map tasks PROCESS_LOCAL (no preference, R-10.4) and reduce tasks NODE_LOCAL', () => {
    const trace = simulate({ plan: WORD_COUNT }, { executorCount: 2, cores: 2 }, { seed: 3 });
    const starts = trace.events.flatMap((ev) => (ev.kind === 'taskStart' ? [ev] : []));
    expect(starts.filter((s) => s.stageId === 0).map((s) => s.task.locality)).toEqual(
      Array(4).fill('PROCESS_LOCAL'),
    );
    expect(starts.filter((s) => s.stageId === 1).map((s) => s.task.locality)).toEqual(
      Array(4).fill('NODE_LOCAL'),
    );
    // Pending tasks are queued in reverse and taken from the end, so index 0 goes first.
    expect(starts.filter((s) => s.stageId === 0).map((s) => s.task.index)).toEqual([0, 1, 2, 3]);
  });

  it('reduceByKey writes with the sort shuffle writer, one data and one index file per map task (R-12.1, R-12.2)', () => {
    const trace = simulate({ plan: WORD_COUNT }, { executorCount: 2, cores: 2 });
    const writes = trace.events.flatMap((ev) =>
      ev.kind === 'step' && ev.step === 'shuffleWrite' ? [ev] : [],
    );
    expect(writes).toHaveLength(4);
    for (const w of writes) expect(w.data).toMatchObject({ writer: 'SortShuffleWriter', files: 2 });
  });

  it('names each internal step after the Spark method it models, in the order of the flow', () => {
    const sim = runToEnd(createSimulation({ plan: WORD_COUNT }, { executorCount: 2, cores: 2 }));
    const methods = sim.events.flatMap((ev) => (ev.kind === 'step' ? [ev.method] : []));
    const order = [
      'SparkContext.runJob',
      'DAGScheduler.submitJob',
      'DAGScheduler.createShuffleMapStage',
      'DAGScheduler.createResultStage',
      'DAGScheduler.submitMissingTasks',
      'TaskSchedulerImpl.submitTasks',
      'TaskSetManager.resourceOffer',
      'DriverEndpoint.launchTasks',
      'Executor.launchTask',
      'TaskSchedulerImpl.statusUpdate',
      'TaskResultGetter.enqueueSuccessfulTask',
      'MapOutputTrackerMaster.registerMapOutput',
      'DAGScheduler.markStageAsFinished',
      'DAGScheduler.submitWaitingChildStages',
      'DAGScheduler.cleanupStateForJobAndIndependentStages',
    ];
    const positions = order.map((m) => methods.indexOf(m));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
