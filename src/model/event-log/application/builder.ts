/**
 * Rebuilds jobs, stage attempts, tasks and SQL executions from listener events, applied in posting
 * order, with the rules of the History Server's AppStatusListener (eventlog-format.md §4):
 *
 * - onJobStart creates every listed stage attempt as PENDING and counts the job's tasks over
 *   the stage infos without a completion time;
 * - onStageSubmitted → ACTIVE; onStageCompleted → FAILED with a failure reason, else COMPLETE when
 *   submitted, else SKIPPED;
 * - onJobEnd turns the job's still-PENDING stages into SKIPPED;
 * - onTaskEnd counts SUCCESS / FAILED / KILLED per stage attempt (taskOutcome), also when the task
 *   ends after its stage or job.
 *
 * Needs: events in posting order. Guarantees: never throws on odd input (duplicate ids replace,
 * events for unknown stages count only in the totals).
 */
import type { ListenerEvent, TaskInfo } from '../../trace/listener-events.ts';
import type { StageInfo } from '../../trace/stage-info.ts';
import { taskOutcome } from '../../trace/task-end-reason.ts';
import type { Trace, TraceEvent } from '../../trace/trace.ts';
import type { AppJob, AppSqlExecution, AppStageAttempt, AppTask, Application, StageStatus } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface StageRecord {
  info: StageInfo;
  status: StageStatus;
  jobIds: Set<number>;
  succeeded: number;
  failed: number;
  killed: number;
  completedIndices: Set<number>;
}

const stageKey = (stageId: number, attemptId: number): string => `${stageId}.${attemptId}`;

export class ApplicationBuilder {
  private readonly jobs = new Map<number, Mutable<AppJob>>();
  private readonly stages = new Map<string, StageRecord>();
  /** Stage id → its attempts, and the jobs without a JobEnd: so JobEnd and StageSubmitted stay cheap. */
  private readonly attempts = new Map<number, StageRecord[]>();
  private readonly running = new Set<number>();
  private readonly sql = new Map<number, Mutable<AppSqlExecution>>();
  private readonly totals = { total: 0, succeeded: 0, failed: 0, killed: 0 };

  apply(event: TraceEvent): void {
    if (event.kind !== 'step') this.applyListenerEvent(event);
  }

  private applyListenerEvent(event: ListenerEvent): void {
    switch (event.kind) {
      case 'jobStart': {
        const last = event.stageInfos.reduce<StageInfo | null>(
          (best, s) => (best === null || s.stageId > best.stageId ? s : best),
          null,
        );
        this.jobs.set(event.jobId, {
          jobId: event.jobId,
          name: last?.name ?? '',
          status: 'RUNNING',
          stageIds: event.stageIds,
          skippedStageIds: [],
          numTasks: event.stageInfos
            .filter((s) => s.completionTime === null)
            .reduce((n, s) => n + s.numTasks, 0),
          submissionTime: event.submissionTime,
          completionTime: null,
          failure: null,
          sqlExecutionId: event.properties.sqlExecutionId,
        });
        this.running.add(event.jobId);
        for (const info of event.stageInfos) this.stage(info).jobIds.add(event.jobId);
        break;
      }
      case 'stageSubmitted': {
        const stage = this.stage(event.stage);
        stage.info = event.stage;
        stage.status = 'ACTIVE';
        // AppStatusListener.onStageSubmitted: the stage belongs to the running jobs that list it.
        for (const jobId of this.running) {
          if (this.jobs.get(jobId)?.stageIds.includes(event.stage.stageId)) stage.jobIds.add(jobId);
        }
        break;
      }
      case 'stageCompleted': {
        const stage = this.stage(event.stage);
        stage.info = event.stage;
        stage.status =
          event.stage.failureReason !== null
            ? 'FAILED'
            : event.stage.submissionTime !== null
              ? 'COMPLETE'
              : 'SKIPPED';
        break;
      }
      case 'jobEnd': {
        const job = this.jobs.get(event.jobId);
        if (!job) break;
        this.running.delete(event.jobId);
        job.status = event.result.kind === 'succeeded' ? 'SUCCEEDED' : 'FAILED';
        job.failure = event.result.kind === 'failed' ? event.result.message : null;
        job.completionTime = event.completionTime;
        const skipped = new Set<number>();
        for (const stageId of job.stageIds) {
          for (const stage of this.attempts.get(stageId) ?? []) {
            if (stage.status === 'PENDING') {
              stage.status = 'SKIPPED';
              skipped.add(stageId);
            }
          }
        }
        job.skippedStageIds = [...skipped].sort((a, b) => a - b);
        break;
      }
      case 'taskEnd': {
        const outcome = taskOutcome(event.reason);
        this.totals.total += 1;
        const stage = this.stages.get(stageKey(event.stageId, event.stageAttemptId));
        if (outcome === 'SUCCESS') {
          this.totals.succeeded += 1;
          if (stage) {
            stage.succeeded += 1;
            stage.completedIndices.add(event.task.index);
          }
        } else if (outcome === 'FAILED') {
          this.totals.failed += 1;
          if (stage) stage.failed += 1;
        } else {
          this.totals.killed += 1;
          if (stage) stage.killed += 1;
        }
        break;
      }
      case 'sqlExecutionStart':
        this.sql.set(event.executionId, {
          executionId: event.executionId,
          description: event.description,
          startTime: event.time,
          endTime: null,
          errorMessage: null,
          jobIds: [],
        });
        break;
      case 'sqlExecutionEnd': {
        const execution = this.sql.get(event.executionId);
        if (execution) {
          execution.endTime = event.time;
          execution.errorMessage = event.errorMessage;
        }
        break;
      }
      default:
        break;
    }
  }

  private stage(info: StageInfo): StageRecord {
    const key = stageKey(info.stageId, info.attemptId);
    let stage = this.stages.get(key);
    if (!stage) {
      stage = {
        info,
        status: 'PENDING',
        jobIds: new Set(),
        succeeded: 0,
        failed: 0,
        killed: 0,
        completedIndices: new Set(),
      };
      this.stages.set(key, stage);
      const list = this.attempts.get(info.stageId);
      if (list) list.push(stage);
      else this.attempts.set(info.stageId, [stage]);
    }
    return stage;
  }

  /**
   * The application so far, with the trace's app and executors. Its `tasks` map is made from the
   * trace's task events on first use, so an import of a million tasks does not hold a second
   * object per task unless a view asks for them.
   */
  build(trace: Trace): Application {
    const byNumber = (a: number, b: number): number => a - b;
    const stages: AppStageAttempt[] = [...this.stages.values()]
      .map((s) => ({
        stageId: s.info.stageId,
        attemptId: s.info.attemptId,
        name: s.info.name,
        status: s.status,
        numTasks: s.info.numTasks,
        parentStageIds: s.info.parentIds,
        jobIds: [...s.jobIds].sort(byNumber),
        rddInfos: s.info.rddInfos,
        details: s.info.details,
        submissionTime: s.info.submissionTime,
        completionTime: s.info.completionTime,
        failureReason: s.info.failureReason,
        tasks: { succeeded: s.succeeded, failed: s.failed, killed: s.killed },
        completedIndices: s.completedIndices.size,
      }))
      .sort((a, b) => a.stageId - b.stageId || a.attemptId - b.attemptId);
    const jobs = [...this.jobs.values()].map((j) => ({ ...j })).sort((a, b) => a.jobId - b.jobId);
    const sqlExecutions = [...this.sql.values()]
      .map((e) => ({
        ...e,
        jobIds: jobs.filter((j) => j.sqlExecutionId === e.executionId).map((j) => j.jobId),
      }))
      .sort((a, b) => a.executionId - b.executionId);
    let tasks: ReadonlyMap<number, AppTask> | null = null;
    return {
      app: trace.app,
      executors: trace.executors,
      jobs,
      stages,
      get tasks() {
        return (tasks ??= tasksFromEvents(trace.events));
      },
      taskTotals: { ...this.totals },
      sqlExecutions,
    };
  }
}

/** Task id → the task as its last TaskStart/TaskGettingResult/TaskEnd describes it (AppStatusListener.onTask*). */
function tasksFromEvents(events: readonly TraceEvent[]): ReadonlyMap<number, AppTask> {
  const tasks = new Map<number, AppTask>();
  for (const event of events) {
    if (event.kind === 'taskStart') {
      tasks.set(event.task.taskId, task(event.stageId, event.stageAttemptId, event.task));
    } else if (event.kind === 'taskGettingResult') {
      const known = tasks.get(event.task.taskId);
      if (known) tasks.set(event.task.taskId, { ...known, info: event.task });
    } else if (event.kind === 'taskEnd') {
      tasks.set(event.task.taskId, {
        ...task(event.stageId, event.stageAttemptId, event.task),
        taskType: event.taskType,
        status: taskOutcome(event.reason),
        reason: event.reason,
        metrics: event.metrics,
      });
    }
  }
  return tasks;
}

function task(stageId: number, stageAttemptId: number, info: TaskInfo): AppTask {
  return {
    taskId: info.taskId,
    stageId,
    stageAttemptId,
    info,
    taskType: null,
    status: 'RUNNING',
    reason: null,
    metrics: null,
  };
}

/** The application a whole trace describes (for traces made by the simulator, or read back). */
export function applicationFromTrace(trace: Trace): Application {
  const builder = new ApplicationBuilder();
  for (const event of trace.events) builder.apply(event);
  return builder.build(trace);
}
