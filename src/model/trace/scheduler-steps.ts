/**
 * The scheduler's internal steps that the event log does not record (a JobSubmitted event entering
 * the DAGScheduler event loop, a TaskSet handed to TaskSchedulerImpl, a resource offer accepted at a
 * locality level, a TaskRunner starting on an executor thread …). The simulator produces them; the
 * event-log importer never does.
 *
 * Contract: a step stores no prose. `step` names what happened; the acting component and the Spark
 * method it models follow from `step` (STEP_INFO), and the narration is made from the step by
 * templates when shown (simulation/narrate.ts), so a trace of a million tasks stays small. Ids the
 * step does not concern are null; `data` holds the few numbers and words narration needs.
 */

/** The driver and executor components named in spark-event-flow.md, by their Spark class names. */
export type SchedulerComponent =
  | 'SparkContext'
  | 'DAGScheduler'
  | 'TaskSchedulerImpl'
  | 'TaskSetManager'
  | 'SchedulerBackend'
  | 'Executor'
  | 'TaskResultGetter'
  | 'BlockManager'
  | 'MapOutputTracker'
  | 'HeartbeatReceiver'
  | 'ExecutorAllocationManager';

/** Every kind of step, with the component that acts and the Spark method it models. */
export const STEP_INFO = {
  runJob: ['SparkContext', 'SparkContext.runJob'],
  jobSubmitted: ['DAGScheduler', 'DAGScheduler.submitJob'],
  handleJobSubmitted: ['DAGScheduler', 'DAGScheduler.handleJobSubmitted'],
  createStage: ['DAGScheduler', 'DAGScheduler.createShuffleMapStage'],
  createResultStage: ['DAGScheduler', 'DAGScheduler.createResultStage'],
  reuseStage: ['DAGScheduler', 'DAGScheduler.getOrCreateShuffleMapStage'],
  registerShuffle: ['MapOutputTracker', 'MapOutputTrackerMaster.registerShuffle'],
  submitStage: ['DAGScheduler', 'DAGScheduler.submitStage'],
  stageWaiting: ['DAGScheduler', 'DAGScheduler.submitStage'],
  submitMissingTasks: ['DAGScheduler', 'DAGScheduler.submitMissingTasks'],
  submitTasks: ['TaskSchedulerImpl', 'TaskSchedulerImpl.submitTasks'],
  reviveOffers: ['SchedulerBackend', 'CoarseGrainedSchedulerBackend.reviveOffers'],
  makeOffers: ['SchedulerBackend', 'DriverEndpoint.makeOffers'],
  resourceOffer: ['TaskSetManager', 'TaskSetManager.resourceOffer'],
  localityWait: ['TaskSetManager', 'TaskSetManager.getAllowedLocalityLevel'],
  launchTask: ['SchedulerBackend', 'DriverEndpoint.launchTasks'],
  taskRunnerStart: ['Executor', 'Executor.launchTask'],
  taskPhases: ['Executor', 'TaskRunner.run'],
  blockStored: ['BlockManager', 'BlockManager.putIterator'],
  blockEvicted: ['BlockManager', 'MemoryStore.evictBlocksToFreeSpace'],
  blockRead: ['BlockManager', 'BlockManager.getOrElseUpdate'],
  shuffleWrite: ['Executor', 'ShuffleMapTask.runTask'],
  statusUpdate: ['SchedulerBackend', 'TaskSchedulerImpl.statusUpdate'],
  taskResult: ['TaskResultGetter', 'TaskResultGetter.enqueueSuccessfulTask'],
  taskFailedResult: ['TaskResultGetter', 'TaskResultGetter.enqueueFailedTask'],
  registerMapOutput: ['MapOutputTracker', 'MapOutputTrackerMaster.registerMapOutput'],
  taskRetry: ['TaskSetManager', 'TaskSetManager.handleFailedTask'],
  taskSetAborted: ['TaskSetManager', 'TaskSetManager.abort'],
  taskSetFinished: ['TaskSchedulerImpl', 'TaskSchedulerImpl.taskSetFinished'],
  stageFinished: ['DAGScheduler', 'DAGScheduler.markStageAsFinished'],
  submitWaitingChildStages: ['DAGScheduler', 'DAGScheduler.submitWaitingChildStages'],
  jobFinished: ['DAGScheduler', 'DAGScheduler.cleanupStateForJobAndIndependentStages'],
  jobWaiterDone: ['SparkContext', 'JobWaiter.taskSucceeded'],
  fetchFailed: ['DAGScheduler', 'DAGScheduler.handleTaskCompletion'],
  unregisterMapOutput: ['MapOutputTracker', 'MapOutputTrackerMaster.unregisterMapOutput'],
  resubmitFailedStages: ['DAGScheduler', 'DAGScheduler.resubmitFailedStages'],
  executorProcessDied: ['Executor', 'CoarseGrainedExecutorBackend.exitExecutor'],
  executorHung: ['Executor', 'Executor.reportHeartBeat'],
  heartbeatTimeout: ['HeartbeatReceiver', 'HeartbeatReceiver.expireDeadHosts'],
  removeExecutor: ['SchedulerBackend', 'CoarseGrainedSchedulerBackend.removeExecutor'],
  executorLost: ['DAGScheduler', 'DAGScheduler.handleExecutorLost'],
  removeOutputsOnExecutor: ['MapOutputTracker', 'MapOutputTrackerMaster.removeOutputsOnExecutor'],
  speculatableTask: ['TaskSetManager', 'TaskSetManager.checkSpeculatableTasks'],
  killTask: ['SchedulerBackend', 'CoarseGrainedSchedulerBackend.killTask'],
  requestExecutors: [
    'ExecutorAllocationManager',
    'ExecutorAllocationManager.updateAndSyncNumExecutorsTarget',
  ],
  removeIdleExecutor: ['ExecutorAllocationManager', 'ExecutorAllocationManager.removeExecutors'],
  registerExecutor: ['SchedulerBackend', 'DriverEndpoint.RegisterExecutor'],
} as const satisfies Record<string, readonly [SchedulerComponent, string]>;

export type StepKind = keyof typeof STEP_INFO;

export interface SchedulerStep {
  readonly kind: 'step';
  readonly step: StepKind;
  /** Epoch ms, on the same clock as the listener events of the trace. */
  readonly time: number;
  readonly component: SchedulerComponent;
  /** The Spark method performing the step, e.g. `DAGScheduler.handleJobSubmitted`. */
  readonly method: string;
  /** What the step concerns, where it concerns one; null otherwise. */
  readonly executorId: string | null;
  readonly jobId: number | null;
  readonly stageId: number | null;
  readonly stageAttemptId: number | null;
  readonly taskId: number | null;
  /** Numbers and words the narration needs (task counts, a locality level, a byte count). */
  readonly data: Readonly<Record<string, number | string>> | null;
}

/** The ids a step touches; unset ones become null. */
export interface StepIds {
  readonly executorId?: string;
  readonly jobId?: number;
  readonly stageId?: number;
  readonly stageAttemptId?: number;
  readonly taskId?: number;
}

export function schedulerStep(
  step: StepKind,
  time: number,
  ids: StepIds,
  data: Readonly<Record<string, number | string>> | null = null,
): SchedulerStep {
  const [component, method] = STEP_INFO[step];
  return {
    kind: 'step',
    step,
    time,
    component,
    method,
    executorId: ids.executorId ?? null,
    jobId: ids.jobId ?? null,
    stageId: ids.stageId ?? null,
    stageAttemptId: ids.stageAttemptId ?? null,
    taskId: ids.taskId ?? null,
    data,
  };
}
