/**
 * `<sc-what-if-panel>`: the cluster and the faults of the next run, and how the last run compares
 * with the one before. "Run" reads the form (./what-if.ts); a bad field gets its message next to it
 * and nothing is run, so the last good run stays on screen. A good form is sent up as
 * `sc-what-if` with the run to simulate.
 */
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Pipeline, Plan } from '../../model/index.ts';
import { comparisonStyles, renderComparison } from './comparison-table.ts';
import type { ComparisonRow } from './run-summary.ts';
import type { RunProgress } from './simulation-runner.ts';
import {
  DEFAULT_FORM,
  FAULT_KINDS,
  type FaultKind,
  type WhatIfForm,
  type WhatIfRead,
  readWhatIf,
} from './what-if.ts';
import { whatIfStyles } from './what-if-panel.styles.ts';

export type WhatIfDetail = Extract<WhatIfRead, { ok: true }>;

function faultHint(kind: FaultKind): string {
  switch (kind) {
    case 'kill-executor':
      return msg('executor@seconds, e.g. 1@0.5');
    case 'hang-executor':
      return msg('executor@seconds, e.g. 0@0.5');
    case 'fail-task':
      return msg('stage.partition or stage.partitionxN, e.g. 1.0x2');
    case 'fetch-failure':
      return msg('reduce stage.partition[xN], e.g. 1.0');
    case 'straggler':
      return msg('stage.partition*factor, e.g. 0.1*5');
    case 'skew':
      return msg('RDD*factor, e.g. words*4');
  }
}

function faultName(kind: FaultKind): string {
  switch (kind) {
    case 'kill-executor':
      return msg('Kill executor');
    case 'hang-executor':
      return msg('Hang executor');
    case 'fail-task':
      return msg('Fail task');
    case 'fetch-failure':
      return msg('Fetch failure');
    case 'straggler':
      return msg('Straggler');
    case 'skew':
      return msg('Data skew');
  }
}

export class WhatIfPanel extends LitElement {
  static override styles = [whatIfStyles, comparisonStyles];

  @property({ attribute: false }) accessor pipeline: Pipeline | null = null;
  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ attribute: false }) accessor comparison: readonly ComparisonRow[] | null = null;
  @property({ attribute: false }) accessor progress: RunProgress | null = null;
  /** Why the last run could not be simulated (the simulator's message), or null. */
  @property({ attribute: false }) accessor failure: string | null = null;
  @state() accessor form: WhatIfForm = DEFAULT_FORM;
  @state() private accessor errors: Readonly<Record<string, string>> = {};

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private set<K extends keyof WhatIfForm>(key: K, value: WhatIfForm[K]): void {
    this.form = { ...this.form, [key]: value };
  }

  private setFault(i: number, row: Partial<WhatIfForm['faults'][number]>): void {
    this.set(
      'faults',
      this.form.faults.map((f, j) => (j === i ? { ...f, ...row } : f)),
    );
  }

  /** Back to Spark's defaults and no faults (a new pipeline). */
  reset(): void {
    this.form = DEFAULT_FORM;
    this.errors = {};
  }

  /** Reads the form; runs it when every field is good. */
  submit(): void {
    if (!this.pipeline || !this.plan) return;
    const read = readWhatIf(this.form, this.pipeline, this.plan);
    this.errors = read.ok ? {} : read.errors;
    if (read.ok)
      this.dispatchEvent(
        new CustomEvent<WhatIfDetail>('sc-what-if', { detail: read, bubbles: true, composed: true }),
      );
  }

  private error(key: string) {
    const text = this.errors[key];
    return text ? html`<span class="error" role="alert" data-error=${key}>${text}</span>` : nothing;
  }

  private number(key: 'executors' | 'cores' | 'localityWait', label: string) {
    return html`<label class="field"
        >${label}
        <input
          name=${key}
          inputmode="decimal"
          aria-invalid=${key in this.errors}
          .value=${this.form[key]}
          @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.submit()}
      /></label>
      ${this.error(key)}`;
  }

  private check(key: 'speculation' | 'dynamicAllocation' | 'externalShuffleService', label: string) {
    return html`<label class="check"
      ><input
        type="checkbox"
        name=${key}
        .checked=${this.form[key]}
        @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked)}
      />${label}</label
    >`;
  }

  override render() {
    const f = this.form;
    const p = this.progress;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), this.submit())}>
        <div class="grid">
          ${this.number('executors', msg('Executors'))} ${this.number('cores', msg('Cores each'))}
          <label class="field"
            >${msg('Deploy mode')}
            <select
              name="deployMode"
              @change=${(e: Event) => this.set('deployMode', (e.target as HTMLSelectElement).value as WhatIfForm['deployMode'])}
            >
              ${(['local', 'standalone', 'yarn-client', 'yarn-cluster', 'kubernetes'] as const).map(
                (m) => html`<option value=${m} ?selected=${f.deployMode === m}>${m}</option>`,
              )}
            </select></label
          >
          <label class="field"
            >${msg('Scheduler mode')}
            <select
              name="schedulingMode"
              @change=${(e: Event) => this.set('schedulingMode', (e.target as HTMLSelectElement).value as 'FIFO' | 'FAIR')}
            >
              <option value="FIFO" ?selected=${f.schedulingMode === 'FIFO'}>FIFO</option>
              <option value="FAIR" ?selected=${f.schedulingMode === 'FAIR'}>FAIR</option>
            </select></label
          >
          ${
            f.schedulingMode === 'FAIR'
              ? html`<label class="field wide"
                    >${msg('Pools (name:weight:minShare, …)')}
                    <input
                      name="pools"
                      aria-invalid=${'pools' in this.errors}
                      .value=${f.pools}
                      @input=${(e: Event) => this.set('pools', (e.target as HTMLInputElement).value)}
                  /></label>
                  ${this.error('pools')}`
              : nothing
          }
          ${this.number('localityWait', msg('Locality wait (s)'))}
        </div>
        <div class="checks">
          ${this.check('speculation', msg('Speculation'))}
          ${this.check('dynamicAllocation', msg('Dynamic allocation'))}
          ${this.check('externalShuffleService', msg('External shuffle service'))}
        </div>
        <fieldset>
          <legend>${msg('Faults')}</legend>
          ${f.faults.map(
            (row, i) =>
              html`<div class="fault" data-fault=${i}>
                  <select
                    aria-label=${msg('Fault kind')}
                    @change=${(e: Event) => this.setFault(i, { kind: (e.target as HTMLSelectElement).value as FaultKind })}
                  >
                    ${FAULT_KINDS.map((k) => html`<option value=${k} ?selected=${row.kind === k}>${faultName(k)}</option>`)}
                  </select>
                  <input
                    aria-label=${faultHint(row.kind)}
                    placeholder=${faultHint(row.kind)}
                    aria-invalid=${`fault-${i}` in this.errors}
                    .value=${row.args}
                    @input=${(e: Event) => this.setFault(i, { args: (e.target as HTMLInputElement).value })}
                  />
                  <button
                    type="button"
                    title=${msg('Remove this fault')}
                    @click=${() =>
                      this.set(
                        'faults',
                        f.faults.filter((_, j) => j !== i),
                      )}
                  >
                    ✕
                  </button>
                </div>
                ${this.error(`fault-${i}`)}`,
          )}
          <button
            type="button"
            @click=${() => this.set('faults', [...f.faults, { kind: 'kill-executor', args: '' }])}
          >
            ${msg('Add a fault')}
          </button>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" data-action="simulate" ?disabled=${p !== null}>
            ${msg('Run again')}
          </button>
          ${
            p !== null
              ? html`<progress
                    max=${Math.max(1, p.tasksPlanned)}
                    value=${Math.min(p.tasksEnded, p.tasksPlanned)}
                    aria-label=${msg('Simulation progress')}
                  ></progress>
                  <button
                    type="button"
                    @click=${() => this.dispatchEvent(new CustomEvent('sc-what-if-cancel', { bubbles: true, composed: true }))}
                  >
                    ${msg('Cancel')}
                  </button>`
              : nothing
          }
        </div>
        ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
      </form>
      ${this.comparison ? renderComparison(this.comparison) : nothing}`;
  }
}
