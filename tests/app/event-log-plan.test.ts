// The imported application as the Plan the views draw. Expectations read from the logs
// themselves (SparkListenerJobStart "Stage IDs", "Stage Infos" with their "RDD Info" and
// "Parent IDs", and which stages have a SparkListenerStageSubmitted).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLineage, describeReason, importEventLog } from '../../src/model/index.ts';
import { eventLogPlan } from '../../src/app/event-log-plan.ts';

async function planOf(file: string) {
  const result = await importEventLog([new Uint8Array(readFileSync(file))], { fileName: file });
  return eventLogPlan(result.application, buildLineage(result.application));
}

describe('eventLogPlan', () => {
  it('gives each job the stages its JobStart lists, the highest id as the ResultStage', async () => {
    const { plan, parentsKnown } = await planOf('fixtures/eventlogs/spark-tests/local-1642039451826');
    expect(parentsKnown).toBe(true);
    expect(plan.jobs.map((j) => j.jobId)).toEqual([0, 1, 2, 3, 4, 5]);
    const job2 = plan.jobs[2]!;
    expect(
      job2.stages.map((s) => ({ id: s.stageId, kind: s.kind, tasks: s.numTasks, parents: s.parentStageIds })),
    ).toEqual([
      { id: 3, kind: 'ShuffleMap', tasks: 8, parents: [] },
      { id: 4, kind: 'ShuffleMap', tasks: 10, parents: [3] },
      { id: 5, kind: 'Result', tasks: 1, parents: [4] },
    ]);
    expect(job2.stages.map((s) => s.rddIds)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7],
      [8, 9, 10],
    ]);
    expect(job2.finalRddId).toBe(10);
  });

  it('marks the stages a job listed but never submitted as skipped (R-9.3)', async () => {
    const { plan } = await planOf('fixtures/eventlogs/spark-tests/local-1642039451826');
    const skipped = plan.jobs.flatMap((j) => j.stages.filter((s) => s.skipped).map((s) => s.stageId));
    expect(skipped).toEqual([1, 3, 4, 7, 9, 10]);
    expect(plan.jobs.flatMap((j) => j.stages).every((s) => s.skipReason === null)).toBe(true);
  });

  it('takes RDD classes and partitions from RDD Info, and edges from Parent IDs with an event-log reason', async () => {
    const { plan } = await planOf('fixtures/eventlogs/spark-tests/local-1642039451826');
    const rdd = (id: number) => plan.rdds.find((r) => r.rddId === id)!;
    expect(rdd(0).class).toBe('ParallelCollectionRDD');
    expect(rdd(5).class).toBe('ShuffledRowRDD');
    expect(rdd(5).numPartitions).toBe(10);
    expect(rdd(0).deps).toEqual([]);
    // RDD 5 (stage 4) reads RDD 4 (stage 3): no stage holds both, a stage boundary.
    expect(rdd(5).deps).toEqual([
      { rddId: 4, type: 'Shuffle', reason: { code: 'eventLog.shuffle', params: {} } },
    ]);
    expect(rdd(4).deps).toEqual([
      { rddId: 3, type: 'Narrow', reason: { code: 'eventLog.narrow', params: {} } },
    ]);
    expect(describeReason(rdd(5).deps[0]!.reason, 'en')).toBe('from the event log: stage boundary (shuffle)');
    expect(describeReason(rdd(5).deps[0]!.reason, 'zh-CN')).toContain('事件日志');
  });

  it('draws no edges and says so when the log has no parent ids (Spark 1.4)', async () => {
    const { plan, parentsKnown } = await planOf('fixtures/eventlogs/spark-tests/local-1430917381534');
    expect(parentsKnown).toBe(false);
    expect(plan.rdds.length).toBeGreaterThan(0);
    expect(plan.rdds.flatMap((r) => r.deps)).toEqual([]);
    expect(plan.jobs.flatMap((j) => j.stages).length).toBeGreaterThan(0);
  });
});
