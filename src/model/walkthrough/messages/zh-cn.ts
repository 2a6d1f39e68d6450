/**
 * 简体中文 problems of a walk-through file (see ./params.ts). JSON paths, keys, anchor kinds, ids
 * and quoted values stay as written; Spark terms as the narration writes them (作业, 阶段, 任务).
 */
import { formatValue } from '../../pipeline/messages/value.ts';
import { FAULT_SYNTAX, faultReasonText } from '../../simulation/faults.ts';
import type { Anchor, TaskRef } from '../types.ts';
import type { LessonProblemTemplates } from './params.ts';

function task(t: TaskRef): string {
  const attempts = [
    t.stageAttempt === undefined ? '' : `阶段尝试 ${t.stageAttempt}`,
    t.attempt === undefined ? '' : `尝试 ${t.attempt}`,
  ].filter((s) => s !== '');
  return `阶段 ${t.stage} 分区 ${t.partition} 的任务${attempts.length === 0 ? '' : `（${attempts.join('，')}）`}`;
}

/** An anchor in words: `阶段 1（尝试 0）的 stageSubmitted`. */
function anchor(a: Exclude<Anchor, 'start' | 'end'>): string {
  const nth = a.occurrence && a.occurrence > 1 ? `（第 ${a.occurrence} 次）` : '';
  switch (a.at) {
    case 'jobStart':
    case 'jobEnd':
      return `作业 ${a.job} 的 ${a.at}${nth}`;
    case 'stageSubmitted':
    case 'stageCompleted':
      return `阶段 ${a.stage}${a.attempt === undefined ? '' : `（尝试 ${a.attempt}）`}的 ${a.at}${nth}`;
    case 'taskStart':
    case 'taskEnd':
      return `${task(a)}的 ${a.at}${nth}`;
    case 'executorAdded':
    case 'executorRemoved':
      return `Executor "${a.executor}" 的 ${a.at}${nth}`;
    case 'step': {
      const ids = [
        a.job === undefined ? '' : `作业 ${a.job}`,
        a.stage === undefined ? '' : `阶段 ${a.stage}`,
        a.executor === undefined ? '' : `Executor "${a.executor}"`,
      ].filter((s) => s !== '');
      return `调度步骤 ${a.step}${ids.length === 0 ? '' : `（${ids.join('，')}）`}${nth}`;
    }
  }
}

export const ZH_LESSON_PROBLEMS: LessonProblemTemplates = {
  answerIndex: (p) => `应为 ${p.count} 个选项之一的序号（0 到 ${p.count - 1}），实际是 ${p.got}`,
  anchorKind: (p) =>
    `应为 "start"、"end"，或 "at" 取 ${p.kinds.join(', ')} 之一的锚点，实际是 ${formatValue(p.got)}`,
  localityWait: (p) => `应为毫秒数或 { process, node, rack }，实际是 ${formatValue(p.got)}`,
  badFault: (p) =>
    `故障 "${p.spec}" 写法有误：${faultReasonText(p.reason, 'zh-CN')}（写法：${FAULT_SYNTAX}）`,
  simulationCannotStart: (p) => `无法开始模拟：${p.detail}`,
  missingRdd: (p) => `执行计划中没有 RDD ${p.id}`,
  missingStage: (p) => `执行计划中没有阶段 ${p.id}`,
  missingJob: (p) => `执行计划中没有作业 ${p.id}`,
  missingExecutor: (p) => `模拟运行中没有执行器 "${p.executor}"（现有执行器：${p.executors.join(', ')}）`,
  missingTask: (p) => `模拟运行中没有${task(p.task)}`,
  missingAnchor: (p) => `模拟运行中没有${anchor(p.anchor)}`,
  tooManyEntries: (p) =>
    `有 ${p.count} ${p.what === 'steps' ? '个步骤' : '个故障'}，超过在应用中播放的课程的上限 ${p.limit} ${p.what === 'steps' ? '个步骤' : '个故障'}`,
  tooManyTasks: (p) =>
    `执行计划共有 ${p.tasks} 个任务，超过在应用中播放的课程的上限 ${p.limit} 个任务` +
    '（课程的运行在页面中模拟）；可用 `stagecraft lesson FILE` 检查',
};
