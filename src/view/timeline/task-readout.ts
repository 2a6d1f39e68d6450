/**
 * The words about one task attempt that the tooltip and the readout show (DOM text, since the
 * canvas is invisible to assistive technology and to tests): from the layout's bar and, for the
 * end reason, the trace's TaskEnd event.
 */
import { msg, str } from '@lit/localize';
import {
  BAR_FAILED,
  BAR_KILLED,
  BAR_RESUBMITTED,
  BAR_SPECULATIVE,
  BAR_UNFINISHED,
  PHASES,
  PHASE_COUNT,
  type TimelineLayout,
} from '../../layout/index.ts';
import type { Trace } from '../../model/index.ts';
import { formatDuration, localityName, phaseName } from './timeline-text.ts';

export interface TaskWords {
  readonly taskId: number;
  readonly title: string;
  readonly where: string;
  readonly when: string;
  readonly status: string;
  readonly failed: boolean;
  readonly marks: readonly string[];
  readonly phases: readonly { readonly name: string; readonly duration: string }[];
}

function endReason(trace: Trace, layout: TimelineLayout, b: number): string | null {
  const ev = trace.events[layout.bars.endEvent[b]!];
  if (!ev || ev.kind !== 'taskEnd') return null;
  const r = ev.reason;
  switch (r.kind) {
    case 'exceptionFailure':
      return `${r.className}: ${r.description}`;
    case 'fetchFailed':
      return msg(str`FetchFailed (shuffle ${r.shuffleId}, map ${r.mapId}, reduce ${r.reduceId})`);
    case 'taskKilled':
      return r.reason;
    case 'executorLostFailure':
      return msg(str`ExecutorLostFailure (executor ${r.executorId})`);
    default:
      return null;
  }
}

export function taskWords(trace: Trace, layout: TimelineLayout, b: number): TaskWords {
  const { bars } = layout;
  const flags = bars.flags[b]!;
  const taskId = bars.taskId[b]!;
  const executor = layout.executors[bars.executor[b]!];
  const failed = (flags & BAR_FAILED) !== 0;
  const status =
    flags & BAR_UNFINISHED
      ? msg('RUNNING')
      : failed
        ? msg('FAILED')
        : flags & BAR_KILLED
          ? msg('KILLED')
          : msg('SUCCESS');
  const reason = endReason(trace, layout, b);
  const marks: string[] = [];
  if (flags & BAR_SPECULATIVE) marks.push(msg('speculative copy'));
  if (flags & BAR_RESUBMITTED) marks.push(msg('output lost, resubmitted'));
  if (reason) marks.push(reason);
  const duration = bars.end[b]! - bars.start[b]!;
  const phases = PHASES.map((p, i) => ({ p, v: bars.phases[b * PHASE_COUNT + i]! }))
    .filter(({ v }) => v > 0)
    .map(({ p, v }) => ({ name: phaseName(p), duration: formatDuration(v) }));
  return {
    taskId,
    title: msg(
      str`Task ${taskId} · stage ${bars.stageId[b]!}.${bars.stageAttempt[b]!} · index ${bars.taskIndex[b]!} · attempt ${bars.attempt[b]!}`,
    ),
    where: msg(
      str`executor ${executor?.executorId ?? '?'} (${executor?.host ?? ''}) · ${localityName(bars.locality[b]!)}`,
    ),
    when: msg(
      str`starts at ${formatDuration(bars.start[b]! - layout.startTime)}, lasts ${formatDuration(duration)}`,
    ),
    status,
    failed,
    marks,
    phases,
  };
}
