/**
 * Why a fault spec was refused (`FaultReason` of ./faults.ts), written in English (the wording of
 * `parseFault`'s message, which the command line prints) or Simplified Chinese (the app and lesson
 * files in the Chinese interface). The syntax words (STAGE.PARTITION, ID@SECONDS) stay as written.
 */
import type { FaultReason } from './faults.ts';

export function faultReasonText(reason: FaultReason, lang: 'en' | 'zh-CN' = 'en'): string {
  return lang === 'zh-CN' ? chinese(reason) : english(reason);
}

function english(reason: FaultReason): string {
  switch (reason.key) {
    case 'missingColon':
      return 'missing ":"';
    case 'stagePartition':
      return 'expected STAGE.PARTITION or STAGE.PARTITIONxN';
    case 'executorAt':
      return 'expected ID@SECONDS';
    case 'stragglerForm':
      return 'expected STAGE.PARTITION*FACTOR';
    case 'stragglerFactor':
      return `FACTOR must be at least 1, got ${reason.got}`;
    case 'probability':
      return 'expected a probability from 0 to below 1';
    case 'unknownKind':
      return `unknown fault kind "${reason.kind}"`;
  }
}

function chinese(reason: FaultReason): string {
  switch (reason.key) {
    case 'missingColon':
      return '缺少 ":"';
    case 'stagePartition':
      return '应为 STAGE.PARTITION 或 STAGE.PARTITIONxN';
    case 'executorAt':
      return '应为 ID@SECONDS';
    case 'stragglerForm':
      return '应为 STAGE.PARTITION*FACTOR';
    case 'stragglerFactor':
      return `FACTOR 应不小于 1，实际是 ${reason.got}`;
    case 'probability':
      return '应为 0 到 1 之间（不含 1）的概率';
    case 'unknownKind':
      return `未知的故障类型 "${reason.kind}"`;
  }
}
