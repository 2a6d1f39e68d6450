/** English narration of scheduler steps and listener events (see ./templates.ts). */
import { bytes, plural, type ListenerTemplates, type StepTemplates } from './templates.ts';

export const EN_STEPS: StepTemplates = {
  runJob: (_, v) =>
    `SparkContext.runJob: the driver thread "${v.s('thread')}" calls ${v.s('action')} on ${v.s('rdd')} and blocks until job ${v.job} ends.`,
  jobSubmitted: (_, v) =>
    `DAGScheduler.submitJob: job ${v.job} gets a JobWaiter for ${plural(v.n('numPartitions'), 'partition', 'partitions')}, and a JobSubmitted event enters the DAGScheduler event loop.`,
  handleJobSubmitted: (_, v) =>
    `DAGScheduler.handleJobSubmitted: job ${v.job} is active with ${plural(v.n('numStages'), 'stage', 'stages')}; its final stage is ResultStage ${v.stage}.`,
  createStage: (_, v) =>
    `DAGScheduler.createShuffleMapStage: ShuffleMapStage ${v.stage} computes RDD ${v.n('rddId')} in ${plural(v.n('numTasks'), 'task', 'tasks')} and writes shuffle ${v.n('shuffleId')}.`,
  createResultStage: (_, v) =>
    `DAGScheduler.createResultStage: ResultStage ${v.stage} computes RDD ${v.n('rddId')}, one task per requested partition (${v.n('numTasks')}).`,
  reuseStage: (_, v) =>
    `DAGScheduler.getOrCreateShuffleMapStage: shuffle ${v.n('shuffleId')} already has Stage ${v.stage} in an active job, so job ${v.job} shares it.`,
  registerShuffle: (_, v) =>
    `MapOutputTrackerMaster.registerShuffle: shuffle ${v.n('shuffleId')} (the output of RDD ${v.n('rddId')}) will have ${plural(v.n('numMaps'), 'map output', 'map outputs')}.`,
  submitStage: (_, v) =>
    `DAGScheduler.submitStage: Stage ${v.stage} has no missing parents, so its missing tasks are submitted.`,
  stageWaiting: (_, v) =>
    `DAGScheduler.submitStage: Stage ${v.stage} waits for its missing parent stages ${v.s('missingParents')}, which are submitted first (lowest id first).`,
  submitMissingTasks: (_, v) =>
    `DAGScheduler.submitMissingTasks: Stage ${v.stage} attempt ${v.taskSet.split('.')[1]} has ${plural(v.n('numTasks'), 'missing partition', 'missing partitions')}, so they become ${v.n('numTasks')} ${v.s('taskType')}s in TaskSet ${v.taskSet}.`,
  submitTasks: (_, v) =>
    `TaskSchedulerImpl.submitTasks: a TaskSetManager for TaskSet ${v.taskSet} (${plural(v.n('numTasks'), 'task', 'tasks')}, locality levels ${v.s('levels')}) joins the ${v.s('pool')} pool, then the backend is asked to revive offers.`,
  reviveOffers: () =>
    `CoarseGrainedSchedulerBackend.reviveOffers: a ReviveOffers message goes to the DriverEndpoint.`,
  makeOffers: (s, v) =>
    s.executorId === null
      ? `DriverEndpoint.makeOffers: every alive executor is offered (${v.n('freeCores')} free cores) to TaskSchedulerImpl.resourceOffers.`
      : `DriverEndpoint.makeOffers: executor ${v.exec} freed a core, so only its ${v.n('freeCores')} free cores are offered again.`,
  resourceOffer: (_, v) =>
    `TaskSetManager.resourceOffer: executor ${v.exec} takes task ${v.n('index')}.${v.n('attempt')} of TaskSet ${v.taskSet} (partition ${v.n('partition')}) at ${v.s('locality')}; it gets TID ${v.tid}${v.n('speculative') ? ' as a speculative copy' : ''}.`,
  localityWait: (_, v) =>
    `TaskSetManager.getAllowedLocalityLevel: TaskSet ${v.taskSet} turns down an offer: its tasks may wait up to ${v.n('waitMs')} ms (spark.locality.wait) for a ${v.s('locality')} slot before a less local one.`,
  launchTask: (_, v) =>
    `DriverEndpoint.launchTasks: the TaskDescription of TID ${v.tid} is serialized and sent to executor ${v.exec} as LaunchTask; its free cores drop by one.`,
  taskRunnerStart: (_, v) =>
    `Executor.launchTask: executor ${v.exec} starts a TaskRunner for TID ${v.tid} on its thread pool (${v.n('threads')} of ${v.n('cores')} cores busy).`,
  taskPhases: (_, v) =>
    v.s('outcome') === 'success'
      ? `TaskRunner.run: TID ${v.tid} deserializes (${v.n('deserialize')} ms), waits ${v.n('fetchWait')} ms for shuffle blocks, runs ${v.n('run')} ms and serializes its result (${v.n('serialize')} ms).`
      : `TaskRunner.run: TID ${v.tid} runs ${v.n('run')} ms and fails (${v.s('outcome')}).`,
  blockStored: (_, v) =>
    `BlockManager.putIterator: executor ${v.exec} stores ${v.s('block')} (${bytes(v.n('bytes'))}) ${v.s('place') === 'memory' ? 'in storage memory' : 'on disk'}.`,
  blockEvicted: (_, v) =>
    `MemoryStore.evictBlocksToFreeSpace: executor ${v.exec} evicts ${v.s('block')}, the least recently used block${v.n('toDisk') ? ', to disk' : '; it will be recomputed from its lineage when needed'}.`,
  blockRead: (_, v) =>
    `BlockManager.getOrElseUpdate: TID ${v.tid} reads cached ${v.s('block')} from ${v.s('place')} instead of computing it.`,
  shuffleWrite: (_, v) =>
    `ShuffleMapTask.runTask: TID ${v.tid} writes shuffle ${v.n('shuffleId')} with ${v.s('writer')}: ${plural(v.n('files'), 'file', 'files')} for ${v.n('numReduces')} reducers, ${bytes(v.n('bytes'))}.`,
  statusUpdate: (_, v) =>
    `TaskSchedulerImpl.statusUpdate: executor ${v.exec} reports TID ${v.tid} ${v.s('state')}; the core is free again.`,
  taskResult: (_, v) =>
    `TaskResultGetter.enqueueSuccessfulTask: the result of TID ${v.tid} (${bytes(v.n('bytes'))}) is deserialized and handed to TaskSetManager.handleSuccessfulTask.`,
  taskFailedResult: (_, v) =>
    `TaskResultGetter.enqueueFailedTask: TID ${v.tid} failed (${v.s('reason')}); TaskSetManager.handleFailedTask decides what happens next.`,
  registerMapOutput: (_, v) =>
    `MapOutputTrackerMaster.registerMapOutput: map ${v.n('mapIndex')} of shuffle ${v.n('shuffleId')} lives on executor ${v.exec} (${v.n('available')}/${v.n('numMaps')} available).`,
  taskRetry: (_, v) =>
    `TaskSetManager.handleFailedTask: task ${v.n('index')} of TaskSet ${v.taskSet} has failed ${v.n('failures')} of ${v.n('maxFailures')} allowed times, so it goes back to pending for a new attempt.`,
  taskSetAborted: (_, v) =>
    `TaskSetManager.abort: task ${v.n('index')} of TaskSet ${v.taskSet} failed ${v.n('failures')} times; the task set is aborted and the job will fail.`,
  taskSetFinished: (_, v) =>
    `TaskSchedulerImpl.taskSetFinished: TaskSet ${v.taskSet} is done (${v.n('succeeded')}/${v.n('numTasks')} succeeded) and leaves its pool.`,
  stageFinished: (_, v) =>
    v.n('failed')
      ? `DAGScheduler.markStageAsFinished: Stage ${v.taskSet} failed after ${v.n('ms')} ms.`
      : `DAGScheduler.markStageAsFinished: Stage ${v.stage} finished in ${v.n('ms')} ms.`,
  submitWaitingChildStages: (_, v) =>
    `DAGScheduler.submitWaitingChildStages: Stage ${v.stage} is available, so waiting stages ${v.s('children')} are submitted again.`,
  jobFinished: (_, v) =>
    `DAGScheduler.cleanupStateForJobAndIndependentStages: job ${v.job} forgets its ${v.n('stages')} stages; shuffle files and map statuses stay.`,
  jobWaiterDone: (_, v) =>
    `JobWaiter.taskSucceeded: the last of ${v.n('numPartitions')} results arrives, and runJob returns to the driver thread.`,
  fetchFailed: (_, v) =>
    `DAGScheduler.handleTaskCompletion: TID ${v.tid} could not fetch map ${v.n('mapIndex')} of shuffle ${v.n('shuffleId')}; Stage ${v.taskSet} fails and ResubmitFailedStages is scheduled in 200 ms.`,
  unregisterMapOutput: (_, v) =>
    `MapOutputTrackerMaster.unregisterMapOutput: map ${v.n('mapIndex')} of shuffle ${v.n('shuffleId')} is forgotten, so its map stage is no longer available.`,
  resubmitFailedStages: (_, v) =>
    `DAGScheduler.resubmitFailedStages: failed stages ${v.s('stages')} go to submitStage again; each new attempt runs only its missing partitions.`,
  executorProcessDied: (_, v) =>
    `CoarseGrainedExecutorBackend.exitExecutor: executor ${v.exec}'s process dies; its connection to the driver drops.`,
  executorHung: (_, v) =>
    `Executor.reportHeartBeat: executor ${v.exec} stops answering; the driver only notices when its heartbeats stop for spark.network.timeout.`,
  heartbeatTimeout: (_, v) =>
    `HeartbeatReceiver.expireDeadHosts: executor ${v.exec} has sent no heartbeat for ${v.n('ms')} ms (timeout ${v.n('timeout')} ms) and is declared lost.`,
  removeExecutor: (_, v) =>
    `CoarseGrainedSchedulerBackend.removeExecutor: executor ${v.exec} is removed (${v.s('reason')}); its running tasks fail.`,
  executorLost: (_, v) =>
    `DAGScheduler.handleExecutorLost: executor ${v.exec}'s cached blocks are gone${v.n('fileLost') ? ', and so are its shuffle files' : '; the external shuffle service keeps its shuffle files'}.`,
  removeOutputsOnExecutor: (_, v) =>
    `MapOutputTrackerMaster.removeOutputsOnExecutor: ${plural(v.n('outputs'), 'map output', 'map outputs')} on executor ${v.exec} ${v.n('outputs') === 1 ? 'is' : 'are'} unregistered.`,
  speculatableTask: (_, v) =>
    `TaskSetManager.checkSpeculatableTasks: task ${v.n('index')} of TaskSet ${v.taskSet} runs much longer than the median, so a speculative copy is queued.`,
  killTask: (_, v) =>
    `CoarseGrainedSchedulerBackend.killTask: TID ${v.tid} on executor ${v.exec} is killed (${v.s('reason')}).`,
  requestExecutors: (_, v) =>
    `ExecutorAllocationManager.updateAndSyncNumExecutorsTarget: ${v.n('pendingTasks')} tasks wait, so ${plural(v.n('add'), 'more executor is', 'more executors are')} requested (target ${v.n('target')}).`,
  removeIdleExecutor: (_, v) =>
    `ExecutorAllocationManager.removeExecutors: executor ${v.exec} has been idle ${v.n('idleMs')} ms and is released.`,
  registerExecutor: (_, v) =>
    `DriverEndpoint.RegisterExecutor: executor ${v.exec} on ${v.s('host')} registers with ${plural(v.n('cores'), 'core', 'cores')}.`,
};

export const EN_LISTENER: ListenerTemplates = {
  logStart: (e) => `SparkListenerLogStart: the event log is written by Spark ${e.sparkVersion}.`,
  environmentUpdate: (e) =>
    `SparkListenerEnvironmentUpdate: the application's settings are recorded (spark.master ${e.sparkProperties['spark.master'] ?? 'unknown'}, spark.scheduler.mode ${e.sparkProperties['spark.scheduler.mode'] ?? 'FIFO'}).`,
  blockManagerAdded: (e) =>
    `SparkListenerBlockManagerAdded: the BlockManager of ${e.executorId} on ${e.host} registers with ${bytes(e.maxMemory)} of storage memory.`,
  blockManagerRemoved: (e) =>
    `SparkListenerBlockManagerRemoved: the BlockManager of ${e.executorId} on ${e.host} is gone, with its cached blocks.`,
  applicationStart: (e) =>
    `SparkListenerApplicationStart: application ${e.appName} (${e.appId ?? 'no id'}) starts.`,
  applicationEnd: () => `SparkListenerApplicationEnd: the application stops.`,
  executorAdded: (e) =>
    `SparkListenerExecutorAdded: executor ${e.executorId} on ${e.host} with ${plural(e.totalCores, 'core', 'cores')}.`,
  executorRemoved: (e) => `SparkListenerExecutorRemoved: executor ${e.executorId} is gone (${e.reason}).`,
  jobStart: (e) => `SparkListenerJobStart: job ${e.jobId} starts with stages [${e.stageIds.join(', ')}].`,
  jobEnd: (e) =>
    e.result.kind === 'succeeded'
      ? `SparkListenerJobEnd: job ${e.jobId} succeeded.`
      : `SparkListenerJobEnd: job ${e.jobId} failed: ${e.result.message}`,
  stageSubmitted: (e) =>
    `SparkListenerStageSubmitted: stage ${e.stage.stageId} attempt ${e.stage.attemptId} is submitted with ${plural(e.stage.numTasks, 'task', 'tasks')}.`,
  stageCompleted: (e) =>
    e.stage.failureReason === null
      ? `SparkListenerStageCompleted: stage ${e.stage.stageId} attempt ${e.stage.attemptId} completed.`
      : `SparkListenerStageCompleted: stage ${e.stage.stageId} attempt ${e.stage.attemptId} failed: ${e.stage.failureReason}`,
  taskStart: (e) =>
    `SparkListenerTaskStart: TID ${e.task.taskId} (task ${e.task.index}.${e.task.attempt} of stage ${e.stageId}.${e.stageAttemptId}) is launched on executor ${e.task.executorId}, ${e.task.locality}.`,
  taskGettingResult: (e) =>
    `SparkListenerTaskGettingResult: the result of TID ${e.task.taskId} is over 1 MiB and is fetched from the executor's BlockManager.`,
  taskEnd: (e) =>
    `SparkListenerTaskEnd: TID ${e.task.taskId} (${e.taskType}) of stage ${e.stageId}.${e.stageAttemptId} ends: ${e.reason.kind}, after ${e.task.finishTime - e.task.launchTime} ms.`,
  speculativeTaskSubmitted: (e) =>
    `SparkListenerSpeculativeTaskSubmitted: a speculative copy of task ${e.taskIndex ?? '?'} in stage ${e.stageId}.${e.stageAttemptId} is queued.`,
};
