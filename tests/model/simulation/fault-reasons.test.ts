// Why a fault spec is refused, as data and in words: the English is parseFault's message (what the
// command line prints), the Chinese what the app and lesson files show in the Chinese interface.
import { describe, expect, it } from 'vitest';
import { FAULT_SYNTAX, faultReasonText, parseFault } from '../../../src/model/index.ts';

const CASES: readonly [spec: string, key: string, en: string, zh: string][] = [
  ['kill-executor', 'missingColon', 'missing ":"', '缺少 ":"'],
  [
    'fail-task:1',
    'stagePartition',
    'expected STAGE.PARTITION or STAGE.PARTITIONxN',
    '应为 STAGE.PARTITION 或 STAGE.PARTITIONxN',
  ],
  [
    'fetch-failure:1.x',
    'stagePartition',
    'expected STAGE.PARTITION or STAGE.PARTITIONxN',
    '应为 STAGE.PARTITION 或 STAGE.PARTITIONxN',
  ],
  ['hang-executor:1', 'executorAt', 'expected ID@SECONDS', '应为 ID@SECONDS'],
  ['straggler:1.0', 'stragglerForm', 'expected STAGE.PARTITION*FACTOR', '应为 STAGE.PARTITION*FACTOR'],
  [
    'straggler:1.0*0.5',
    'stragglerFactor',
    'FACTOR must be at least 1, got 0.5',
    'FACTOR 应不小于 1，实际是 0.5',
  ],
  [
    'fail-random:1',
    'probability',
    'expected a probability from 0 to below 1',
    '应为 0 到 1 之间（不含 1）的概率',
  ],
  ['explode:1', 'unknownKind', 'unknown fault kind "explode"', '未知的故障类型 "explode"'],
];

describe('fault reasons', () => {
  for (const [spec, key, en, zh] of CASES)
    it(`${spec}: ${key}`, () => {
      const parsed = parseFault(spec);
      if (parsed.ok) throw new Error(`${spec} should be refused`);
      expect(parsed.reason.key).toBe(key);
      expect(parsed.message).toBe(`fault "${spec}": ${en} (${FAULT_SYNTAX})`);
      expect(faultReasonText(parsed.reason)).toBe(en);
      expect(faultReasonText(parsed.reason, 'zh-CN')).toBe(zh);
    });
});
