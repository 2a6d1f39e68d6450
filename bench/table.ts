/** The results as a plain-text table (also pasted into README's Performance section). */
import type { Entry } from './entry.ts';

const ms = (v: number | null | undefined): string =>
  v === null || v === undefined
    ? '—'
    : v >= 10_000
      ? `${(v / 1000).toFixed(1)} s`
      : `${v.toFixed(v < 10 ? 1 : 0)} ms`;

function extra(e: Entry): string {
  const parts: string[] = [];
  if (e.crossings !== undefined) parts.push(`crossings ${e.crossings} vs ${e.baseline_crossings ?? '—'}`);
  if (e.overlaps !== undefined) parts.push(`overlaps ${e.overlaps}`);
  if (e.gzip_kb !== undefined) parts.push(`${e.gzip_kb} KB gz`);
  if (e.p95_ms !== undefined) parts.push(`p95 ${ms(e.p95_ms)}`);
  return parts.join(', ');
}

export function tableRows(entries: readonly Entry[]): string[][] {
  return entries.map((e) => [
    e.name,
    e.n.toLocaleString('en-US'),
    ms(e.median_ms),
    e.spread === undefined || (e.runs ?? 0) < 2 ? '' : `±${Math.round(e.spread * 50)}%`,
    ms(e.baseline_ms),
    e.ratio === undefined ? '' : e.ratio.toFixed(2),
    e.peak_mb === undefined ? '' : String(e.peak_mb),
    extra(e),
    e.target,
    e.met === null ? (e.target ? 'not measured' : '') : e.met ? 'met' : 'NOT met',
    e.note,
  ]);
}

export const HEADER = [
  'case',
  'n',
  'median',
  'spread',
  'baseline',
  'ratio',
  'peak MB',
  'quality',
  'target',
  'status',
  'input',
];

export function printTable(entries: readonly Entry[]): void {
  const rows = [HEADER, ...tableRows(entries)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

/** The same table as Markdown, for the README. */
export function markdownTable(entries: readonly Entry[]): string {
  const rows = tableRows(entries);
  const line = (r: readonly string[]): string => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}
