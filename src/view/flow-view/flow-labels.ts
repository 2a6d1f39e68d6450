// Words of the scheduler flow. Each is a whole @lit/localize message; Spark's class and method
// names (DAGScheduler, TaskSetManager, JobWaiter, makeOffers) stay as Spark writes them.
import { msg, str } from '@lit/localize';
import type { ExecutorState, SceneFault, SceneStage, SceneToken } from '../../model/index.ts';

export function stageStateLabel(column: 'waiting' | 'running' | 'finished' | 'failed'): string {
  switch (column) {
    case 'waiting':
      return msg('waiting');
    case 'running':
      return msg('running');
    case 'finished':
      return msg('finished');
    case 'failed':
      return msg('failed');
  }
}

export function stageBoxLabel(stage: SceneStage): string {
  const attempt = stage.attempts.at(-1)?.attemptId ?? 0;
  if (stage.state === 'skipped') return msg(str`Stage ${stage.stageId} · skipped`);
  return attempt > 0 ? msg(str`Stage ${stage.stageId}.${attempt}`) : msg(str`Stage ${stage.stageId}`);
}

export function executorStateLabel(state: ExecutorState): string {
  switch (state) {
    case 'alive':
      return msg('alive');
    case 'unresponsive':
      return msg('no heartbeat');
    case 'lost':
      return msg('lost');
    case 'removed':
      return msg('removed');
  }
}

export function deployLabel(mode: 'local' | 'client' | 'cluster'): string {
  switch (mode) {
    case 'local':
      return msg('Driver · local mode: the driver and its executor share one JVM');
    case 'client':
      return msg('Driver · client mode: runs where the application was submitted, outside the cluster');
    case 'cluster':
      return msg('Driver · cluster mode: runs on a host inside the cluster');
  }
}

export function tokenTitle(t: SceneToken): string {
  const base = msg(
    str`Task ${t.taskId} · stage ${t.stageId}.${t.stageAttemptId} · partition ${t.partition} · attempt ${t.attempt} · executor ${t.executorId}`,
  );
  const phase = phaseLabel(t);
  return t.speculative ? msg(str`${base} · speculative copy · ${phase}`) : msg(str`${base} · ${phase}`);
}

function phaseLabel(t: SceneToken): string {
  switch (t.phase) {
    case 'offered':
      return msg('offered by TaskSetManager.resourceOffer');
    case 'launching':
      return msg('LaunchTask sent to the executor');
    case 'running':
      return msg('running in a TaskRunner');
    case 'reporting':
      return msg('status update on its way to the driver');
    case 'result':
      return msg('result queued for the DAGScheduler');
    case 'ended':
      return t.outcome === 'success' ? msg('succeeded') : msg(str`ended: ${t.outcome ?? ''}`);
  }
}

export function faultLabel(f: SceneFault): string {
  switch (f.kind) {
    case 'taskFailed':
      return msg(
        str`Task ${f.taskId} (stage ${f.stageId}, index ${f.index}, attempt ${f.attempt}) failed on executor ${f.executorId}: ${f.reason}; re-queued as attempt ${f.attempt + 1}`,
      );
    case 'executorLost':
      return msg(str`Executor ${f.executorId} lost; ${f.outputsLost} map outputs lost with it`);
    case 'fetchFailed':
      return f.mapStageId === null
        ? msg(str`Fetch failure in stage ${f.stageId} (shuffle ${f.shuffleId})`)
        : msg(
            str`Fetch failure in stage ${f.stageId}: map output ${f.mapIndex ?? '?'} of shuffle ${f.shuffleId} is missing, stage ${f.mapStageId} goes back for it`,
          );
    case 'stageResubmitted':
      return msg(str`Stage ${f.stageId} resubmitted as attempt ${f.attemptId} for its missing partitions`);
    case 'speculative':
      return f.index === null
        ? msg(str`Speculative copy requested in stage ${f.stageId}`)
        : msg(str`Speculative copy of task index ${f.index} in stage ${f.stageId}`);
  }
}

/** Speculation: a copy and the attempt it races; the first to succeed wins. */
export function raceLabel(copy: SceneToken, original: SceneToken): string {
  return msg(
    str`Speculative task ${copy.taskId} on executor ${copy.executorId} races task ${original.taskId} on executor ${original.executorId} (stage ${copy.stageId}, index ${copy.index}): the first to finish wins`,
  );
}
