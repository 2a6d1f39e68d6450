import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../../src/model/index.ts';
import { parseFault } from '../../../src/model/simulation/faults.ts';
import { simulate } from '../../../src/model/simulation/simulation.ts';
import { ONE_MAP, SHARED_SHUFFLE, WORD_COUNT } from './plans.ts';

const EPOCH = Date.UTC(2024, 0, 1);

describe('jobs of two driver threads that need the same shuffle (R-9.2)', () => {
  const trace = simulate({ plan: SHARED_SHUFFLE }, { executorCount: 2, cores: 2 }, { seed: 2 });
  const starts = trace.events.flatMap((ev) => (ev.kind === 'jobStart' ? [ev] : []));
  const submitted = trace.events.flatMap((ev) => (ev.kind === 'stageSubmitted' ? [ev.stage.stageId] : []));

  it('share the map stage while both are active: one stage object, submitted once', () => {
    expect(starts.map((j) => j.stageIds)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(submitted.filter((id) => id === 0)).toHaveLength(1);
  });

  it('submit both result stages when the shared map stage finishes, the earlier job first', () => {
    expect(submitted).toEqual([0, 1, 2]);
    expect(
      trace.events.filter((ev) => ev.kind === 'jobEnd').map((ev) => ev.kind === 'jobEnd' && ev.result.kind),
    ).toEqual(['succeeded', 'succeeded']);
  });
});

describe('jobs that operations run while RDDs are defined', () => {
  it('finish before the threads that call actions start (pipeline.md, "Concurrency")', () => {
    const parsed = parsePipeline({
      version: 1,
      config: { defaultParallelism: 4 },
      rdds: [
        { id: 'nums', op: 'parallelize', args: { length: 1000, numSlices: 4 } },
        { id: 'kv', op: 'map', parents: ['nums'] },
        { id: 'sorted', op: 'sortByKey', parents: ['kv'] },
      ],
      actions: [
        { op: 'count', rdd: 'sorted', thread: 'a' },
        { op: 'collect', rdd: 'sorted', thread: 'b' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const trace = simulate(parsed.value, { executorCount: 2, cores: 2 });
    const jobs = trace.events.flatMap((ev) =>
      ev.kind === 'jobStart' || ev.kind === 'jobEnd' ? [`${ev.kind} ${ev.jobId}`] : [],
    );
    // The sampling job (job 0) ends before either thread's job starts.
    expect(jobs.slice(0, 2)).toEqual(['jobStart 0', 'jobEnd 0']);
    expect(jobs).toHaveLength(6);
  });
});

describe('delay scheduling (R-10.4)', () => {
  // Reduce tasks that run long, so the executor holding the map output stays busy.
  const cluster = {
    executorCount: 2,
    cores: 1,
    costs: { defaultRecordsPerPartition: 4_000_000, combineRatio: 1 },
  };

  it('reduce tasks prefer the host holding all map output and run there NODE_LOCAL first', () => {
    const trace = simulate({ plan: ONE_MAP }, cluster, { seed: 1 });
    const reduce = trace.events.flatMap((ev) => (ev.kind === 'taskStart' && ev.stageId === 1 ? [ev] : []));
    const mapHost = trace.events.flatMap((ev) =>
      ev.kind === 'taskEnd' && ev.stageId === 0 ? [ev.task.host] : [],
    )[0];
    expect(reduce[0]?.task.locality).toBe('NODE_LOCAL');
    expect(reduce[0]?.task.host).toBe(mapHost);
    // The other executor gets a reduce task only at ANY, and only after spark.locality.wait = 3 s.
    const stageStart =
      trace.events.find((ev) => ev.kind === 'stageSubmitted' && ev.stage.stageId === 1)?.time ?? 0;
    const elsewhere = reduce.filter((s) => s.task.host !== mapHost);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const s of elsewhere) {
      expect(s.task.locality).toBe('ANY');
      expect(s.time - stageStart).toBeGreaterThanOrEqual(3000);
    }
    const waits = trace.events.filter((ev) => ev.kind === 'step' && ev.step === 'localityWait');
    expect(waits.length).toBeGreaterThan(0);
  });

  it('with spark.locality.wait = 0 the other executor takes reduce tasks at once', () => {
    const trace = simulate({ plan: ONE_MAP }, { ...cluster, localityWaitMs: 0 }, { seed: 1 });
    const reduce = trace.events.flatMap((ev) => (ev.kind === 'taskStart' && ev.stageId === 1 ? [ev] : []));
    expect(new Set(reduce.slice(0, 2).map((s) => s.task.host)).size).toBe(2);
  });
});

describe('maxTimeMs', () => {
  it('stops a run at that simulated time', () => {
    const trace = simulate({ plan: WORD_COUNT }, {}, { maxTimeMs: 500 });
    expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
    expect(trace.app.endTime).toBeLessThanOrEqual(EPOCH + 500);
    expect(trace.events.some((ev) => ev.kind === 'jobEnd')).toBe(false);
  });
});

describe('a run with no executor left', () => {
  it('ends instead of waiting forever, with the job left unfinished', () => {
    const kills = ['kill-executor:0@0.5', 'kill-executor:1@0.5'].map((s) => {
      const r = parseFault(s);
      if (!r.ok) throw new Error(r.message);
      return r.fault;
    });
    const trace = simulate({ plan: WORD_COUNT }, { executorCount: 2, cores: 2 }, { faults: kills });
    expect(trace.events.at(-1)?.kind).toBe('applicationEnd');
    expect(trace.events.some((ev) => ev.kind === 'jobEnd')).toBe(false);
    expect(trace.app.endTime).toBeLessThan(EPOCH + 10_000);
  });
});
