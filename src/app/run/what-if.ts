/**
 * The what-if panel's form, read into a run: the cluster options (src/model/simulation/settings.ts
 * `ClusterOptions`), the faults (`Fault`, read with the model's `parseFault`) and the pipeline with
 * any data skew put into its RDDs' `hints.skew`. Each bad field gets its own message, keyed by the
 * field's name (`fault-2` for the third fault row), so the panel shows it next to the field and
 * keeps the last good run.
 */
import { msg, str } from '@lit/localize';
import { currentLang } from '../i18n/localization.ts';
import {
  type ClusterOptions,
  type DeployMode,
  type Fault,
  type Pipeline,
  type Plan,
  type PoolSpec,
  type SchedulingMode,
  defaultExecutors,
  faultReasonText,
  parseFault,
} from '../../model/index.ts';

export type FaultKind =
  'kill-executor' | 'hang-executor' | 'fail-task' | 'fetch-failure' | 'straggler' | 'skew';
export const FAULT_KINDS: readonly FaultKind[] = [
  'kill-executor',
  'hang-executor',
  'fail-task',
  'fetch-failure',
  'straggler',
  'skew',
];

export interface FaultRow {
  readonly kind: FaultKind;
  /** In the model's fault syntax after the colon (`1@2.5`, `1.0x2`, `2.3*5`); `RDD*FACTOR` for skew. */
  readonly args: string;
}

export interface WhatIfForm {
  readonly executors: string;
  readonly cores: string;
  readonly deployMode: DeployMode;
  readonly schedulingMode: SchedulingMode;
  /** `name:weight:minShare`, comma-separated (FAIR pools as fairscheduler.xml declares them). */
  readonly pools: string;
  /** `spark.locality.wait`, seconds. */
  readonly localityWait: string;
  readonly speculation: boolean;
  readonly dynamicAllocation: boolean;
  readonly externalShuffleService: boolean;
  readonly faults: readonly FaultRow[];
}

export const DEFAULT_FORM: WhatIfForm = {
  executors: '2',
  cores: '2',
  deployMode: 'standalone',
  schedulingMode: 'FIFO',
  pools: '',
  localityWait: '3',
  speculation: false,
  dynamicAllocation: false,
  externalShuffleService: false,
  faults: [],
};

export type WhatIfRead =
  | {
      readonly ok: true;
      readonly cluster: ClusterOptions;
      readonly faults: Fault[];
      readonly pipeline: Pipeline;
    }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

function whole(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

function readPools(text: string, errors: Record<string, string>): PoolSpec[] {
  const pools: PoolSpec[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const [name = '', weight = '1', minShare = '0'] = part.split(':').map((s) => s.trim());
    const w = whole(weight, 0, 1000);
    const m = whole(minShare, 0, 1000);
    if (!/^[\w.-]+$/.test(name) || w === null || m === null) {
      errors.pools = msg(str`"${part}" is not name:weight:minShare (for example production:2:1).`);
      return [];
    }
    pools.push({ name, schedulingMode: 'FIFO', weight: w, minShare: m });
  }
  return pools;
}

/** Reads the form for the plan of `pipeline`; stage ids and executor ids are checked against them. */
export function readWhatIf(form: WhatIfForm, pipeline: Pipeline, plan: Plan): WhatIfRead {
  const errors: Record<string, string> = {};
  const count = whole(form.executors, 1, 200);
  if (count === null) errors.executors = msg('Executors must be a whole number from 1 to 200.');
  const cores = whole(form.cores, 1, 64);
  if (cores === null) errors.cores = msg('Cores must be a whole number from 1 to 64.');
  const wait = Number(form.localityWait.trim());
  if (form.localityWait.trim() === '' || !(wait >= 0 && wait <= 600))
    errors.localityWait = msg('Locality wait must be a number of seconds from 0 to 600.');
  const pools = readPools(form.pools, errors);
  const executorIds = defaultExecutors(count ?? 1, cores ?? 1, form.deployMode).map((x) => x.id);
  const stageIds = new Set(plan.jobs.flatMap((j) => j.stages.map((s) => s.stageId)));
  const faults: Fault[] = [];
  const skews = new Map<string, number>();
  for (const [i, row] of form.faults.entries()) {
    const key = `fault-${i}`;
    if (row.kind === 'skew') {
      const m = /^\s*([^\s*]+)\s*\*\s*(\d+(?:\.\d+)?)\s*$/.exec(row.args);
      if (!m) errors[key] = msg('Expected RDD*FACTOR, for example words*4.');
      else if (!pipeline.rdds.some((r) => r.id === m[1]))
        errors[key] = msg(str`There is no RDD "${m[1] ?? ''}" in this pipeline.`);
      else if (!(Number(m[2]) >= 1)) errors[key] = msg('The skew factor must be at least 1.');
      else skews.set(m[1] as string, Number(m[2]));
      continue;
    }
    const parsed = parseFault(`${row.kind}:${row.args.trim()}`);
    if (!parsed.ok) {
      // Next to one field only the reason is useful (the field's placeholder shows its form), in
      // the interface language.
      errors[key] = faultReasonText(parsed.reason, currentLang());
      continue;
    }
    const f = parsed.fault;
    if ((f.kind === 'kill-executor' || f.kind === 'hang-executor') && !executorIds.includes(f.executor))
      errors[key] = msg(str`There is no executor "${f.executor}" (executors: ${executorIds.join(', ')}).`);
    else if ('stage' in f && !stageIds.has(f.stage))
      errors[key] = msg(
        str`There is no stage ${f.stage} in this plan (stages: ${[...stageIds].join(', ')}).`,
      );
    else faults.push(f);
  }
  if (Object.keys(errors).length > 0 || count === null || cores === null) return { ok: false, errors };
  const cluster: ClusterOptions = {
    deployMode: form.deployMode,
    executorCount: count,
    cores,
    schedulingMode: form.schedulingMode,
    pools,
    localityWaitMs: Math.round(wait * 1000),
    speculation: { enabled: form.speculation },
    dynamicAllocation: { enabled: form.dynamicAllocation },
    externalShuffleService: form.externalShuffleService,
  };
  const skewed =
    skews.size === 0
      ? pipeline
      : {
          ...pipeline,
          rdds: pipeline.rdds.map((r) =>
            skews.has(r.id) ? { ...r, hints: { ...r.hints, skew: skews.get(r.id) } } : r,
          ),
        };
  return { ok: true, cluster, faults, pipeline: skewed };
}
