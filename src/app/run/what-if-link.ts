/**
 * The what-if form in the address fragment, so a link restores the run it shows (issue 8,
 * "Sharing"): `cl=` holds the cluster fields that differ from the defaults, named as in
 * `ClusterOptions` (`executorCount:4,deployMode:yarn-client,localityWaitMs:1500,speculation`;
 * FAIR pools as `pools:prod:2:1/dev:1:0`), `f=` the fault rows in the command-line syntax of
 * src/model/simulation/faults.ts joined by commas (`kill-executor:1@0.5,fail-task:1.0x2`; data
 * skew as `skew:RDD*FACTOR`). A form equal to the defaults writes neither key, so links made
 * before these keys existed mean the default cluster, as they always did.
 *
 * In a lesson (`lesson=`, ./lesson-mode.ts) the keys hold the what-if form only when it differs
 * from the lesson's own cluster and faults: a link with both opens the lesson at its step, puts the
 * form back into the panel and plays its run (the form's settings over the lesson's, compared with
 * the lesson's run) at the link's `t=`, as the user had it.
 *
 * Contract: `decodeWhatIf` never throws; a bad part is left at its default and named in the
 * returned problems, and the good parts are kept.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { DeployMode, Pipeline, Plan } from '../../model/index.ts';
import type { RunSpec } from './simulation-messages.ts';
import { formatFragment, getKey, parseFragment, setKey } from '../url-state.ts';
import {
  DEFAULT_FORM,
  FAULT_KINDS,
  type FaultKind,
  type FaultRow,
  type WhatIfForm,
  readWhatIf,
} from './what-if.ts';

const DEPLOY_MODES: readonly DeployMode[] = [
  'local',
  'standalone',
  'yarn-client',
  'yarn-cluster',
  'kubernetes',
];
const FLAGS = ['speculation', 'dynamicAllocation', 'externalShuffleService'] as const;

export interface WhatIfKeys {
  /** The `cl=` value, or undefined when the cluster is the default one. */
  readonly cl: string | undefined;
  /** The `f=` value, or undefined when there are no faults. */
  readonly f: string | undefined;
}

/** The fragment keys for `form` (only what differs from the default form). */
export function encodeWhatIf(form: WhatIfForm): WhatIfKeys {
  const parts: string[] = [];
  if (form.executors.trim() !== DEFAULT_FORM.executors) parts.push(`executorCount:${form.executors.trim()}`);
  if (form.cores.trim() !== DEFAULT_FORM.cores) parts.push(`cores:${form.cores.trim()}`);
  if (form.deployMode !== DEFAULT_FORM.deployMode) parts.push(`deployMode:${form.deployMode}`);
  if (form.schedulingMode !== DEFAULT_FORM.schedulingMode)
    parts.push(`schedulingMode:${form.schedulingMode}`);
  const pools = form.pools
    .split(',')
    .map((p) => p.replace(/\s+/g, ''))
    .filter((p) => p !== '');
  if (form.schedulingMode === 'FAIR' && pools.length > 0) parts.push(`pools:${pools.join('/')}`);
  const wait = Number(form.localityWait.trim());
  if (form.localityWait.trim() !== DEFAULT_FORM.localityWait && Number.isFinite(wait))
    parts.push(`localityWaitMs:${Math.round(wait * 1000)}`);
  for (const flag of FLAGS) if (form[flag]) parts.push(flag);
  const faults = form.faults.filter((row) => row.args.trim() !== '');
  return {
    cl: parts.length > 0 ? parts.join(',') : undefined,
    f: faults.length > 0 ? faults.map((row) => `${row.kind}:${row.args.trim()}`).join(',') : undefined,
  };
}

export interface WhatIfDecode {
  readonly form: WhatIfForm;
  /** One message per part that could not be read (and was left at its default). */
  readonly problems: readonly string[];
}

const whole = (text: string, min: number, max: number): boolean =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;

/** Reads the `cl=` and `f=` values (either may be missing) into a form. */
export function decodeWhatIf(cl: string | undefined, f: string | undefined): WhatIfDecode {
  const form: { -readonly [K in keyof WhatIfForm]: WhatIfForm[K] } = { ...DEFAULT_FORM };
  const problems: string[] = [];
  for (const part of (cl ?? '').split(',')) {
    if (part === '') continue;
    const colon = part.indexOf(':');
    const name = colon < 0 ? part : part.slice(0, colon);
    const value = colon < 0 ? '' : part.slice(colon + 1);
    if (name === 'executorCount' && whole(value, 1, 200)) form.executors = value;
    else if (name === 'cores' && whole(value, 1, 64)) form.cores = value;
    else if (name === 'deployMode' && (DEPLOY_MODES as readonly string[]).includes(value))
      form.deployMode = value as DeployMode;
    else if (name === 'schedulingMode' && (value === 'FIFO' || value === 'FAIR')) form.schedulingMode = value;
    else if (name === 'pools' && /^[\w.-]+:\d+:\d+(\/[\w.-]+:\d+:\d+)*$/.test(value))
      form.pools = value.split('/').join(', ');
    else if (name === 'localityWaitMs' && whole(value, 0, 600_000))
      form.localityWait = String(Number(value) / 1000);
    else if ((FLAGS as readonly string[]).includes(name) && colon < 0)
      form[name as (typeof FLAGS)[number]] = true;
    else problems.push(msg(str`cluster setting "${part}" is not understood; its default is used`));
  }
  const faults: FaultRow[] = [];
  for (const part of (f ?? '').split(',')) {
    if (part === '') continue;
    const colon = part.indexOf(':');
    const kind = part.slice(0, Math.max(0, colon));
    if (colon < 0 || !(FAULT_KINDS as readonly string[]).includes(kind))
      problems.push(msg(str`fault "${part}" is not understood and was left out`));
    else faults.push({ kind: kind as FaultKind, args: part.slice(colon + 1) });
  }
  form.faults = faults;
  return { form, problems };
}

/**
 * The what-if keys of `hash`: the form (null when the link has neither key, the default cluster)
 * and a notice naming what could not be read (null when everything could).
 */
export function readWhatIfLink(hash: string): { form: WhatIfForm | null; notice: string | null } {
  const fragment = parseFragment(hash);
  const cl = getKey(fragment, 'cl');
  const f = getKey(fragment, 'f');
  if (cl === undefined && f === undefined) return { form: null, notice: null };
  const { form, problems } = decodeWhatIf(cl, f);
  return { form, notice: problems.length > 0 ? problems.join('; ') : null };
}

/** Writes `form`'s keys into the address bar (null, or the default form, removes them). */
export function writeWhatIfLink(form: WhatIfForm | null): void {
  const keys = form ? encodeWhatIf(form) : { cl: undefined, f: undefined };
  const fragment = setKey(setKey(parseFragment(location.hash), 'cl', keys.cl), 'f', keys.f);
  const hash = formatFragment(fragment);
  if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/**
 * What a lesson's run page writes as its what-if keys: `form` when it differs from the lesson's
 * own cluster and faults (`own`, ./lesson-mode.ts lessonForm), else null, so the link of a lesson
 * whose what-if panel was not changed stays `lesson=`/`step=` alone.
 */
export function lessonWhatIfLink(form: WhatIfForm, own: WhatIfForm): WhatIfForm | null {
  const mine = encodeWhatIf(form);
  const lessons = encodeWhatIf(own);
  return mine.cl === lessons.cl && mine.f === lessons.f ? null : form;
}

/**
 * The run a linked form asks for on `pipeline`; when the pipeline cannot take it (a fault naming
 * a stage its plan does not have) the reasons, and the caller runs the defaults.
 */
export function linkedRun(
  form: WhatIfForm,
  pipeline: Pipeline,
  plan: Plan,
): { readonly ok: true; readonly spec: RunSpec } | { readonly ok: false; readonly why: string } {
  const read = readWhatIf(form, pipeline, plan);
  if (!read.ok) return { ok: false, why: Object.values(read.errors).join('; ') };
  return { ok: true, spec: { pipeline: read.pipeline, cluster: read.cluster, faults: read.faults, seed: 0 } };
}

/** The notice above the what-if form when part of a link's settings could not be read. */
export function renderLinkNotice(notice: string | null) {
  return notice
    ? html`<p class="note" role="status" data-link-notice>
        ${msg('Part of this link’s what-if settings could not be read, so defaults were used:')} ${notice}
      </p>`
    : nothing;
}
