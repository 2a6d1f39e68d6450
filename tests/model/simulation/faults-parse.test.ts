import { describe, expect, it } from 'vitest';
import { parseFault } from '../../../src/model/simulation/faults.ts';

describe('parseFault reads the command-line fault syntax', () => {
  it.each([
    ['fail-task:1.3', { kind: 'fail-task', stage: 1, partition: 3, times: 1 }],
    ['fail-task:0.12x4', { kind: 'fail-task', stage: 0, partition: 12, times: 4 }],
    ['kill-executor:1@2.5', { kind: 'kill-executor', executor: '1', atMs: 2500 }],
    ['hang-executor:exec-7@30', { kind: 'hang-executor', executor: 'exec-7', atMs: 30000 }],
    ['fetch-failure:2.0', { kind: 'fetch-failure', stage: 2, partition: 0, times: 1 }],
    ['fetch-failure:2.0x4', { kind: 'fetch-failure', stage: 2, partition: 0, times: 4 }],
    ['straggler:0.1*5', { kind: 'straggler', stage: 0, partition: 1, factor: 5 }],
    ['straggler:0.1*2.5', { kind: 'straggler', stage: 0, partition: 1, factor: 2.5 }],
    ['fail-random:0.05', { kind: 'random-task-failure', probability: 0.05 }],
  ])('%s', (spec, fault) => {
    expect(parseFault(spec)).toEqual({ ok: true, fault });
  });

  it.each([
    ['fail-task', 'missing ":"'],
    ['fail-task:1', 'expected STAGE.PARTITION or STAGE.PARTITIONxN'],
    ['fail-task:1.2x0', 'expected STAGE.PARTITION or STAGE.PARTITIONxN'],
    ['fail-task:-1.2', 'expected STAGE.PARTITION or STAGE.PARTITIONxN'],
    ['kill-executor:1', 'expected ID@SECONDS'],
    ['hang-executor:@3', 'expected ID@SECONDS'],
    ['straggler:0.1*0.5', 'FACTOR must be at least 1, got 0.5'],
    ['straggler:0.1', 'expected STAGE.PARTITION*FACTOR'],
    ['fail-random:1.5', 'expected a probability from 0 to below 1'],
    ['explode:1.1', 'unknown fault kind "explode"'],
  ])('rejects %s: %s', (spec, why) => {
    const r = parseFault(spec);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`fault "${spec}": ${why}`);
  });
});
