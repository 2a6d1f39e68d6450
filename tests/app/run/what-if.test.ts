import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, readWhatIf, type WhatIfForm } from '../../../src/app/run/what-if.ts';
import { wordCount, wordCountPlan } from './word-count-trace.ts';

const read = (form: Partial<WhatIfForm>) =>
  readWhatIf({ ...DEFAULT_FORM, ...form }, wordCount, wordCountPlan);

describe('readWhatIf', () => {
  it('turns the default form into Spark’s default cluster with no faults', () => {
    const r = read({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cluster).toMatchObject({
      deployMode: 'standalone',
      executorCount: 2,
      cores: 2,
      schedulingMode: 'FIFO',
      localityWaitMs: 3000,
      speculation: { enabled: false },
      dynamicAllocation: { enabled: false },
      externalShuffleService: false,
    });
    expect(r.faults).toEqual([]);
    expect(r.pipeline).toBe(wordCount);
  });

  it('reads the cluster fields, FAIR pools and the faults', () => {
    const r = read({
      executors: '4',
      cores: '3',
      schedulingMode: 'FAIR',
      pools: 'production:2:1, adhoc',
      localityWait: '0.5',
      speculation: true,
      externalShuffleService: true,
      faults: [
        { kind: 'kill-executor', args: '1@0.5' },
        { kind: 'fail-task', args: '1.0x2' },
        { kind: 'straggler', args: '0.1*5' },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cluster.pools).toEqual([
      { name: 'production', schedulingMode: 'FIFO', weight: 2, minShare: 1 },
      { name: 'adhoc', schedulingMode: 'FIFO', weight: 1, minShare: 0 },
    ]);
    expect(r.cluster.localityWaitMs).toBe(500);
    expect(r.faults).toEqual([
      { kind: 'kill-executor', executor: '1', atMs: 500 },
      { kind: 'fail-task', stage: 1, partition: 0, times: 2 },
      { kind: 'straggler', stage: 0, partition: 1, factor: 5 },
    ]);
  });

  it('puts data skew into the named RDD’s hints', () => {
    const rdd = wordCount.rdds[0]!.id;
    const r = read({ faults: [{ kind: 'skew', args: `${rdd}*4` }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pipeline.rdds[0]!.hints?.skew).toBe(4);
    expect(wordCount.rdds[0]!.hints?.skew).toBeUndefined();
  });

  it('gives every bad field its own message', () => {
    const r = read({
      executors: '0',
      cores: 'two',
      localityWait: '-1',
      schedulingMode: 'FAIR',
      pools: 'a:b',
      faults: [
        { kind: 'kill-executor', args: '7@1' },
        { kind: 'fail-task', args: '9.0' },
        { kind: 'fetch-failure', args: 'soon' },
        { kind: 'skew', args: 'nothing*2' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(
      ['cores', 'executors', 'fault-0', 'fault-1', 'fault-2', 'fault-3', 'localityWait', 'pools'].sort(),
    );
    expect(r.errors['fault-0']).toContain('"7"');
    expect(r.errors['fault-1']).toContain('stage 9');
    expect(r.errors['fault-3']).toContain('"nothing"');
    expect(r.errors['fault-2']).toBe('expected STAGE.PARTITION or STAGE.PARTITIONxN');
  });
});
