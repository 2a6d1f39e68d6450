/**
 * `<sc-code-editor>`: Spark code in CodeMirror 6 (Scala or Python highlighting), with the parser's
 * diagnostics drawn at their lines and columns. Emits `sc-code-input` for the user's edits only:
 * a new `code` value set from outside (code regenerated from blocks) replaces the text silently.
 *
 * CodeMirror itself (./codemirror-editor.ts) is loaded with `import()` when the element first
 * renders, so it is not part of the app's initial JavaScript; until it is there the element says
 * so, `text` is the `code` it was given, and `updateComplete` waits for it.
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../events.ts';
import type * as CodeMirrorModule from './codemirror-editor.ts';
import type { CodeMirrorEditor } from './codemirror-editor.ts';
import type { EditorDiagnostic } from './editor-diagnostic.ts';

export type { EditorDiagnostic } from './editor-diagnostic.ts';

export class CodeEditor extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-height: 0;
      flex: 1;
    }
    .bar {
      display: flex;
      gap: 8px;
      align-items: center;
      font-size: 13px;
    }
    select {
      font: inherit;
      padding: 2px 6px;
      border-radius: 4px;
      border: 1px solid var(--sc-border, #d6dbe3);
      background: var(--sc-surface, #fff);
      color: var(--sc-fg, #1d232b);
    }
    .host {
      flex: 1;
      min-height: 240px;
      border: 1px solid var(--sc-border, #d6dbe3);
      border-radius: 6px;
      overflow: hidden;
    }
    .cm-editor {
      height: 100%;
      font-size: 13px;
      background: var(--sc-surface, #fff);
      color: var(--sc-fg, #1d232b);
    }
    .cm-editor .cm-gutters {
      background: var(--sc-canvas, #fbfcfe);
      color: var(--sc-muted, #5d6775);
      border-right-color: var(--sc-border, #d6dbe3);
    }
    .cm-editor .cm-cursor {
      border-left-color: var(--sc-fg, #1d232b);
    }
    .cm-editor .sc-linked {
      background: var(--sc-accent-soft, #e3ecfb);
      outline: 1px solid var(--sc-accent, #2f6fdb);
      border-radius: 2px;
    }
    ul.problems {
      margin: 0;
      padding: 0 0 0 18px;
      font-size: 12px;
      color: var(--sc-error, #b3261e);
    }
    .loading {
      margin: 8px;
      font-size: 13px;
      color: var(--sc-muted, #5d6775);
    }
    .hint {
      font-size: 12px;
      color: var(--sc-muted, #5d6775);
      margin: 0;
    }
  `;

  @property() accessor code = '';
  @property() accessor language: 'scala' | 'python' = 'scala';
  @property({ attribute: false }) accessor diagnostics: readonly EditorDiagnostic[] = [];
  /** Offsets of the code to highlight (the selected RDD's call), or null. */
  @property({ attribute: false }) accessor highlight: { readonly from: number; readonly to: number } | null =
    null;

  /** Why CodeMirror could not be loaded, or null. */
  @state() private accessor loadError: string | null = null;
  private editor: CodeMirrorEditor | null = null;
  /** Settles once CodeMirror is loaded and the editor made (or loading failed). */
  private loaded: Promise<void> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override firstUpdated(): void {
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    let module: typeof CodeMirrorModule;
    try {
      module = await import('./codemirror-editor.ts');
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      return;
    }
    if (!this.isConnected || this.editor !== null) return;
    const parent = this.renderRoot.querySelector('.host') as HTMLElement;
    this.editor = new module.CodeMirrorEditor({
      root: this.renderRoot as ShadowRoot,
      parent,
      code: this.code,
      language: this.language,
      onInput: (code) => emit(this, 'sc-code-input', { code }),
      onCursor: (offset) => emit(this, 'sc-code-cursor', { offset }),
    });
    this.editor.setDiagnostics(this.diagnostics);
    this.editor.setHighlight(this.highlight);
    this.requestUpdate();
  }

  /** Lit's `updateComplete`, and also the editor's loading: once it resolves the editor shows the code. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.loaded;
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const editor = this.editor;
    if (!editor) return;
    if (changed.has('code')) editor.setCode(this.code);
    if (changed.has('language')) editor.setLanguage(this.language);
    if (changed.has('diagnostics') || changed.has('code')) editor.setDiagnostics(this.diagnostics);
    if (changed.has('highlight') || changed.has('code')) editor.setHighlight(this.highlight);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the document after a disconnect: make the editor again.
    if (this.hasUpdated && this.editor === null) this.loaded = this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = null;
  }

  /** The editor's text now (what the user sees). */
  get text(): string {
    return this.editor?.text ?? this.code;
  }

  override render() {
    return html`<div class="bar">
        <label
          >${msg('Language')}
          <select
            @change=${(e: Event) => emit(this, 'sc-language-change', { language: (e.target as HTMLSelectElement).value as 'scala' | 'python' })}
          >
            <option value="scala" ?selected=${this.language === 'scala'}>Scala (spark-shell)</option>
            <option value="python" ?selected=${this.language === 'python'}>Python (PySpark)</option>
          </select>
        </label>
      </div>
      ${
        this.editor !== null
          ? nothing
          : html`<p class="loading" role="status">
              ${this.loadError === null ? msg('Loading the code editor…') : msg(str`The code editor could not be loaded: ${this.loadError}`)}
            </p>`
      }
      <div class="host"></div>
      ${
        this.diagnostics.length > 0
          ? html`<ul class="problems" aria-live="polite">
              ${this.diagnostics.map((d) => html`<li data-line=${d.line} data-column=${d.column}>${/^(line \d+|第 \d+ 行)/i.test(d.message) ? d.message : msg(str`Line ${d.line}, column ${d.column}: ${d.message}`)}</li>`)}
            </ul>`
          : html`<p class="hint">
              ${msg('Write or paste RDD code; the lineage follows as you type. Problems show at their line.')}
            </p>`
      }`;
  }
}
