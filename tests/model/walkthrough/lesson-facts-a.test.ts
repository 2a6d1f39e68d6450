/**
 * What lessons 1–7 state, checked against the planner (whose plans real Spark checks through the
 * golden plans of fixtures/pipelines/lesson-*.json) and the simulated trace. Rule ids are
 * shared/spark-rules.md; "flow" is shared/spark-event-flow.md.
 */
import { describe, expect, it } from 'vitest';
import { shuffleReadBytes } from '../../../src/model/index.ts';
import { eventAt, eventsOf, indexOf, jobStages, lesson, stageOf, stepsOf } from './lesson-support.ts';

const summary = (id: string, jobId: number) =>
  jobStages(lesson(id), jobId).map((s) => [s.stageId, s.kind, s.numTasks, s.skipped]);

describe('lesson 1, word count', () => {
  const p = lesson('01-word-count');
  it('has 5 RDDs with one ShuffleDependency, into ShuffledRDD 4 (R-2.4, R-4.6)', () => {
    expect(p.plan.rdds.map((r) => r.class)).toEqual([
      'HadoopRDD',
      'MapPartitionsRDD',
      'MapPartitionsRDD',
      'MapPartitionsRDD',
      'ShuffledRDD',
    ]);
    const shuffles = p.plan.rdds.flatMap((r) =>
      r.deps.filter((d) => d.type === 'Shuffle').map(() => r.rddId),
    );
    expect(shuffles).toEqual([4]);
  });
  it('runs job 0 as ShuffleMapStage 0 (RDDs 0–3) and ResultStage 1 (RDD 4), 4 tasks each (R-8.1, flow "Result")', () => {
    expect(summary('01-word-count', 0)).toEqual([
      [0, 'ShuffleMap', 4, false],
      [1, 'Result', 4, false],
    ]);
    expect(stageOf(p, 0).rddIds).toEqual([0, 1, 2, 3]);
    expect(stageOf(p, 1).rddIds).toEqual([4]);
  });
  it('launches all 4 map tasks in one offer round, and runs TIDs 0–7 (R-10.3, R-1.6)', () => {
    const starts = eventsOf(p.trace, 'taskStart');
    const firstEnd = indexOf(p.trace, (e) => e.kind === 'taskEnd');
    expect(starts.filter((s) => s.stageId === 0 && p.trace.events.indexOf(s) < firstEnd)).toHaveLength(4);
    expect(starts.map((s) => s.task.taskId).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('writes one data and one index file per map task (R-12.1)', () => {
    for (const w of stepsOf(p.trace, 'shuffleWrite')) expect(w.data?.files).toBe(2);
  });
});

describe('lesson 2, which operators shuffle', () => {
  const p = lesson('02-which-operators-shuffle');
  it('gives map one stage, reduceByKey/groupByKey/repartition two, coalesce one with 2 tasks (R-4.6, R-2.5)', () => {
    expect(summary('02-which-operators-shuffle', 0)).toEqual([[0, 'Result', 4, false]]);
    expect(summary('02-which-operators-shuffle', 1)).toEqual([
      [1, 'ShuffleMap', 4, false],
      [2, 'Result', 4, false],
    ]);
    expect(summary('02-which-operators-shuffle', 2)).toEqual([
      [3, 'ShuffleMap', 4, false],
      [4, 'Result', 4, false],
    ]);
    expect(summary('02-which-operators-shuffle', 3)).toEqual([
      [5, 'ShuffleMap', 4, false],
      [6, 'Result', 8, false],
    ]);
    expect(summary('02-which-operators-shuffle', 4)).toEqual([[7, 'Result', 2, false]]);
    expect(p.plan.rdds.find((r) => r.rddId === 8)?.class).toBe('CoalescedRDD');
  });
  it('combines on the map side for reduceByKey only: SortShuffleWriter, fewer bytes than groupByKey (R-12.2)', () => {
    const writes = stepsOf(p.trace, 'shuffleWrite');
    const writer = (stage: number) =>
      new Set(writes.filter((w) => w.stageId === stage).map((w) => w.data?.writer));
    expect(writer(1)).toEqual(new Set(['SortShuffleWriter']));
    expect(writer(3)).toEqual(new Set(['BypassMergeSortShuffleWriter']));
    const bytes = (stage: number) =>
      eventsOf(p.trace, 'taskEnd')
        .filter((e) => e.stageId === stage)
        .reduce((n, e) => n + (e.metrics?.shuffleBytesWritten ?? 0), 0);
    expect(bytes(1)).toBeLessThan(bytes(3));
  });
});

describe('lesson 3, joins', () => {
  const p = lesson('03-join-without-shuffle');
  it('joins co-partitioned inputs with narrow dependencies inside ResultStage 2 (R-3.1, R-4.3)', () => {
    const cogroup = p.plan.rdds.find((r) => r.rddId === 4);
    expect(cogroup?.class).toBe('CoGroupedRDD');
    expect(cogroup?.deps.map((d) => [d.rddId, d.type])).toEqual([
      [1, 'OneToOne'],
      [3, 'OneToOne'],
    ]);
    expect(p.plan.rdds.filter((r) => r.rddId === 1 || r.rddId === 3).map((r) => r.partitioner)).toEqual([
      { type: 'hash', numPartitions: 4 },
      { type: 'hash', numPartitions: 4 },
    ]);
    expect(stageOf(p, 2).kind).toBe('Result');
    expect(stageOf(p, 2).rddIds).toContain(4);
    expect(stageOf(p, 2).parentStageIds).toEqual([0, 1]);
  });
  it('shuffles only the side without a partitioner in the second join; stage 4 is skipped (R-4.3, R-9.4)', () => {
    const cogroup = p.plan.rdds.find((r) => r.rddId === 8);
    expect(cogroup?.deps.map((d) => [d.rddId, d.type])).toEqual([
      [1, 'OneToOne'],
      [7, 'Shuffle'],
    ]);
    expect(summary('03-join-without-shuffle', 1)).toEqual([
      [3, 'ShuffleMap', 6, false],
      [4, 'ShuffleMap', 4, true],
      [5, 'Result', 4, false],
    ]);
    expect(eventsOf(p.trace, 'stageSubmitted').some((e) => e.stage.stageId === 4)).toBe(false);
  });
});

describe('lesson 4, skipped stages', () => {
  const p = lesson('04-skipped-stages');
  it('creates stages 2, 4 and 6 for shuffle 0 again and never submits them (R-9.2, R-9.3, R-9.4)', () => {
    for (const id of [2, 4, 6]) {
      expect(stageOf(p, id)).toMatchObject({ skipped: true, shuffleId: 0 });
      expect(eventsOf(p.trace, 'stageSubmitted').some((e) => e.stage.stageId === id)).toBe(false);
    }
    expect(stageOf(p, 6).skipReason?.code).not.toBe(stageOf(p, 2).skipReason?.code);
  });
  it('caches frequent in job 2 and reads the blocks in stage 7 instead of shuffle files (R-9.4)', () => {
    expect(stepsOf(p.trace, 'blockStored').filter((s) => s.stageId === 5)).toHaveLength(4);
    expect(stepsOf(p.trace, 'blockRead').filter((s) => s.stageId === 7)).toHaveLength(4);
    const read = (stage: number) =>
      eventsOf(p.trace, 'taskEnd')
        .filter((e) => e.stageId === stage)
        .map((e) => (e.metrics ? shuffleReadBytes(e.metrics) : 0));
    expect(read(3).every((b) => b > 0)).toBe(true);
    expect(read(7).every((b) => b === 0)).toBe(true);
  });
});

describe('lesson 5, sortByKey', () => {
  const p = lesson('05-sortbykey-runs-a-job');
  it('runs the RangePartitioner sampling job 0 before the action, then a 2-stage job (R-5.1, R-4.5)', () => {
    expect(p.plan.jobs[0]?.trigger).toMatchObject({ kind: 'operation', rdd: 'sorted' });
    expect(p.plan.jobs[1]?.trigger).toEqual({ kind: 'action', index: 0 });
    expect(summary('05-sortbykey-runs-a-job', 0)).toEqual([[0, 'Result', 4, false]]);
    expect(stageOf(p, 0).rddIds).toEqual([0, 1, 2, 3]);
    expect(summary('05-sortbykey-runs-a-job', 1)).toEqual([
      [1, 'ShuffleMap', 4, false],
      [2, 'Result', 4, false],
    ]);
    expect(p.plan.rdds.find((r) => r.rddId === 4)?.partitioner?.type).toBe('range');
  });
});

describe('lesson 6, DAGScheduler to executors', () => {
  const p = lesson('06-scheduler-to-executors');
  it('names the Spark methods as spark-event-flow.md does (steps 2–9, 13–15)', () => {
    const method = (i: number) => {
      const e = eventAt(p, i);
      return e?.kind === 'step' ? e.method : null;
    };
    expect(method(0)).toBe('DAGScheduler.handleJobSubmitted');
    expect(method(1)).toBe('DAGScheduler.submitMissingTasks');
    expect(method(2)).toBe('TaskSchedulerImpl.submitTasks');
    expect(method(3)).toBe('DriverEndpoint.makeOffers');
    expect(method(4)).toBe('Executor.launchTask');
  });
  it('makes a TaskSet of 6 with maxTaskFailures 4 and launches 4 in the first round (R-10.1, R-10.3)', () => {
    const submit = stepsOf(p.trace, 'submitTasks').find((s) => s.stageId === 0);
    expect(submit?.data).toMatchObject({ numTasks: 6, maxTaskFailures: 4, pool: 'root' });
    const firstOffer = p.steps[3]?.position ?? 0;
    const after = p.trace.events.slice(firstOffer);
    const nextOffer = after.findIndex((e) => e.kind === 'step' && e.step === 'makeOffers');
    const launched = after.slice(0, nextOffer).filter((e) => e.kind === 'step' && e.step === 'launchTask');
    expect(launched).toHaveLength(4);
  });
  it('launches partition 4 fifth, on an executor just freed by a StatusUpdate (R-10.3)', () => {
    const starts = eventsOf(p.trace, 'taskStart').filter((s) => s.stageId === 0);
    expect(starts.map((s) => s.task.partitionId)).toEqual([0, 1, 2, 3, 4, 5]);
    const at = (p.steps[5]?.position ?? 0) - 1;
    const before = p.trace.events.slice(0, at);
    expect(before.some((e) => e.kind === 'step' && e.step === 'statusUpdate')).toBe(true);
  });
});

describe('lesson 7, locality', () => {
  const p = lesson('07-locality-and-delay-scheduling');
  it('leaves executor 1 holding only block rdd_1_0 after job 0', () => {
    const stored = stepsOf(p.trace, 'blockStored').filter((s) => s.stageId === 0);
    expect(stored.filter((s) => s.executorId === '1').map((s) => s.data?.block)).toEqual(['rdd_1_0']);
    expect(stored.filter((s) => s.executorId === '0')).toHaveLength(11);
  });
  it('offers PROCESS_LOCAL, NODE_LOCAL, ANY to job 1 and launches its first tasks PROCESS_LOCAL (R-9.5, R-10.4)', () => {
    const submit = stepsOf(p.trace, 'submitTasks').find((s) => s.stageId === 1);
    expect(submit?.data?.levels).toBe('PROCESS_LOCAL,NODE_LOCAL,ANY');
    const starts = eventsOf(p.trace, 'taskStart').filter((s) => s.stageId === 1);
    expect(starts.slice(0, 3).every((s) => s.task.locality === 'PROCESS_LOCAL')).toBe(true);
  });
  it('waits spark.locality.wait (3 s) per level before running partition 7 at ANY on executor 1 (R-10.4)', () => {
    const wait = stepsOf(p.trace, 'localityWait').find((s) => s.stageId === 1);
    expect(wait?.data).toMatchObject({ locality: 'PROCESS_LOCAL', waitMs: 3000 });
    const any = eventsOf(p.trace, 'taskStart').filter((s) => s.stageId === 1 && s.task.locality === 'ANY');
    expect(any.map((s) => [s.task.partitionId, s.task.executorId])).toEqual([[7, '1']]);
    expect((any[0]?.time ?? 0) - (wait?.time ?? 0)).toBeGreaterThanOrEqual(2 * 3000);
  });
});
