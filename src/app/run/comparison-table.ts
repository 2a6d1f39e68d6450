/** The what-if comparison: the previous run against the latest, one row per measure (./run-summary.ts). */
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { ComparisonRow } from './run-summary.ts';

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
