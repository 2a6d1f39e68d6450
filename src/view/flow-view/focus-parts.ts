/**
 * What a lesson step points at in the flow: a ring around each named stage in the DAGScheduler
 * and around the named executor. Drawn over the scene, never catching the pointer; the view
 * scrolls the executor into sight when the focus changes (./flow-view.ts).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Box, FlowLayout } from './flow-layout.ts';

export interface FlowFocus {
  readonly stageIds: readonly number[];
  readonly executorId: string | null;
}

export function renderFocus(focus: FlowFocus | null, l: FlowLayout): SVGTemplateResult | typeof nothing {
  if (!focus) return nothing;
  const boxes: { box: Box; kind: string; id: string }[] = [];
  for (const id of focus.stageIds) {
    const box = l.stageBoxes.get(id);
    if (box) boxes.push({ box, kind: 'stage', id: String(id) });
  }
  const executor = l.executors.find((x) => x.executor.executorId === focus.executorId);
  if (executor) boxes.push({ box: executor.box, kind: 'executor', id: executor.executor.executorId });
  return svg`${boxes.map(
    ({ box: b, kind, id }) =>
      svg`<rect class="focus-ring" data-focus=${kind} data-focus-id=${id} x=${b.x - 4} y=${b.y - 4} width=${b.w + 8} height=${b.h + 8} rx="8"></rect>`,
  )}`;
}
