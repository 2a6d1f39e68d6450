// The layout layer's public surface: pure geometry for the views. No `export *`.
export { CLUSTER_LABEL_BAND, CLUSTER_PADDING, unionBox } from './lineage-layout.ts';
// layoutLineageDagre (./dagre-layout.ts), the reference for tests and the benchmark, is not
// exported here: dagre's module has top-level code, so re-exporting it put dagre in the app's bundle.
export { layoutLineage } from './layered/layered-layout.ts';
export { estimateSizes } from './direction-estimate.ts';
export type { SizeEstimate } from './direction-estimate.ts';
export type {
  Box,
  LayoutClusterInput,
  LayoutDirection,
  LayoutEdgeInput,
  LayoutInput,
  LayoutNodeInput,
  LayoutResult,
  Point,
} from './lineage-layout.ts';
export {
  NODE_HEIGHT,
  NODE_WIDTH,
  depEdgeId,
  lineageGraph,
  rddNodeId,
  scopeKey,
  stageClusterId,
} from './lineage-graph.ts';
export type { LineageGraph } from './lineage-graph.ts';
export { buildTimeline } from './timeline/build-timeline.ts';
export { RELEASE_SLACK_MS } from './timeline/assign-lanes.ts';
export { barAt, barOfTask, barsInWindow, runningBar, stepBar } from './timeline/hit-test.ts';
export type { BarStep } from './timeline/hit-test.ts';
export {
  BAR_FAILED,
  BAR_KILLED,
  BAR_NO_START,
  BAR_RESUBMITTED,
  BAR_SPECULATIVE,
  BAR_UNFINISHED,
  LOCALITIES,
  PHASES,
  PHASE_COUNT,
} from './timeline/timeline-layout.ts';
export type {
  ExecutorLanes,
  Phase,
  TimelineBars,
  TimelineLayout,
  TimelineSpan,
} from './timeline/timeline-layout.ts';
