// The model layer's public surface: the one list of what other layers may use. Add names here
// deliberately; no `export *`.
export { ACTIONS, OPERATIONS, STORAGE_LEVELS } from './pipeline/types.ts';
export type {
  ActionArgs,
  ActionName,
  ActionSpec,
  CheckpointSpec,
  JsonValue,
  OperationName,
  ParseResult,
  PartitionerSpec,
  PersistSpec,
  Pipeline,
  PipelineConfig,
  Problem,
  RddArgs,
  RddHints,
  RddSpec,
  StorageLevelName,
} from './pipeline/types.ts';
export { DEFAULT_PARALLELISM, parsePipeline } from './pipeline/parse.ts';
export {
  DEFAULT_LIMITS,
  LIMIT_FLAGS,
  limitMessage,
  MAX_FILE_BYTES,
  MAX_LINE_BYTES,
  MAX_PARTITIONS,
  MAX_RDDS,
  MAX_TASKS,
  withDefaults,
} from './limits.ts';
export type { LimitName, Limits } from './limits.ts';
export { planLimitProblem, planTaskCount } from './plan/plan-limits.ts';
export { serializePipeline } from './pipeline/serialize.ts';
export { OPERATOR_CATALOGUE, actionEntry, operationEntry } from './operators/catalogue.ts';
export type {
  ArgInfo,
  ArgKind,
  Bilingual,
  CatalogueEntry,
  ExamplePipeline,
  InternalRddInfo,
  OperatorFamily,
} from './operators/types.ts';
export { planPipeline } from './plan/plan-pipeline.ts';
export { toPlanOutput } from './plan/to-plan-output.ts';
export { formatPlanText } from './plan/format-text.ts';
export { describeReason } from './plan/describe-reason.ts';
export { REASON_TEMPLATES } from './plan/reason-templates.ts';
export type { ReasonLanguage } from './plan/reason-templates.ts';
export { REASON_CODES } from './lineage/reasons.ts';
export type { ReasonCode } from './lineage/reasons.ts';
export type {
  DependencyType,
  PlanDependency,
  PlanJob,
  PlanOutput,
  PlanPartitioner,
  PlanRdd,
  PlanStage,
  StageKind,
} from './plan/types.ts';
export type {
  OperationScope,
  Plan,
  PlannedDependency,
  PlannedJob,
  PlannedRdd,
  PlannedStage,
  Reason,
} from './plan/planned.ts';
export { comparePlans } from './plan/compare-plans.ts';
export type { PlanComparison } from './plan/compare-plans.ts';
// Traces: the listener events both producers emit (trace/), and the event-log importer and writer
// (event-log/).
export type {
  ApplicationEnd,
  ApplicationStart,
  BlockManagerAdded,
  BlockManagerRemoved,
  EnvironmentUpdate,
  ExecutorAdded,
  ExecutorExcluded,
  ExecutorRemoved,
  ExecutorUnexcluded,
  JobEnd,
  JobProperties,
  JobResult,
  JobStart,
  ListenerEvent,
  ListenerEventKind,
  Locality,
  LogStart,
  NodeExcluded,
  NodeUnexcluded,
  SpeculativeTaskSubmitted,
  SqlExecutionEnd,
  SqlExecutionStart,
  StageCompleted,
  StageRef,
  StageSubmitted,
  TaskEnd,
  TaskGettingResult,
  TaskInfo,
  TaskStart,
} from './trace/listener-events.ts';
export type { RddInfo, RddScope, StageInfo, StorageLevel } from './trace/stage-info.ts';
export { STORAGE_NONE, isPersisted } from './trace/stage-info.ts';
export type {
  BlockManagerAddress,
  TaskEndReason,
  TaskEndReasonKind,
  TaskOutcome,
} from './trace/task-end-reason.ts';
export { taskOutcome } from './trace/task-end-reason.ts';
export type { TaskMetrics } from './trace/task-metrics.ts';
export { ZERO_TASK_METRICS, shuffleReadBytes } from './trace/task-metrics.ts';
export type { Trace, TraceApp, TraceEvent, TraceExecutor } from './trace/trace.ts';
export { compareExecutorIds, EMPTY_TRACE, unknownApp } from './trace/trace.ts';
export { TraceBuilder } from './trace/trace-builder.ts';
export type { TraceIndex } from './trace/trace-index.ts';
export { indexTrace } from './trace/trace-index.ts';
export { isSchedulingProperty } from './trace/scheduling-properties.ts';
export type { EventLogFile, EventLogImporter } from './event-log/importer.ts';
export { createImporter, importEventLog } from './event-log/importer.ts';
export type { CancelSignal, ImportOptions, ImportResult, ImportWarning } from './event-log/import-result.ts';
export { ImportError } from './event-log/import-result.ts';
export type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParams,
  ImportMessageTemplates,
} from './event-log/messages/params.ts';
export { importMessage } from './event-log/messages/params.ts';
export { atLogLine, formatImportMessage } from './event-log/messages/format.ts';
export type { Codec } from './event-log/codecs/codec.ts';
export { CODECS, codecFromFileName, codecFromMagic } from './event-log/codecs/codec.ts';
export type {
  AppJob,
  AppSqlExecution,
  AppStageAttempt,
  AppTask,
  Application,
  JobStatus,
  StageStatus,
  TaskCounts,
  TaskStatus,
} from './event-log/application/types.ts';
export { ApplicationBuilder, applicationFromTrace } from './event-log/application/builder.ts';
export type { ImportSummary } from './event-log/application/summary.ts';
export { importSummary } from './event-log/application/summary.ts';
export type {
  ApplicationLineage,
  LineageEdge,
  LineageNode,
  LineageStage,
  LineageWarning,
} from './event-log/application/lineage.ts';
export { buildLineage } from './event-log/application/lineage.ts';
export { eventLogLines, writeEventLog } from './event-log/write.ts';
export type { RollingLogFiles } from './event-log/rolling.ts';
export { isRollingLogDirName, logDirectoryFiles, rollingLogFiles } from './event-log/rolling.ts';

// The simulator (simulation/): a deterministic discrete-event run of a plan on a cluster, producing
// a trace of listener events and the scheduler's internal steps (trace/scheduler-steps.ts).
export {
  AUTO_STEP_TASKS,
  Simulation,
  createSimulation,
  runToEnd,
  runUntil,
  simulate,
  step,
} from './simulation/simulation.ts';
export type { SimulationInput, SimulationOptions, StepDetail } from './simulation/simulation.ts';
export { DEFAULT_COSTS, defaultExecutors, resolveCluster } from './simulation/settings.ts';
export type {
  ClusterOptions,
  ClusterSettings,
  CostSettings,
  DeployMode,
  DynamicAllocation,
  ExecutorSpec,
  PoolSpec,
  SchedulingMode,
  Speculation,
} from './simulation/settings.ts';
export { FAULT_SYNTAX, faultReasonText, parseFault } from './simulation/faults.ts';
export type { Fault, FaultParse, FaultReason } from './simulation/faults.ts';
export { EPOCH as SIMULATION_EPOCH } from './simulation/driver.ts';
export { narrate } from './simulation/narration/narrate.ts';
export type { Lang as NarrationLang } from './simulation/narration/narrate.ts';
export { STEP_INFO, schedulerStep } from './trace/scheduler-steps.ts';
export type { SchedulerComponent, SchedulerStep, StepIds, StepKind } from './trace/scheduler-steps.ts';
// Playback (playback/): the scheduler-flow scene at any position of a trace, exact backwards and forwards.
export { createPlayback, SNAPSHOT_EVERY } from './playback/playback.ts';
export type { Playback } from './playback/playback.ts';
export type {
  ExecutorState,
  Scene,
  SceneDeploy,
  SceneExecutor,
  SceneFault,
  SceneFetch,
  SceneJob,
  SceneOffers,
  ScenePool,
  ScenePools,
  SceneQueue,
  SceneQueueEntry,
  SceneShuffle,
  SceneStage,
  SceneStageAttempt,
  SceneTaskSet,
  SceneToken,
  StageState as SceneStageState,
  JobStatus as SceneJobStatus,
  TokenPhase,
} from './playback/scene.ts';
export { parseSparkCode } from './code-parser/parse-spark-code.ts';
export { generateSparkCode } from './code-parser/generate.ts';
export { detectLanguage } from './code-parser/detect-language.ts';
export type { MessageLang as CodeMessageLang } from './code-parser/messages/params.ts';
export type {
  CodeDiagnostic,
  CodeLanguage,
  CodeParseResult,
  CodeSpans,
  GeneratedCode,
  SourceRange,
} from './code-parser/types.ts';
// Walk-throughs (walkthrough/): guided lessons over a simulated run, checked against the plan and trace.
export { parseWalkthrough } from './walkthrough/parse.ts';
export {
  APP_LESSON_LIMITS,
  MAX_LESSON_TASKS,
  loadWalkthrough,
  prepareWalkthrough,
  runWalkthrough,
} from './walkthrough/prepare.ts';
export type { PrepareLimits, PrepareOptions, PreparedWalkthrough } from './walkthrough/prepare.ts';
export type { WalkthroughLimits } from './walkthrough/parse.ts';
export { formatLessonProblem } from './walkthrough/messages/format.ts';
export { describeAnchor, resolveAnchor, resolveTask } from './walkthrough/anchor.ts';
export { LESSON_LANGS, LESSON_VIEWS } from './walkthrough/types.ts';
export type {
  Anchor,
  LessonLang,
  LessonQuestion,
  LessonShow,
  LessonStep,
  LessonText,
  LessonView,
  ResolvedShow,
  ResolvedStep,
  TaskRef,
  Walkthrough,
} from './walkthrough/types.ts';
