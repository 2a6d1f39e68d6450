/**
 * The what-if comparison: the previous run against the latest, one row per measure
 * (./run-summary.ts); and the same measures of one run alone (an imported log).
 */
import { msg, str } from '@lit/localize';
import { css, html } from 'lit';
import type { ComparisonRow } from './run-summary.ts';

/** The tables' look, for every shadow root that shows one. */
export const comparisonStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    margin-top: 10px;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    color: var(--sc-muted);
    font-size: 12px;
    padding-bottom: 2px;
  }
  td {
    white-space: nowrap;
  }
  th,
  td {
    padding: 2px 3px;
    border-bottom: 1px solid var(--sc-border);
    text-align: right;
    font-size: 12px;
  }
  th[scope='row'] {
    text-align: left;
    font-weight: 400;
  }
  th[scope='col'] {
    color: var(--sc-muted);
    font-weight: 400;
  }
  .change {
    color: var(--sc-accent);
  }
`;

function metricName(row: ComparisonRow): string {
  const m = row.metric;
  switch (m.kind) {
    case 'duration':
      return msg('Application');
    case 'job':
      return msg(str`Job ${m.jobId}`);
    case 'executor':
      return msg(str`Executor ${m.executorId} tasks`);
    case 'resubmitted':
      return msg('Stages resubmitted');
    case 'failed':
      return msg('Failed task attempts');
  }
}

const isTime = (row: ComparisonRow) => row.metric.kind === 'duration' || row.metric.kind === 'job';

function value(row: ComparisonRow, v: number | null): string {
  if (v === null) return '—';
  return isTime(row) ? `${(v / 1000).toFixed(2)} s` : String(v);
}

function change(row: ComparisonRow): string {
  if (row.before === null || row.after === null) return '';
  const d = row.after - row.before;
  // Changes that round to nothing at the precision shown are left blank.
  if (isTime(row) ? Math.abs(d) < 5 : d === 0) return '';
  const sign = d > 0 ? '+' : '−';
  return isTime(row) ? `${sign}${(Math.abs(d) / 1000).toFixed(2)} s` : `${sign}${Math.abs(d)}`;
}

/** One run's measures: application and job durations, tasks per executor, resubmissions, failures. */
export function renderSummary(rows: readonly ComparisonRow[]) {
  return html`<table class="comparison" data-summary>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr data-metric=${row.metric.kind}>
            <th scope="row">${metricName(row)}</th>
            <td>${value(row, row.after)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderComparison(rows: readonly ComparisonRow[]) {
  return html`<table class="comparison" data-comparison>
    <caption>
      ${msg('Previous run against this run')}
    </caption>
    <thead>
      <tr>
        <th scope="col"></th>
        <th scope="col">${msg('Before')}</th>
        <th scope="col">${msg('After')}</th>
        <th scope="col">${msg('Change')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr data-metric=${row.metric.kind}>
            <th scope="row">${metricName(row)}</th>
            <td>${value(row, row.before)}</td>
            <td>${value(row, row.after)}</td>
            <td class="change">${change(row)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
