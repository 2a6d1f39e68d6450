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
export type {
  DependencyType,
  PlanDependency,
  PlanJob,
  PlanOutput,
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
