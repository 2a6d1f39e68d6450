/**
 * The playback fold: a scene is `trace.events[0 .. index-1]` applied in posting order to the
 * empty state of the trace. `initialState` reads what is fixed for the whole run from the trace's
 * application (deploy mode, scheduler mode, external shuffle service); `applyEvent` applies one
 * event and moves the state to the next position. `foldTo` is the from-scratch reference that the
 * snapshots of createPlayback must agree with.
 */
import type { Trace, TraceEvent } from '../trace/trace.ts';
import { applyListener } from './apply-listener.ts';
import { applyStep } from './apply-step.ts';
import { emptyState, type FoldState, type StepDetailSeen } from './fold-state.ts';
import type { SceneDeploy } from './scene.ts';

/** spark.master and spark.submit.deployMode: where the driver runs. */
export function deployOf(trace: Trace): SceneDeploy {
  const props = trace.app.sparkProperties;
  const master = props['spark.master'] ?? trace.app.master;
  if (master !== null && master.startsWith('local')) return { master, mode: 'local' };
  return { master, mode: props['spark.submit.deployMode'] === 'cluster' ? 'cluster' : 'client' };
}

export function initialState(trace: Trace, steps: StepDetailSeen): FoldState {
  const props = trace.app.sparkProperties;
  return emptyState(
    steps,
    deployOf(trace),
    (props['spark.scheduler.mode'] ?? 'FIFO').toUpperCase() === 'FAIR',
    props['spark.shuffle.service.enabled'] === 'true',
  );
}

export function stepDetailOf(trace: Trace): StepDetailSeen {
  let seen: StepDetailSeen = 'none';
  for (const e of trace.events)
    if (e.kind === 'step') {
      if (e.taskId !== null) return 'all';
      seen = 'stage';
    }
  return seen;
}

export function applyEvent(s: FoldState, ev: TraceEvent): void {
  if (ev.kind === 'step') applyStep(s, ev);
  else applyListener(s, ev);
  s.index++;
}

/** The state after the first `index` events, folded from the start. */
export function foldTo(trace: Trace, index: number, steps = stepDetailOf(trace)): FoldState {
  const s = initialState(trace, steps);
  const end = Math.max(0, Math.min(index, trace.events.length));
  for (let i = 0; i < end; i++) applyEvent(s, trace.events[i] as TraceEvent);
  return s;
}
