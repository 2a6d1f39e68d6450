/**
 * The import's controls and messages: the "Open event log…" file picker, the progress with its
 * Cancel button, and the banner naming the imported application, whose warnings (in a tooltip) are
 * written in the interface's language at each render. Everything from the log is rendered as text.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { noticeText, type Notice } from './notice.ts';
import type { EventLogImport } from './event-log-import.ts';
import { currentLang } from './i18n/localization.ts';
import { warningText } from './import-text.ts';

/** Any file (logs often have no extension), and the compressed and in-progress names Spark writes. */
const ACCEPT = '*/*,.zstd,.lz4,.snappy,.lzf,.inprogress';

export function renderImportButton(importer: EventLogImport) {
  return html`<label class="group import-open">
    <button
      type="button"
      @click=${(e: Event) => (e.currentTarget as HTMLElement).parentElement?.querySelector('input')?.click()}
    >
      ${msg('Open event log…')}
    </button>
    <input
      type="file"
      hidden
      accept=${ACCEPT}
      aria-label=${msg('Open a Spark event log')}
      data-import-input
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) importer.open(file);
        input.value = '';
      }}
    />
  </label>`;
}

function renderImportStatus(importer: EventLogImport) {
  const progress = importer.progress;
  const log = importer.log;
  if (progress)
    return html`<div class="notice info import-progress" role="status">
      <p>
        ${msg(str`Importing ${progress.fileName}…`)}
        <progress max=${Math.max(progress.total, 1)} value=${progress.bytesRead}></progress>
      </p>
      <button type="button" @click=${() => importer.cancel()}>${msg('Cancel')}</button>
    </div>`;
  if (!log) return nothing;
  const warnings = log.warnings.length;
  const lang = currentLang();
  const listed = log.warnings
    .slice(0, 20)
    .map((w) => warningText(w, lang))
    .join('\n');
  return html`<div class="notice info import-banner" role="status" data-imported>
    <p>
      ${msg('Event log')} <strong data-import-app>${log.appName ?? log.appId ?? log.fileName}</strong>
      ${log.sparkVersion ? html` · Spark ${log.sparkVersion}` : nothing} · ${log.fileName}
      ${warnings > 0 ? html` · <span title=${listed} data-import-warnings>${warnings === 1 ? msg('1 warning') : msg(str`${warnings} warnings`)}</span>` : nothing}
      ${
        log.parentsKnown
          ? nothing
          : html`<br /><span data-no-parents
                >${msg(
                  'This log is from Spark 1.4 or older: it does not record RDD parents, so the lineage edges are not in the log and are not drawn. The stages are shown.',
                )}</span
              >`
      }
    </p>
    <button type="button" @click=${() => importer.close()}>${msg('Back to my pipeline')}</button>
  </div>`;
}

/** The row under the header: the import's progress or banner, then the app's notice. */
export function renderNotices(importer: EventLogImport, notice: Notice | null, dismiss: () => void) {
  return html`<div class="notices">
    ${renderImportStatus(importer)}
    ${
      notice
        ? html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
            <p>${noticeText(notice)}</p>
            <button type="button" @click=${dismiss}>${msg('Dismiss')}</button>
          </div>`
        : nothing
    }
  </div>`;
}
