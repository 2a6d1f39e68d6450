/** Numbers on the timeline as people read them: times from the trace's start, durations. */
import { msg, str } from '@lit/localize';
import { LOCALITIES, PHASES, type Phase } from '../../layout/index.ts';

/**
 * An axis label for `ms` after the start, on an axis whose labels go up to `extent` ms: milliseconds
 * below 2 s, seconds (with the decimals the tick `step` needs) below 2 min, then m:ss.
 */
export function formatAxisTime(ms: number, step: number, extent: number): string {
  if (extent < 2000) return msg(str`${Math.round(ms)} ms`);
  if (extent < 120_000) {
    const decimals = step >= 1000 ? 0 : step >= 100 ? 1 : step >= 10 ? 2 : 3;
    return msg(str`${(ms / 1000).toFixed(decimals)} s`);
  }
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds - m * 60).padStart(2, '0')}`;
}

/** A duration: "850 ms", "2.31 s", "3 min 4 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return msg(str`${Math.round(ms)} ms`);
  if (ms < 60_000) return msg(str`${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
  const m = Math.floor(ms / 60_000);
  return msg(str`${m} min ${Math.round((ms - m * 60_000) / 1000)} s`);
}

export function phaseName(phase: Phase): string {
  switch (phase) {
    case 'schedulerDelay':
      return msg('Scheduler delay');
    case 'deserialization':
      return msg('Task deserialization');
    case 'shuffleRead':
      return msg('Shuffle read');
    case 'compute':
      return msg('Computing');
    case 'shuffleWrite':
      return msg('Shuffle write');
    case 'resultSerialization':
      return msg('Result serialization');
    case 'gettingResult':
      return msg('Getting result');
  }
}

export const PHASE_NAMES = (): readonly string[] => PHASES.map(phaseName);

/** Spark's locality level names, as its UI prints them. */
export function localityName(code: number): string {
  return LOCALITIES[code] ?? '';
}
