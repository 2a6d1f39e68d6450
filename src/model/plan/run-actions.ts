/**
 * Pass: run the actions in list order (shared/spec/pipeline.md, "Concurrency"). Without driver
 * threads, or with one, each job finishes before the next starts, so each later job gets new
 * stage ids for shuffles already written, and skips them. With several threads, the
 * k-th action of every thread is submitted together (one round, jobs numbered in list order):
 * their stages stay registered until the round ends, so concurrent jobs share a stage object
 * rather than skip it (R-9.2, "If two jobs are active at the same time").
 *
 * Needs: `defineRdds`. Guarantees: every job the actions submit, in job id order.
 */
import { runAction } from './run-action.ts';
import type { Session } from './session.ts';

export function runActions(session: Session): void {
  const { pipeline, scheduler } = session;
  const threads = new Set(pipeline.actions.map((a) => a.thread ?? ''));
  if (threads.size <= 1) {
    pipeline.actions.forEach((action, index) => {
      scheduler.submitter = submitterOf(action);
      runAction(session, action, index);
    });
    scheduler.submitter = {};
    return;
  }
  const ordinal = new Map<string, number>();
  const rounds: number[][] = [];
  pipeline.actions.forEach((action, index) => {
    const thread = action.thread ?? '';
    const k = ordinal.get(thread) ?? 0;
    ordinal.set(thread, k + 1);
    (rounds[k] ??= []).push(index);
  });
  scheduler.keepStagesRegistered = true;
  for (const round of rounds) {
    for (const index of round) {
      const action = pipeline.actions[index];
      if (action === undefined) continue;
      scheduler.submitter = submitterOf(action);
      runAction(session, action, index);
    }
    scheduler.state.cleanUp();
  }
  scheduler.keepStagesRegistered = false;
  scheduler.submitter = {};
}

function submitterOf(action: { readonly thread?: string; readonly pool?: string }): {
  thread?: string;
  pool?: string;
} {
  return {
    ...(action.thread === undefined ? {} : { thread: action.thread }),
    ...(action.pool === undefined ? {} : { pool: action.pool }),
  };
}
