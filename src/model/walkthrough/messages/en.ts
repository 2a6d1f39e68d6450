/** English problems of a walk-through file (see ./params.ts); the wording `stagecraft lesson` pins. */
import { formatValue } from '../../pipeline/messages/value.ts';
import { FAULT_SYNTAX, faultReasonText } from '../../simulation/faults.ts';
import { describeAnchor, describeTask } from '../anchor.ts';
import type { LessonProblemTemplates } from './params.ts';

export const EN_LESSON_PROBLEMS: LessonProblemTemplates = {
  answerIndex: (p) =>
    `must be the index of one of the ${p.count} choices (0 to ${p.count - 1}), got ${p.got}`,
  anchorKind: (p) =>
    `must be "start", "end" or an anchor whose "at" is one of ${p.kinds.join(', ')}, got ${formatValue(p.got)}`,
  localityWait: (p) =>
    `must be a number of milliseconds or { process, node, rack }, got ${formatValue(p.got)}`,
  badFault: (p) => `fault "${p.spec}": ${faultReasonText(p.reason)} (${FAULT_SYNTAX})`,
  simulationCannotStart: (p) => `the simulation cannot start: ${p.detail}`,
  missingRdd: (p) => `RDD ${p.id} does not exist in the plan`,
  missingStage: (p) => `stage ${p.id} does not exist in the plan`,
  missingJob: (p) => `job ${p.id} does not exist in the plan`,
  missingExecutor: (p) =>
    `executor "${p.executor}" is not in the simulated trace (executors: ${p.executors.join(', ')})`,
  missingTask: (p) => `no ${describeTask(p.task)} runs in the simulated trace`,
  missingAnchor: (p) => `no ${describeAnchor(p.anchor)} in the simulated trace`,
  tooManyEntries: (p) =>
    `has ${p.count} ${p.what}, over the limit of ${p.limit} ${p.what} for a lesson played in the app`,
  tooManyTasks: (p) =>
    `the plan has ${p.tasks} tasks, over the limit of ${p.limit} tasks for a lesson played in the app ` +
    '(its run is simulated in the page); check it with `stagecraft lesson FILE`',
};
