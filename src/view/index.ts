// The view layer's public surface and the one place that registers custom elements.
import { CodeEditor } from './code-editor/code-editor.ts';
import { Composer } from './composer/composer.ts';
import { DetailPanel } from './detail-panel/detail-panel.ts';
import { JobSelector } from './job-selector/job-selector.ts';
import { LineageView } from './lineage-view/lineage-view.ts';
import { OperatorReference } from './operator-reference/operator-reference.ts';
import { FlowView } from './flow-view/flow-view.ts';
import { StageGraph } from './stage-graph/stage-graph.ts';
import { StageList } from './stage-list/stage-list.ts';
import { WalkthroughPlayer } from './walkthrough-player/walkthrough-player.ts';
import { TimelineView } from './timeline/timeline.ts';

const elements: Record<string, CustomElementConstructor> = {
  'sc-lineage-view': LineageView,
  'sc-stage-list': StageList,
  'sc-job-selector': JobSelector,
  'sc-stage-graph': StageGraph,
  'sc-detail-panel': DetailPanel,
  'sc-composer': Composer,
  'sc-code-editor': CodeEditor,
  'sc-operator-reference': OperatorReference,
  'sc-flow-view': FlowView,
  'sc-walkthrough-player': WalkthroughPlayer,
  'sc-timeline': TimelineView,
};

/** Registers every component once; calling it again does nothing. */
export function defineElements(): void {
  for (const [name, element] of Object.entries(elements))
    if (!customElements.get(name)) customElements.define(name, element);
}

export {
  CodeEditor,
  Composer,
  DetailPanel,
  JobSelector,
  LineageView,
  OperatorReference,
  FlowView,
  StageGraph,
  StageList,
  WalkthroughPlayer,
  TimelineView,
};
export { emit } from './events.ts';
export type {
  CodeCursorDetail,
  CodeInputDetail,
  EditDetail,
  JobChangeDetail,
  LanguageChangeDetail,
  OpenExampleDetail,
  SeekDetail,
  SelectDetail,
  SelectTaskDetail,
  WalkthroughStepDetail,
} from './events.ts';
export type { Selection } from './selection.ts';
export { sameSelection } from './selection.ts';
export type { PipelineEdit } from './composer/pipeline-edit.ts';
export type { LookupOperator, OperatorArg, OperatorNote } from './detail-panel/operator-note.ts';
export type { EditorDiagnostic } from './code-editor/code-editor.ts';
export type { DescribeReason } from './shared/labels.ts';

declare global {
  interface HTMLElementTagNameMap {
    'sc-lineage-view': LineageView;
    'sc-stage-list': StageList;
    'sc-job-selector': JobSelector;
    'sc-stage-graph': StageGraph;
    'sc-detail-panel': DetailPanel;
    'sc-composer': Composer;
    'sc-code-editor': CodeEditor;
    'sc-operator-reference': OperatorReference;
    'sc-flow-view': FlowView;
    'sc-walkthrough-player': WalkthroughPlayer;
    'sc-timeline': TimelineView;
  }
}
