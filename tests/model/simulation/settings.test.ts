import { describe, expect, it } from 'vitest';
import { resolveCluster } from '../../../src/model/simulation/settings.ts';
import { createSimulation } from '../../../src/model/simulation/simulation.ts';
import { WORD_COUNT } from './plans.ts';

describe('cluster settings take Spark 3.5 defaults', () => {
  it('a standalone cluster: executors "0" … "N-1", maxTaskFailures 4 (R-10.1), FIFO, 3 s locality wait (R-10.4)', () => {
    const s = resolveCluster({ executorCount: 3, cores: 4 });
    expect(s.executors.map((x) => [x.id, x.cores])).toEqual([
      ['0', 4],
      ['1', 4],
      ['2', 4],
    ]);
    expect(s.maxTaskFailures).toBe(4);
    expect(s.schedulingMode).toBe('FIFO');
    expect(s.localityWaitMs).toEqual({ process: 3000, node: 3000, rack: 3000 });
    expect(s.taskCpus).toBe(1);
    expect(s.maxConsecutiveStageAttempts).toBe(4);
    expect(s.networkTimeoutMs).toBe(120_000);
    expect(s.reviveIntervalMs).toBe(1000);
  });

  it('speculation: off, interval 100 ms, quantile 0.75, multiplier 1.5, minTaskRuntime 100 ms (R-10.7)', () => {
    expect(resolveCluster().speculation).toEqual({
      enabled: false,
      intervalMs: 100,
      quantile: 0.75,
      multiplier: 1.5,
      minTaskRuntimeMs: 100,
    });
  });

  it('local mode: one executor "driver", maxTaskFailures 1 (R-10.1), never speculation (R-10.7)', () => {
    const s = resolveCluster({ deployMode: 'local', cores: 4, speculation: { enabled: true } });
    expect(s.executors.map((x) => x.id)).toEqual(['driver']);
    expect(s.maxTaskFailures).toBe(1);
    expect(s.speculation.enabled).toBe(false);
  });

  it('YARN numbers executors from "1"', () => {
    expect(
      resolveCluster({ deployMode: 'yarn-client', executorCount: 2 }).executors.map((x) => x.id),
    ).toEqual(['1', '2']);
  });

  it('one locality wait, or one per level', () => {
    expect(resolveCluster({ localityWaitMs: 0 }).localityWaitMs).toEqual({ process: 0, node: 0, rack: 0 });
    expect(resolveCluster({ localityWaitMs: { node: 500 } }).localityWaitMs).toEqual({
      process: 3000,
      node: 500,
      rack: 3000,
    });
  });
});

describe('createSimulation refuses clusters Spark would refuse', () => {
  it('a task that needs more cpus than an executor has cores', () => {
    expect(() => createSimulation({ plan: WORD_COUNT }, { cores: 2, taskCpus: 3 })).toThrow(
      'executors[0]: the number of cores per executor (=2) has to be >= the number of cpus per task = 3',
    );
  });

  it('two executors with one id', () => {
    const x = { id: '0', host: 'h', rack: null, cores: 1 };
    expect(() => createSimulation({ plan: WORD_COUNT }, { executors: [x, x] })).toThrow(
      'executors[1]: duplicate executor id "0"',
    );
  });

  it('a fault on an executor that does not exist', () => {
    expect(() =>
      createSimulation(
        { plan: WORD_COUNT },
        {},
        { faults: [{ kind: 'kill-executor', executor: '9', atMs: 0 }] },
      ),
    ).toThrow('faults[0]: unknown executor "9"');
  });
});
