/** `<sc-job-selector>`: which job's stages the lineage view shows. Emits `sc-job-change`. */
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '../../model/index.ts';
import { emit } from '../events.ts';
import { jobLabel } from '../shared/labels.ts';

export class JobSelector extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: 13px;
      min-width: 0;
    }
    label {
      white-space: nowrap;
    }
    select {
      font: inherit;
      padding: 3px 6px;
      border-radius: 4px;
      border: 1px solid var(--sc-border, #d6dbe3);
      background: var(--sc-surface, #fff);
      color: var(--sc-fg, #1d232b);
      /* A page short of room (the app header at 1280 px) narrows it with --sc-job-select-max. */
      max-width: var(--sc-job-select-max, 22em);
      /* In a row short of room the select gives way (its label text is cut) before the row wraps. */
      flex: 1 1 auto;
      min-width: 0;
    }
  `;

  @property({ attribute: false }) accessor plan: Plan | null = null;
  @property({ type: Number, attribute: 'job-id' }) accessor jobId: number | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const jobs = this.plan?.jobs ?? [];
    return html`<label for="job">${msg('Job')}</label>
      <select id="job" ?disabled=${jobs.length < 2} @change=${this.onChange}>
        ${jobs.length === 0 ? html`<option>${msg('no jobs')}</option>` : ''}
        ${jobs.map((job) => html`<option value=${job.jobId} ?selected=${job.jobId === this.jobId}>${jobLabel(job)}</option>`)}
      </select>`;
  }

  private onChange = (event: Event): void => {
    const value = Number((event.target as HTMLSelectElement).value);
    if (Number.isInteger(value)) emit(this, 'sc-job-change', { jobId: value });
  };
}
