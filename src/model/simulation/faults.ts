/**
 * Faults a user injects into a run (issue 4): each names what Spark would see and when. The
 * simulator applies them where Spark's code would notice them; `parseFault` reads the command-line
 * syntax. STAGE is Spark's stage id; SECONDS count from the application's start.
 */
import { faultReasonText } from './fault-reasons.ts';

export { faultReasonText };
export type Fault =
  /** That task's first `times` attempts throw (ExceptionFailure, R-11.1). */
  | { readonly kind: 'fail-task'; readonly stage: number; readonly partition: number; readonly times: number }
  /** The executor's process dies; the driver sees the connection drop at once. */
  | { readonly kind: 'kill-executor'; readonly executor: string; readonly atMs: number }
  /** The executor stops answering; the driver notices after the heartbeat timeout. */
  | { readonly kind: 'hang-executor'; readonly executor: string; readonly atMs: number }
  /**
   * The first `times` attempts of that reduce task cannot fetch their input (FetchFailed, R-11.2);
   * each failure fails the stage attempt, so `times` ≥ spark.stage.maxConsecutiveAttempts aborts it.
   */
  | {
      readonly kind: 'fetch-failure';
      readonly stage: number;
      readonly partition: number;
      readonly times: number;
    }
  /** That task runs `factor` times longer (every attempt; a speculative copy runs normally). */
  | {
      readonly kind: 'straggler';
      readonly stage: number;
      readonly partition: number;
      readonly factor: number;
    }
  /** Every task attempt fails with this probability (drawn from the run's seeded generator). */
  | { readonly kind: 'random-task-failure'; readonly probability: number };

export const FAULT_SYNTAX =
  'fail-task:STAGE.PARTITION[xN] | kill-executor:ID@SECONDS | hang-executor:ID@SECONDS | ' +
  'fetch-failure:STAGE.PARTITION[xN] | straggler:STAGE.PARTITION*FACTOR | fail-random:PROBABILITY';

/** Why a fault spec was refused, as data (the app and lessons write it in the interface language). */
export type FaultReason =
  | { readonly key: 'missingColon' }
  | { readonly key: 'stagePartition' }
  | { readonly key: 'executorAt' }
  | { readonly key: 'stragglerForm' }
  | { readonly key: 'stragglerFactor'; readonly got: string }
  | { readonly key: 'probability' }
  | { readonly key: 'unknownKind'; readonly kind: string };

export type FaultParse =
  | { readonly ok: true; readonly fault: Fault }
  | { readonly ok: false; readonly message: string; readonly reason: FaultReason };

const NAT = '(0|[1-9]\\d*)';
const NUM = '(\\d+(?:\\.\\d+)?)';

/** Reads one fault in the command-line syntax; the message names the bad spec. */
export function parseFault(spec: string): FaultParse {
  const bad = (reason: FaultReason): FaultParse => ({
    ok: false,
    message: `fault "${spec}": ${faultReasonText(reason)} (${FAULT_SYNTAX})`,
    reason,
  });
  const colon = spec.indexOf(':');
  if (colon < 0) return bad({ key: 'missingColon' });
  const kind = spec.slice(0, colon);
  const rest = spec.slice(colon + 1);
  let m: RegExpExecArray | null;
  switch (kind) {
    case 'fail-task':
      m = new RegExp(`^${NAT}\\.${NAT}(?:x([1-9]\\d*))?$`).exec(rest);
      if (!m) return bad({ key: 'stagePartition' });
      return {
        ok: true,
        fault: { kind, stage: Number(m[1]), partition: Number(m[2]), times: Number(m[3] ?? 1) },
      };
    case 'kill-executor':
    case 'hang-executor':
      m = new RegExp(`^([A-Za-z0-9_.-]+)@${NUM}$`).exec(rest);
      if (!m) return bad({ key: 'executorAt' });
      return { ok: true, fault: { kind, executor: m[1] as string, atMs: Math.round(Number(m[2]) * 1000) } };
    case 'fetch-failure':
      m = new RegExp(`^${NAT}\\.${NAT}(?:x([1-9]\\d*))?$`).exec(rest);
      if (!m) return bad({ key: 'stagePartition' });
      return {
        ok: true,
        fault: { kind, stage: Number(m[1]), partition: Number(m[2]), times: Number(m[3] ?? 1) },
      };
    case 'straggler': {
      m = new RegExp(`^${NAT}\\.${NAT}\\*${NUM}$`).exec(rest);
      if (!m) return bad({ key: 'stragglerForm' });
      const factor = Number(m[3]);
      if (!(factor >= 1)) return bad({ key: 'stragglerFactor', got: m[3] as string });
      return { ok: true, fault: { kind, stage: Number(m[1]), partition: Number(m[2]), factor } };
    }
    case 'fail-random': {
      m = new RegExp(`^${NUM}$`).exec(rest);
      const p = m ? Number(m[1]) : NaN;
      if (!(p >= 0 && p < 1)) return bad({ key: 'probability' });
      return { ok: true, fault: { kind: 'random-task-failure', probability: p } };
    }
    default:
      return bad({ key: 'unknownKind', kind });
  }
}
