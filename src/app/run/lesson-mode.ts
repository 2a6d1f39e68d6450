/**
 * Walk-throughs on the run page (README "Walk-throughs"): the bundled lessons of
 * fixtures/walkthroughs, the `lesson=` and `step=` keys of the address fragment, the lesson
 * picker and player panel (with the lesson's export as standalone HTML), and what a lesson step
 * makes the page show.
 *
 * Contract: a lesson is planned and simulated here, on the main thread (the lessons are small),
 * and the page plays exactly that trace, so each step's position points at the event its anchor
 * names. A step's highlights apply while playback stands at the step's position; moving away with
 * the normal controls gives the page back its own choices (latest active job, running stages).
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type {
  ClusterOptions,
  LessonLang,
  PreparedWalkthrough,
  ResolvedStep,
  Walkthrough,
} from '../../model/index.ts';
import { loadWalkthrough } from '../../model/index.ts';
import type { Selection } from '../../view/index.ts';
import { download } from '../downloads.ts';
import { lessonHtml } from '../lesson-export/lesson-html.ts';
import { formatFragment, getKey, parseFragment, setKey } from '../url-state.ts';
import { type LessonFiles, fileLesson, fileLessonLink, isFileLessonKey, lessonKey } from './lesson-file.ts';
import type { RunSpec } from './simulation-messages.ts';
import {
  DEFAULT_FORM,
  FAULT_KINDS,
  type FaultKind,
  type FaultRow,
  type WhatIfForm,
  readWhatIf,
} from './what-if.ts';
import type { WhatIfDetail } from './what-if-panel.ts';

const files = import.meta.glob<unknown>('../../../fixtures/walkthroughs/*.json', {
  eager: true,
  import: 'default',
});

const byId = new Map<string, unknown>(
  Object.entries(files).map(([path, value]) => [path.replace(/^.*\/|\.json$/g, ''), value]),
);

/** The bundled lessons' ids, in lesson order (`01-word-count` …). */
export const LESSON_IDS: readonly string[] = [...byId.keys()].sort();

const prepared = new Map<string, PreparedWalkthrough>();

/**
 * A bundled lesson, planned and simulated (once), or a lesson file opened by its key
 * (./lesson-file.ts); null for an unknown id or a lesson that does not load.
 */
export function loadLesson(id: string): PreparedWalkthrough | null {
  if (isFileLessonKey(id)) return fileLesson(id);
  const hit = prepared.get(id);
  if (hit) return hit;
  const value = byId.get(id);
  if (value === undefined) return null;
  const r = loadWalkthrough(value);
  if (!r.ok) return null;
  prepared.set(id, r.value);
  return r.value;
}

/** A lesson's title without preparing it (for the picker). */
function titleOf(id: string, lang: LessonLang): string {
  const title = (byId.get(id) as { title?: Partial<Record<LessonLang, unknown>> } | undefined)?.title;
  const text = title?.[lang] ?? title?.en;
  return typeof text === 'string' ? text : id;
}

export interface LessonLink {
  /** A bundled lesson's id, or an opened lesson file's key (./lesson-file.ts). */
  readonly id: string;
  /** Zero-based step index (the fragment's `step=` counts from 1, as the player shows it). */
  readonly step: number;
}

export function readLessonLink(hash: string): LessonLink | null {
  const fragment = parseFragment(hash);
  const id = getKey(fragment, 'lesson');
  if (id === undefined || !byId.has(id)) return null;
  const step = Number(getKey(fragment, 'step') ?? '1');
  return { id, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}

/** Writes `lesson=` (a bundled lesson) or `lf=` (a lesson file's JSON) with `step=`; each removes the other. */
export function writeLessonLink(link: LessonLink | null): void {
  let fragment = parseFragment(location.hash);
  const file = link ? fileLessonLink(link.id) : undefined;
  fragment = setKey(fragment, 'lesson', file === undefined ? link?.id : undefined);
  fragment = setKey(fragment, 'lf', file);
  fragment = setKey(fragment, 'step', link ? String(link.step + 1) : undefined);
  const hash = formatFragment(fragment);
  if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** What the run page shows at a lesson step. */
export interface LessonFocus {
  readonly position: number;
  /** The centre tab (./centre-tabs.ts): a timeline step shows the flow beside the timeline, or the timeline when presenting. */
  readonly centre: 'flow' | 'lineage' | 'timeline';
  readonly jobId: number | null;
  readonly stageIds: ReadonlySet<number>;
  /** The executor the step points at (ringed in the flow view), or null. */
  readonly executorId: string | null;
  readonly selection: Selection | null;
  readonly taskId: number | null;
}

export function focusOf(step: ResolvedStep): LessonFocus {
  const { show } = step;
  const rdd = show.rddIds[0];
  const stage = show.stageIds[0];
  return {
    position: step.position,
    // The page has no code view: a code step shows the lineage the code builds.
    centre: show.view === 'flow' || show.view === 'timeline' ? show.view : 'lineage',
    jobId: show.jobId,
    stageIds: new Set(show.stageIds),
    executorId: show.executorId,
    selection:
      rdd !== undefined
        ? { kind: 'rdd', rddId: rdd }
        : stage !== undefined && show.view !== 'stages'
          ? { kind: 'stage', stageId: stage }
          : null,
    taskId: show.taskId,
  };
}

export interface LessonPanelInput {
  readonly lesson: PreparedWalkthrough | null;
  readonly step: number;
  readonly lang: LessonLang;
  readonly pick: (id: string | null) => void;
  /** The lesson files opened in the panel (./lesson-file.ts). */
  readonly files: LessonFiles;
}

/** The lesson picker, the button that opens a lesson file, and, with a lesson open, its player. */
export function renderLessonPanel({ lesson, step, lang, pick, files }: LessonPanelInput) {
  const current = lesson ? lessonKey(lesson) : '';
  return html`<div class="panel lesson">
    <h2><label for="lesson-pick">${msg('Lesson')}</label></h2>
    <select
      id="lesson-pick"
      data-lesson-picker
      @change=${(e: Event) => pick((e.target as HTMLSelectElement).value || null)}
    >
      <option value="" ?selected=${current === ''}>${msg('No lesson: free play')}</option>
      ${LESSON_IDS.map(
        (id) => html`<option value=${id} ?selected=${id === current}>${titleOf(id, lang)}</option>`,
      )}
      ${files.renderOption(current)}
    </select>
    ${files.renderOpen()}
    ${
      lesson
        ? html`<sc-walkthrough-player
              .lesson=${lesson}
              .stepIndex=${step}
              .lang=${lang}
            ></sc-walkthrough-player>
            <button
              type="button"
              data-export-lesson
              @click=${() => download(`${lesson.lesson.id}.${lang}.html`, 'text/html', lessonHtml(lesson, lang))}
            >
              ${msg('Export')} (HTML)
            </button>`
        : ''
    }
  </div>`;
}

/** The settings the what-if form edits; a lesson's other settings (storage memory, costs, the legacy hash shuffle …) stay. */
const FORM_KEYS = [
  'deployMode',
  'executorCount',
  'cores',
  'executors',
  'schedulingMode',
  'pools',
  'localityWaitMs',
  'speculation',
  'dynamicAllocation',
  'externalShuffleService',
] as const;

/** The what-if form filled from a lesson's cluster and faults, so "try it in the what-if panel" starts from the lesson's run. */
export function lessonForm(lesson: Walkthrough): WhatIfForm {
  const c = lesson.cluster;
  const wait = typeof c.localityWaitMs === 'number' ? c.localityWaitMs : (c.localityWaitMs?.process ?? 3000);
  const faults: FaultRow[] = [];
  for (const spec of lesson.faultSpecs) {
    const colon = spec.indexOf(':');
    const kind = spec.slice(0, colon) as FaultKind;
    if (FAULT_KINDS.includes(kind)) faults.push({ kind, args: spec.slice(colon + 1) });
  }
  return {
    ...DEFAULT_FORM,
    executors: String(c.executors?.length ?? c.executorCount ?? 2),
    cores: String(c.cores ?? Math.max(...(c.executors ?? [{ cores: 2 }]).map((x) => x.cores))),
    deployMode: c.deployMode ?? 'standalone',
    schedulingMode: c.schedulingMode ?? 'FIFO',
    pools: (c.pools ?? []).map((p) => `${p.name}:${p.weight}:${p.minShare}`).join(', '),
    localityWait: String(wait / 1000),
    speculation: c.speculation?.enabled ?? false,
    dynamicAllocation: c.dynamicAllocation?.enabled ?? false,
    externalShuffleService: c.externalShuffleService ?? false,
    faults,
  };
}

/**
 * A what-if run of a lesson: the form's settings over the lesson's others, with the lesson's
 * seed. A lesson's own list of executors is kept while the form still asks for as many.
 */
export function lessonRun(lesson: Walkthrough, read: WhatIfDetail): RunSpec {
  const base: Record<string, unknown> = { ...lesson.cluster };
  for (const key of FORM_KEYS) delete base[key];
  const cluster: ClusterOptions = { ...(base as ClusterOptions), ...read.cluster };
  const own = lesson.cluster.executors;
  const keepOwn =
    own !== undefined &&
    read.cluster.executorCount === own.length &&
    String(read.cluster.cores) === lessonForm(lesson).cores &&
    (read.cluster.deployMode ?? 'standalone') === (lesson.cluster.deployMode ?? 'standalone');
  return {
    pipeline: read.pipeline,
    cluster: keepOwn ? { ...cluster, executors: own, executorCount: undefined, cores: undefined } : cluster,
    faults: read.faults,
    seed: lesson.seed,
  };
}

/**
 * The run a shared link's what-if form (`cl=`/`f=`) asks for inside a lesson: the form's settings
 * over the lesson's, as a what-if run in the lesson does; or why the lesson's pipeline cannot take
 * it (a fault naming a stage its plan does not have).
 */
export function linkedLessonRun(
  form: WhatIfForm,
  lesson: PreparedWalkthrough,
): { readonly ok: true; readonly spec: RunSpec } | { readonly ok: false; readonly why: string } {
  const read = readWhatIf(form, lesson.lesson.pipeline, lesson.plan);
  if (!read.ok) return { ok: false, why: Object.values(read.errors).join('; ') };
  return { ok: true, spec: lessonRun(lesson.lesson, read) };
}
