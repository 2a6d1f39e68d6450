/**
 * The driver's half of the flow: SparkContext.runJob and the JobWaiters, the DAGScheduler's event
 * loop and stage graph, the TaskScheduler's pools and TaskSetManagers, the backend's offers.
 * SVG templates only; every text is a Lit text binding.
 */
import { msg, str } from '@lit/localize';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Scene, SceneTaskSet } from '../../model/index.ts';
import { stageColor } from '../shared/stage-colors.ts';
import { faultLabel, raceLabel, stageBoxLabel, stageStateLabel } from './flow-labels.ts';
import {
  STAGE_COLUMNS,
  TASK_SET_H,
  visibleJobs,
  visibleStages,
  type Box,
  type FlowLayout,
} from './flow-layout.ts';

function frame(box: Box, cls: string, title: string, sub = ''): SVGTemplateResult {
  return svg`<g class=${cls}>
    <rect class="part" x=${box.x} y=${box.y} width=${box.w} height=${box.h} rx="6"></rect>
    <text class="part-title" x=${box.x + 8} y=${box.y + 15}>${title}</text>
    ${sub ? svg`<text class="part-sub" x=${box.x + box.w - 8} y=${box.y + 15} text-anchor="end">${sub}</text>` : nothing}
  </g>`;
}

export function renderJobs(scene: Scene, l: FlowLayout): SVGTemplateResult {
  return svg`${frame(l.jobs, 'jobs', 'SparkContext.runJob')}
    ${visibleJobs(scene).map((job) => {
      const b = l.jobBoxes.get(job.jobId);
      if (!b) return nothing;
      const done = job.totalTasks > 0 ? job.finishedTasks / job.totalTasks : 0;
      const cls = `job ${job.status}${job.waiting ? ' waiting' : ''}`;
      return svg`<g class=${cls} data-job-id=${job.jobId}>
        <rect class="box" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="4"></rect>
        <text x=${b.x + 6} y=${b.y + 14}>${msg(str`Job ${job.jobId} · JobWaiter`)}</text>
        <rect class="bar" x=${b.x + 6} y=${b.y + 22} width=${b.w - 12} height="6"></rect>
        <rect class="bar-fill" x=${b.x + 6} y=${b.y + 22} width=${(b.w - 12) * done} height="6"></rect>
        <text class="small" x=${b.x + 6} y=${b.y + 38}>${
          job.status === 'running'
            ? msg(str`${job.finishedTasks} of ${job.totalTasks} results`)
            : job.status === 'succeeded'
              ? msg(str`succeeded · ${job.finishedTasks} of ${job.totalTasks}`)
              : msg('failed')
        }</text>
      </g>`;
    })}`;
}

export function renderDag(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const q = scene.queue;
  const stages = visibleStages(scene);
  const colW = (l.dag.w - 12) / STAGE_COLUMNS.length;
  // Two queued events side by side, with room for the "+n" after them.
  const entryW = Math.min(124, (l.queue.w - 44) / 2);
  const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  const edges = stages.flatMap((s) =>
    (s.parentIds ?? []).flatMap((p) => {
      const from = l.stageBoxes.get(p);
      const to = l.stageBoxes.get(s.stageId);
      return from && to ? [{ from: centre(from), to: centre(to) }] : [];
    }),
  );
  // A fetch failure sends its reduce stage back to the map stage until that one finishes again.
  const fetchBacks = scene.faults.flatMap((f) => {
    if (f.kind !== 'fetchFailed' || f.mapStageId === null) return [];
    const map = scene.stages.find((s) => s.stageId === f.mapStageId);
    const from = l.stageBoxes.get(f.stageId);
    const to = l.stageBoxes.get(f.mapStageId);
    if (!map || map.state === 'finished' || !from || !to) return [];
    return [{ from: centre(from), to: centre(to) }];
  });
  return svg`${frame(l.dag, 'dag', 'DAGScheduler')}
    <g class="queue">
      <rect class="box" x=${l.queue.x} y=${l.queue.y} width=${l.queue.w} height=${l.queue.h} rx="4"></rect>
      <text class="small" x=${l.queue.x + 6} y=${l.queue.y + 12}>${
        scene.hasSteps
          ? msg(str`event loop · posted ${q.posted} · handled ${q.handled}`)
          : msg('event loop (not recorded in event logs)')
      }</text>
      ${q.entries.slice(0, 2).map(
        (e, k) => svg`<g class="queue-entry">
          <rect x=${l.queue.x + 6 + k * (entryW + 4)} y=${l.queue.y + 18} width=${entryW} height="17" rx="3"></rect>
          <text class="tiny" x=${l.queue.x + 10 + k * (entryW + 4)} y=${l.queue.y + 30}>${e.event}</text>
        </g>`,
      )}
      ${
        q.entries.length > 2
          ? svg`<text class="tiny" x=${l.queue.x + l.queue.w - 6} y=${l.queue.y + 30} text-anchor="end">${msg(str`+${q.entries.length - 2}`)}</text>`
          : nothing
      }
      ${q.handling ? svg`<text class="tiny handling" x=${l.queue.x + l.queue.w - 6} y=${l.queue.y + 12} text-anchor="end">${msg(str`handling ${q.handling}`)}</text>` : nothing}
    </g>
    ${STAGE_COLUMNS.map(
      (col, c) =>
        svg`<text class="column" x=${l.dag.x + 10 + c * colW} y=${l.queue.y + l.queue.h + 20}>${stageStateLabel(col)}</text>`,
    )}
    ${edges.map((e) => svg`<line class="stage-edge" x1=${e.from.x} y1=${e.from.y} x2=${e.to.x} y2=${e.to.y}></line>`)}
    ${stages.map((s) => {
      const b = l.stageBoxes.get(s.stageId);
      if (!b) return nothing;
      return svg`<g class=${`stage ${s.state}`} data-stage-id=${s.stageId}>
        <rect x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="4" style=${`--stage:${stageColor(s.stageId)}`}></rect>
        <text x=${b.x + 5} y=${b.y + 16}>${stageBoxLabel(s)}</text>
      </g>`;
    })}
    ${fetchBacks.map(
      (
        e,
      ) => svg`<path class="fetch-back" d=${`M${e.from.x - 8},${e.from.y} C${e.from.x - 90},${e.from.y + 30} ${e.to.x - 90},${e.to.y + 30} ${e.to.x - 14},${e.to.y + 6}`} marker-end="url(#arrow-red)"></path>
        <text class="tiny fetch-back-label" x=${Math.min(e.from.x, e.to.x) - 70} y=${Math.max(e.from.y, e.to.y) + 36}>FetchFailed</text>`,
    )}`;
}

function taskSet(t: SceneTaskSet, b: Box): SVGTemplateResult {
  const locality = Object.entries(t.launchedByLocality)
    .map(([level, n]) => `${level} ${n}`)
    .join(' · ');
  const done = t.numTasks > 0 ? t.succeeded / t.numTasks : 0;
  return svg`<g class=${`taskset${t.zombie ? ' zombie' : ''}`} data-task-set=${`${t.stageId}.${t.stageAttemptId}`}>
    <rect class="box" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="4" style=${`--stage:${stageColor(t.stageId)}`}></rect>
    <text x=${b.x + 6} y=${b.y + 13}>${msg(str`TaskSetManager ${t.stageId}.${t.stageAttemptId} · ${t.succeeded}/${t.numTasks} done`)}</text>
    <text class="tiny" x=${b.x + 6} y=${b.y + 25}>${
      t.zombie
        ? msg(str`zombie: no more launches · ${t.runningTaskIds.length} still out`)
        : msg(str`pending ${t.pending} · running ${t.runningTaskIds.length} · failed ${t.failedAttempts}`)
    }</text>
    <text class="tiny muted" x=${b.x + 6} y=${b.y + 36}>${
      t.localityLevels.length > 0 ? msg(str`levels ${t.localityLevels.join(' › ')}`) : locality
    }</text>
    <rect class="bar-fill" x=${b.x} y=${b.y + b.h - 3} width=${b.w * done} height="3"></rect>
    ${Array.from(
      { length: Math.min(t.pending, 16) },
      (_, k) =>
        svg`<circle class="pending" cx=${b.x + 10 + (k % 8) * 9} cy=${b.y + 46 + Math.floor(k / 8) * 6} r="3" style=${`--stage:${stageColor(t.stageId)}`}></circle>`,
    )}
  </g>`;
}

export function renderScheduler(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const s = l.scheduler;
  let y = s.y + 40;
  return svg`${frame(l.scheduler, 'scheduler', 'TaskSchedulerImpl', scene.pools.mode)}
    <text class="small" x=${s.x + 8} y=${s.y + 32}>${msg('rootPool')}</text>
    ${scene.pools.pools.map((pool) => {
      const top = y;
      y += 18 + pool.taskSets.length * (TASK_SET_H + 6);
      return svg`<text class="small muted" x=${s.x + 14} y=${top + 13}>${pool.name === 'root' ? msg('FIFO queue') : msg(str`pool ${pool.name}`)}</text>
        ${pool.taskSets.map((key) => {
          const t = scene.taskSets.find((x) => `${x.stageId}.${x.stageAttemptId}` === key);
          const b = l.taskSetBoxes.get(key);
          return t && b ? taskSet(t, b) : nothing;
        })}`;
    })}
    ${scene.taskSets.length === 0 ? svg`<text class="small muted" x=${s.x + 14} y=${s.y + 54}>${msg('no task sets')}</text>` : nothing}`;
}

export function renderBackend(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const b = l.backend;
  const o = scene.offers;
  return svg`${frame(b, 'backend', 'SchedulerBackend')}
    <text class="small" x=${b.x + 8} y=${b.y + 32}>${
      scene.hasSteps ? msg(str`makeOffers rounds: ${o.rounds}`) : msg('not in event logs')
    }</text>
    ${
      scene.hasSteps && o.lastIndex !== null
        ? svg`<text class="tiny" x=${b.x + 8} y=${b.y + 46}>${
            o.executorId === null
              ? msg(str`last: ${o.offers} offers · ${o.freeCores} free cores`)
              : msg(str`last: executor ${o.executorId} · ${o.freeCores} free cores`)
          }</text>
          <text class="tiny" x=${b.x + 8} y=${b.y + 58}>${msg(str`launched ${o.launched.length} tasks`)}</text>`
        : nothing
    }
    <text class="tiny muted" x=${b.x + 8} y=${b.y + b.h - 52}>${msg('status updates')}</text>`;
}

export function renderFaults(scene: Scene, l: FlowLayout): SVGTemplateResult {
  const racing = scene.tokens.filter((t) => t.racing && t.speculative && t.phase !== 'ended');
  const races = racing.flatMap((copy) => {
    const original = scene.tokens.find(
      (t) => t.racing && !t.speculative && t.stageId === copy.stageId && t.index === copy.index,
    );
    return original ? [raceLabel(copy, original)] : [];
  });
  const recent = scene.faults.slice(-(2 - Math.min(1, races.length))).reverse();
  const b = l.faults;
  // The line is written by fitLines once drawn, cut with "…" when longer than the strip; the whole
  // text is its tooltip, and the narration panel says it in full.
  const line = (cls: string, y: number, text: string) =>
    svg`<g><title>${text}</title><text class=${cls} x=${b.x + 4} y=${y} data-fit=${b.w - 8} data-full=${text}></text></g>`;
  return svg`<g class="faults">
    ${races.slice(0, 1).map((text) => line('race', b.y + 14, text))}
    ${recent.map((f, k) =>
      line(
        `fault ${k === 0 && f.at === scene.index - 1 ? 'now' : ''}`,
        b.y + 14 + (k + Math.min(1, races.length)) * 16,
        `⚠ ${faultLabel(f)}`,
      ),
    )}
  </g>`;
}

/**
 * Writes each drawn `text[data-fit]` under `root` from its `data-full`, cut to its width (in
 * drawing units) with "…" at the end when longer. Run after every render; a line already written
 * for the same text and width is left alone, so playback steps do not measure text again.
 */
export function fitLines(root: ParentNode): void {
  for (const el of root.querySelectorAll<SVGTextElement>('text[data-fit]')) {
    const max = Number(el.dataset['fit']);
    const full = el.dataset['full'] ?? '';
    const key = `${max}|${full}`;
    if (el.dataset['fitted'] === key) continue;
    el.dataset['fitted'] = key;
    el.textContent = full;
    if (!(max > 0) || el.getComputedTextLength() <= max) continue;
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      el.textContent = `${full.slice(0, mid)}…`;
      if (el.getComputedTextLength() <= max) lo = mid;
      else hi = mid - 1;
    }
    el.textContent = `${full.slice(0, lo)}…`;
  }
}
