/** 简体中文 narration of scheduler steps and listener events (see ./templates.ts). */
import { bytes, type ListenerTemplates, type StepTemplates } from './templates.ts';

const LOCALITY: Readonly<Record<string, string>> = {
  PROCESS_LOCAL: 'PROCESS_LOCAL（进程本地）',
  NODE_LOCAL: 'NODE_LOCAL（节点本地）',
  NO_PREF: 'NO_PREF（无偏好）',
  RACK_LOCAL: 'RACK_LOCAL（机架本地）',
  ANY: 'ANY（任意）',
};

export const ZH_STEPS: StepTemplates = {
  runJob: (_, v) =>
    `SparkContext.runJob：驱动线程“${v.s('thread')}”对 ${v.s('rdd')} 调用 ${v.s('action')}，并阻塞等待作业 ${v.job} 结束。`,
  jobSubmitted: (_, v) =>
    `DAGScheduler.submitJob：作业 ${v.job} 创建了等待 ${v.n('numPartitions')} 个分区结果的 JobWaiter，JobSubmitted 事件进入 DAGScheduler 事件循环。`,
  handleJobSubmitted: (_, v) =>
    `DAGScheduler.handleJobSubmitted：作业 ${v.job} 开始运行，共 ${v.n('numStages')} 个阶段，最终阶段是 ResultStage ${v.stage}。`,
  createStage: (_, v) =>
    `DAGScheduler.createShuffleMapStage：ShuffleMapStage ${v.stage} 用 ${v.n('numTasks')} 个任务计算 RDD ${v.n('rddId')}，并写出 shuffle ${v.n('shuffleId')}。`,
  createResultStage: (_, v) =>
    `DAGScheduler.createResultStage：ResultStage ${v.stage} 计算 RDD ${v.n('rddId')}，每个请求的分区一个任务（共 ${v.n('numTasks')} 个）。`,
  reuseStage: (_, v) =>
    `DAGScheduler.getOrCreateShuffleMapStage：shuffle ${v.n('shuffleId')} 已有活动作业中的阶段 ${v.stage}，作业 ${v.job} 与之共享。`,
  registerShuffle: (_, v) =>
    `MapOutputTrackerMaster.registerShuffle：shuffle ${v.n('shuffleId')}（RDD ${v.n('rddId')} 的输出）将有 ${v.n('numMaps')} 个 map 输出。`,
  submitStage: (_, v) => `DAGScheduler.submitStage：阶段 ${v.stage} 没有缺失的父阶段，于是提交它缺失的任务。`,
  stageWaiting: (_, v) =>
    `DAGScheduler.submitStage：阶段 ${v.stage} 等待缺失的父阶段 ${v.s('missingParents')}，父阶段按编号从小到大先提交。`,
  submitMissingTasks: (_, v) =>
    `DAGScheduler.submitMissingTasks：阶段 ${v.stage} 有 ${v.n('numTasks')} 个缺失分区，生成 TaskSet ${v.taskSet} 中的 ${v.n('numTasks')} 个 ${v.s('taskType')}。`,
  submitTasks: (_, v) =>
    `TaskSchedulerImpl.submitTasks：TaskSet ${v.taskSet}（${v.n('numTasks')} 个任务，本地性级别 ${v.s('levels')}）的 TaskSetManager 加入 ${v.s('pool')} 池，然后请求后端重新发放资源。`,
  reviveOffers: () =>
    `CoarseGrainedSchedulerBackend.reviveOffers：向 DriverEndpoint 发送 ReviveOffers 消息。`,
  makeOffers: (s, v) =>
    s.executorId === null
      ? `DriverEndpoint.makeOffers：把所有存活执行器（共 ${v.n('freeCores')} 个空闲核）提供给 TaskSchedulerImpl.resourceOffers。`
      : `DriverEndpoint.makeOffers：执行器 ${v.exec} 空出了核，只重新提供它的 ${v.n('freeCores')} 个空闲核。`,
  resourceOffer: (_, v) =>
    `TaskSetManager.resourceOffer：执行器 ${v.exec} 以 ${LOCALITY[v.s('locality')] ?? v.s('locality')} 接受 TaskSet ${v.taskSet} 的任务 ${v.n('index')}.${v.n('attempt')}（分区 ${v.n('partition')}），分配 TID ${v.tid}${v.n('speculative') ? '（推测副本）' : ''}。`,
  localityWait: (_, v) =>
    `TaskSetManager.getAllowedLocalityLevel：TaskSet ${v.taskSet} 先等待 ${v.s('locality')} 的空位，再降级。`,
  launchTask: (_, v) =>
    `DriverEndpoint.launchTasks：TID ${v.tid} 的 TaskDescription 被序列化，以 LaunchTask 发送到执行器 ${v.exec}，其空闲核减一。`,
  taskRunnerStart: (_, v) =>
    `Executor.launchTask：执行器 ${v.exec} 在线程池中为 TID ${v.tid} 启动 TaskRunner（${v.n('cores')} 个核中已用 ${v.n('threads')} 个）。`,
  taskPhases: (_, v) =>
    v.s('outcome') === 'success'
      ? `TaskRunner.run：TID ${v.tid} 反序列化 ${v.n('deserialize')} 毫秒，等待 shuffle 数据 ${v.n('fetchWait')} 毫秒，运行 ${v.n('run')} 毫秒，序列化结果 ${v.n('serialize')} 毫秒。`
      : `TaskRunner.run：TID ${v.tid} 运行 ${v.n('run')} 毫秒后失败（${v.s('outcome')}）。`,
  blockStored: (_, v) =>
    `BlockManager.putIterator：执行器 ${v.exec} 把 ${v.s('block')}（${bytes(v.n('bytes'))}）存入${v.s('place') === 'memory' ? '存储内存' : '磁盘'}。`,
  blockEvicted: (_, v) =>
    `MemoryStore.evictBlocksToFreeSpace：执行器 ${v.exec} 逐出最近最少使用的块 ${v.s('block')}${v.n('toDisk') ? '，写到磁盘' : '，需要时将按血缘重新计算'}。`,
  blockRead: (_, v) =>
    `BlockManager.getOrElseUpdate：TID ${v.tid} 从 ${v.s('place')} 读取已缓存的 ${v.s('block')}，不再重新计算。`,
  shuffleWrite: (_, v) =>
    `ShuffleMapTask.runTask：TID ${v.tid} 用 ${v.s('writer')} 写出 shuffle ${v.n('shuffleId')}：${v.n('files')} 个文件，${v.n('numReduces')} 个 reducer，共 ${bytes(v.n('bytes'))}。`,
  statusUpdate: (_, v) =>
    `TaskSchedulerImpl.statusUpdate：执行器 ${v.exec} 报告 TID ${v.tid} 状态为 ${v.s('state')}，该核重新空闲。`,
  taskResult: (_, v) =>
    `TaskResultGetter.enqueueSuccessfulTask：TID ${v.tid} 的结果（${bytes(v.n('bytes'))}）被反序列化，交给 TaskSetManager.handleSuccessfulTask。`,
  taskFailedResult: (_, v) =>
    `TaskResultGetter.enqueueFailedTask：TID ${v.tid} 失败（${v.s('reason')}），由 TaskSetManager.handleFailedTask 处理。`,
  registerMapOutput: (_, v) =>
    `MapOutputTrackerMaster.registerMapOutput：shuffle ${v.n('shuffleId')} 的 map ${v.n('mapIndex')} 位于执行器 ${v.exec}（已有 ${v.n('available')}/${v.n('numMaps')}）。`,
  taskRetry: (_, v) =>
    `TaskSetManager.handleFailedTask：TaskSet ${v.taskSet} 的任务 ${v.n('index')} 已失败 ${v.n('failures')} 次（上限 ${v.n('maxFailures')}），重新排队等待新的尝试。`,
  taskSetAborted: (_, v) =>
    `TaskSetManager.abort：TaskSet ${v.taskSet} 的任务 ${v.n('index')} 失败了 ${v.n('failures')} 次，任务集中止，作业将失败。`,
  taskSetFinished: (_, v) =>
    `TaskSchedulerImpl.taskSetFinished：TaskSet ${v.taskSet} 完成（成功 ${v.n('succeeded')}/${v.n('numTasks')}），离开调度池。`,
  stageFinished: (_, v) =>
    v.n('failed')
      ? `DAGScheduler.markStageAsFinished：阶段 ${v.taskSet} 在 ${v.n('ms')} 毫秒后失败。`
      : `DAGScheduler.markStageAsFinished：阶段 ${v.stage} 用时 ${v.n('ms')} 毫秒完成。`,
  submitWaitingChildStages: (_, v) =>
    `DAGScheduler.submitWaitingChildStages：阶段 ${v.stage} 的输出已就绪，等待中的阶段 ${v.s('children')} 重新提交。`,
  jobFinished: (_, v) =>
    `DAGScheduler.cleanupStateForJobAndIndependentStages：作业 ${v.job} 清理它的 ${v.n('stages')} 个阶段；shuffle 文件和 map 状态仍保留。`,
  jobWaiterDone: (_, v) =>
    `JobWaiter.taskSucceeded：${v.n('numPartitions')} 个结果中的最后一个到达，runJob 返回驱动线程。`,
  fetchFailed: (_, v) =>
    `DAGScheduler.handleTaskCompletion：TID ${v.tid} 无法获取 shuffle ${v.n('shuffleId')} 的 map ${v.n('mapIndex')}；阶段 ${v.taskSet} 失败，200 毫秒后执行 ResubmitFailedStages。`,
  unregisterMapOutput: (_, v) =>
    `MapOutputTrackerMaster.unregisterMapOutput：注销 shuffle ${v.n('shuffleId')} 的 map ${v.n('mapIndex')}，它的 map 阶段不再完整。`,
  resubmitFailedStages: (_, v) =>
    `DAGScheduler.resubmitFailedStages：失败的阶段 ${v.s('stages')} 重新提交，新的尝试只运行缺失的分区。`,
  executorProcessDied: (_, v) =>
    `CoarseGrainedExecutorBackend.exitExecutor：执行器 ${v.exec} 的进程退出，与驱动的连接断开。`,
  executorHung: (_, v) =>
    `Executor.reportHeartBeat：执行器 ${v.exec} 停止响应；驱动要等心跳超过 spark.network.timeout 才会发现。`,
  heartbeatTimeout: (_, v) =>
    `HeartbeatReceiver.expireDeadHosts：执行器 ${v.exec} 已 ${v.n('ms')} 毫秒没有心跳（超时 ${v.n('timeout')} 毫秒），被判定丢失。`,
  removeExecutor: (_, v) =>
    `CoarseGrainedSchedulerBackend.removeExecutor：移除执行器 ${v.exec}（${v.s('reason')}），其上运行的任务失败。`,
  executorLost: (_, v) =>
    `DAGScheduler.handleExecutorLost：执行器 ${v.exec} 的缓存块丢失${v.n('fileLost') ? '，shuffle 文件也丢失' : '；外部 shuffle 服务保留了它的 shuffle 文件'}。`,
  removeOutputsOnExecutor: (_, v) =>
    `MapOutputTrackerMaster.removeOutputsOnExecutor：注销执行器 ${v.exec} 上的 ${v.n('outputs')} 个 map 输出。`,
  speculatableTask: (_, v) =>
    `TaskSetManager.checkSpeculatableTasks：TaskSet ${v.taskSet} 的任务 ${v.n('index')} 运行时间远超中位数，排入一个推测副本。`,
  killTask: (_, v) =>
    `CoarseGrainedSchedulerBackend.killTask：终止执行器 ${v.exec} 上的 TID ${v.tid}（${v.s('reason')}）。`,
  requestExecutors: (_, v) =>
    `ExecutorAllocationManager.updateAndSyncNumExecutorsTarget：有 ${v.n('pendingTasks')} 个任务在等待，再申请 ${v.n('add')} 个执行器（目标 ${v.n('target')} 个）。`,
  removeIdleExecutor: (_, v) =>
    `ExecutorAllocationManager.removeExecutors：执行器 ${v.exec} 已空闲 ${v.n('idleMs')} 毫秒，被释放。`,
  registerExecutor: (_, v) =>
    `DriverEndpoint.RegisterExecutor：${v.s('host')} 上的执行器 ${v.exec} 带着 ${v.n('cores')} 个核注册。`,
};

const REASON: Readonly<Record<string, string>> = {
  success: '成功',
  resubmitted: '需重新提交',
  fetchFailed: 'shuffle 拉取失败',
  exceptionFailure: '异常失败',
  taskResultLost: '结果丢失',
  taskKilled: '被终止',
  taskCommitDenied: '提交被拒',
  executorLostFailure: '执行器丢失',
  unknownReason: '原因未知',
};

export const ZH_LISTENER: ListenerTemplates = {
  logStart: (e) => `SparkListenerLogStart：事件日志由 Spark ${e.sparkVersion} 写出。`,
  environmentUpdate: (e) =>
    `SparkListenerEnvironmentUpdate：记录应用的配置（spark.master ${e.sparkProperties['spark.master'] ?? '未知'}，spark.scheduler.mode ${e.sparkProperties['spark.scheduler.mode'] ?? 'FIFO'}）。`,
  blockManagerAdded: (e) =>
    `SparkListenerBlockManagerAdded：${e.host} 上 ${e.executorId} 的 BlockManager 注册，存储内存 ${bytes(e.maxMemory)}。`,
  blockManagerRemoved: (e) =>
    `SparkListenerBlockManagerRemoved：${e.host} 上 ${e.executorId} 的 BlockManager 及其缓存块已不存在。`,
  applicationStart: (e) => `SparkListenerApplicationStart：应用 ${e.appName}（${e.appId ?? '无 id'}）启动。`,
  applicationEnd: () => `SparkListenerApplicationEnd：应用结束。`,
  executorAdded: (e) =>
    `SparkListenerExecutorAdded：${e.host} 上的执行器 ${e.executorId} 加入，${e.totalCores} 个核。`,
  executorRemoved: (e) => `SparkListenerExecutorRemoved：执行器 ${e.executorId} 被移除（${e.reason}）。`,
  jobStart: (e) => `SparkListenerJobStart：作业 ${e.jobId} 开始，包含阶段 [${e.stageIds.join(', ')}]。`,
  jobEnd: (e) =>
    e.result.kind === 'succeeded'
      ? `SparkListenerJobEnd：作业 ${e.jobId} 成功。`
      : `SparkListenerJobEnd：作业 ${e.jobId} 失败：${e.result.message}`,
  stageSubmitted: (e) =>
    `SparkListenerStageSubmitted：提交阶段 ${e.stage.stageId} 的第 ${e.stage.attemptId} 次尝试，${e.stage.numTasks} 个任务。`,
  stageCompleted: (e) =>
    e.stage.failureReason === null
      ? `SparkListenerStageCompleted：阶段 ${e.stage.stageId} 的第 ${e.stage.attemptId} 次尝试完成。`
      : `SparkListenerStageCompleted：阶段 ${e.stage.stageId} 的第 ${e.stage.attemptId} 次尝试失败：${e.stage.failureReason}`,
  taskStart: (e) =>
    `SparkListenerTaskStart：TID ${e.task.taskId}（阶段 ${e.stageId}.${e.stageAttemptId} 的任务 ${e.task.index}.${e.task.attempt}）在执行器 ${e.task.executorId} 上启动，${LOCALITY[e.task.locality] ?? e.task.locality}。`,
  taskGettingResult: (e) =>
    `SparkListenerTaskGettingResult：TID ${e.task.taskId} 的结果超过 1 MiB，从执行器的 BlockManager 拉取。`,
  taskEnd: (e) =>
    `SparkListenerTaskEnd：阶段 ${e.stageId}.${e.stageAttemptId} 的 TID ${e.task.taskId}（${e.taskType}）结束：${REASON[e.reason.kind] ?? e.reason.kind}，用时 ${e.task.finishTime - e.task.launchTime} 毫秒。`,
  speculativeTaskSubmitted: (e) =>
    `SparkListenerSpeculativeTaskSubmitted：阶段 ${e.stageId}.${e.stageAttemptId} 的任务 ${e.taskIndex ?? '?'} 排入推测副本。`,
};
