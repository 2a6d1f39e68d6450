/**
 * Pass: job spans (JobStart → JobEnd) and stage-attempt spans (StageSubmitted → StageCompleted),
 * each on a row where it overlaps no other span of its kind (./assign-rows.ts).
 * Needs: events in posting order. Guarantees: spans sorted by start then id; start ≤ end; a span
 * whose end event is missing runs to `traceEnd` and is marked unfinished. Skipped stages (in
 * JobStart's stage infos but never submitted) have no span, as in Spark's UI.
 */
import type { Trace } from '../../model/index.ts';
import { RowPacker } from './assign-rows.ts';
import type { TimelineSpan } from './timeline-layout.ts';

interface OpenSpan {
  id: number;
  attempt: number;
  name: string;
  start: number;
  end: number | null;
  failed: boolean;
}

export interface CollectedSpans {
  readonly jobs: readonly TimelineSpan[];
  readonly jobRows: number;
  readonly stages: readonly TimelineSpan[];
  readonly stageRows: number;
}

function packed(spans: Iterable<OpenSpan>, traceEnd: number): { spans: TimelineSpan[]; rows: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.id - b.id || a.attempt - b.attempt);
  const packer = new RowPacker();
  const out = sorted.map((s): TimelineSpan => {
    const end = Math.max(s.start, s.end ?? traceEnd);
    return {
      id: s.id,
      attempt: s.attempt,
      name: s.name,
      start: s.start,
      end,
      row: packer.place(s.start, end),
      failed: s.failed,
      unfinished: s.end === null,
    };
  });
  return { spans: out, rows: packer.rows };
}

export function collectSpans(trace: Trace, traceEnd: number): CollectedSpans {
  const jobs = new Map<number, OpenSpan>();
  const stages = new Map<string, OpenSpan>();
  for (const ev of trace.events) {
    switch (ev.kind) {
      case 'jobStart':
        jobs.set(ev.jobId, {
          id: ev.jobId,
          attempt: 0,
          name: ev.properties.description ?? '',
          start: ev.submissionTime ?? ev.time,
          end: null,
          failed: false,
        });
        break;
      case 'jobEnd': {
        const job = jobs.get(ev.jobId);
        if (job) {
          job.end = ev.completionTime ?? ev.time;
          job.failed = ev.result.kind === 'failed';
        }
        break;
      }
      case 'stageSubmitted':
      case 'stageCompleted': {
        const s = ev.stage;
        const key = `${s.stageId}.${s.attemptId}`;
        let span = stages.get(key);
        if (!span) {
          span = {
            id: s.stageId,
            attempt: s.attemptId,
            name: s.name,
            start: s.submissionTime ?? ev.time,
            end: null,
            failed: false,
          };
          stages.set(key, span);
        }
        if (ev.kind === 'stageCompleted') {
          span.end = s.completionTime ?? ev.time;
          span.failed = s.failureReason !== null;
        }
        break;
      }
      default:
        break;
    }
  }
  const j = packed(jobs.values(), traceEnd);
  const s = packed(stages.values(), traceEnd);
  return { jobs: j.spans, jobRows: j.rows, stages: s.spans, stageRows: s.rows };
}
