/**
 * The cluster's half of the flow: each executor with one TaskRunner slot per core, its block
 * manager (shuffle map outputs per map stage, cached RDD blocks), its host; shuffle fetches drawn
 * from the executors holding map outputs to the executors running the reduce tasks.
 */
import { msg, str } from '@lit/localize';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Scene } from '../../model/index.ts';
import { stageColor } from '../shared/stage-colors.ts';
import { executorStateLabel } from './flow-labels.ts';
import type { ExecutorLayout, FlowLayout } from './flow-layout.ts';

const FILES_SHOWN = 10;

function executor(x: ExecutorLayout): SVGTemplateResult {
  const e = x.executor;
  const b = x.box;
  const name = e.executorId === 'driver' ? msg('Executor driver') : msg(str`Executor ${e.executorId}`);
  // The newest map stage's outputs are drawn as files; older ones are counted.
  const latest = e.shuffleOutputs.at(-1);
  return svg`<g class=${`executor ${e.state}`} data-executor-id=${e.executorId}>
    <rect class="box" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="6"></rect>
    <text x=${b.x + 8} y=${b.y + 14}>${name}</text>
    <text class="tiny state" x=${b.x + b.w - 8} y=${b.y + 14} text-anchor="end">${executorStateLabel(e.state)}</text>
    <text class="tiny muted" x=${b.x + 8} y=${b.y + 27}>${msg(str`${e.host} · no rack known · ${e.cores} cores`)}</text>
    ${x.slots.map((s, k) => {
      const busy = e.slots[k] !== null && e.slots[k] !== undefined;
      return svg`<g class=${`slot${busy ? ' busy' : ''}${k >= e.cores ? ' extra' : ''}`}>
        <title>${msg(str`TaskRunner thread on core ${k}`)}</title>
        <rect x=${s.x} y=${s.y} width=${s.w} height=${s.h} rx="3"></rect>
      </g>`;
    })}
    <g class="block-manager">
      <rect x=${x.blocks.x} y=${x.blocks.y} width=${x.blocks.w} height=${x.blocks.h} rx="3"></rect>
      <text class="tiny muted" x=${x.blocks.x + 4} y=${x.blocks.y + 11}>${msg('BlockManager')}</text>
      ${
        latest
          ? svg`${Array.from(
              { length: Math.min(latest.count, FILES_SHOWN) },
              (_, k) =>
                svg`<rect class="file" x=${x.blocks.x + 4 + k * 9} y=${x.blocks.y + 15} width="7" height="10" style=${`--stage:${stageColor(latest.stageId)}`}></rect>`,
            )}
            <text class="tiny" x=${x.blocks.x + 8 + Math.min(latest.count, FILES_SHOWN) * 9} y=${x.blocks.y + 24}>${msg(
              str`map outputs of stage ${latest.stageId}: ${latest.count}`,
            )}</text>`
          : nothing
      }
      ${
        e.shuffleOutputs.length > 1
          ? svg`<text class="tiny muted" x=${x.blocks.x + x.blocks.w - 4} y=${x.blocks.y + 11} text-anchor="end">${msg(str`+${e.shuffleOutputs.length - 1} more map stages`)}</text>`
          : nothing
      }
      ${
        e.cachedBlocks.length > 0
          ? svg`<text class="tiny cached" x=${x.blocks.x + 4} y=${x.blocks.y + 35}>${msg(
              str`cached: ${e.cachedBlocks.map((c) => `rdd ${c.rddId} × ${c.count}`).join(', ')}`,
            )}</text>`
          : nothing
      }
    </g>
  </g>`;
}

export function renderCluster(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const c = l.cluster;
  const title =
    scene.deploy.mode === 'local'
      ? msg('Executor in the driver JVM (local mode)')
      : msg(str`Cluster · ${scene.deploy.master ?? 'unknown master'}`);
  return svg`<g class="cluster">
    <rect class="region" x=${c.x} y=${c.y} width=${c.w} height=${c.h} rx="8"></rect>
    <text class="region-title" x=${c.x + 10} y=${c.y + 18}>${title}</text>
    ${l.hiddenExecutors > 0 ? svg`<text class="small muted" x=${c.x + c.w - 10} y=${c.y + 18} text-anchor="end">${msg(str`${l.hiddenExecutors} more executors not drawn`)}</text>` : nothing}
    ${l.executors.length === 0 ? svg`<text class="small muted" x=${c.x + 14} y=${c.y + 44}>${msg('no executors yet')}</text>` : nothing}
    ${l.executors.map(executor)}
  </g>`;
}

/** Shuffle reads: one line from each executor holding map outputs to each reduce task reading them. */
export function renderFetches(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const byId = new Map(l.executors.map((x) => [x.executor.executorId, x]));
  const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const f of scene.fetches) {
    const readers = scene.tokens.filter((t) => f.taskIds.includes(t.taskId) && t.slot !== null);
    for (const from of f.fromExecutorIds)
      for (const t of readers) {
        const a = byId.get(from);
        const slot = byId.get(t.executorId)?.slots[t.slot ?? -1];
        if (!a || !slot) continue;
        lines.push({
          x1: a.blocks.x + 30,
          y1: a.blocks.y + 20,
          x2: slot.x + slot.w / 2,
          y2: slot.y + slot.h,
        });
      }
  }
  return svg`${lines
    .slice(0, 64)
    .map(
      (d) =>
        svg`<path class="fetch" d=${`M${d.x1},${d.y1} Q${(d.x1 + d.x2) / 2},${Math.min(d.y1, d.y2) - 30} ${d.x2},${d.y2}`} marker-end="url(#arrow)"></path>`,
    )}`;
}
