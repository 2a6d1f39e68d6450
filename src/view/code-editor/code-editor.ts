/**
 * `<sc-code-editor>`: Spark code in CodeMirror 6 (Scala or Python highlighting), with the parser's
 * diagnostics drawn at their lines and columns. Emits `sc-code-input` for the user's edits only:
 * a new `code` value set from outside (code regenerated from blocks) replaces the text silently.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { EditorView, basicSetup } from 'codemirror';
import { Annotation, Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { scala } from '@codemirror/legacy-modes/mode/clike';
import { python } from '@codemirror/legacy-modes/mode/python';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { emit } from '../events.ts';

export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

const external = Annotation.define<boolean>();

/** The linked highlight: the code of the RDD selected in another view. */
const setHighlight = StateEffect.define<{ from: number; to: number } | null>();
const highlightMark = Decoration.mark({ class: 'sc-linked' });
const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setHighlight)) continue;
      const range = effect.value;
      const valid = range !== null && range.from < range.to && range.to <= tr.state.doc.length;
      next = valid ? Decoration.set([highlightMark.range(range.from, range.to)]) : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
const languages = { scala: StreamLanguage.define(scala), python: StreamLanguage.define(python) };

/** 1-based line and column to a document offset, clamped into the document. */
export function offsetOf(state: EditorState, line: number, column: number): number {
  const lineNo = Math.min(Math.max(1, line), state.doc.lines);
  const info = state.doc.line(lineNo);
  return Math.min(info.to, info.from + Math.max(0, column - 1));
}

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

  private view: EditorView | null = null;
  private readonly languageSlot = new Compartment();

  protected override firstUpdated(): void {
    const parent = this.renderRoot.querySelector('.host') as HTMLElement;
    this.view = new EditorView({
      root: this.renderRoot as ShadowRoot,
      parent,
      state: EditorState.create({
        doc: this.code,
        extensions: [
          basicSetup,
          this.languageSlot.of(languages[this.language]),
          lintGutter(),
          highlightField,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Spark code' }),
          EditorView.updateListener.of((update) => {
            if (update.selectionSet && update.transactions.some((t) => t.isUserEvent('select'))) {
              emit(this, 'sc-code-cursor', { offset: update.state.selection.main.head });
            }
            if (!update.docChanged || update.transactions.some((t) => t.annotation(external))) return;
            emit(this, 'sc-code-input', { code: update.state.doc.toString() });
          }),
        ],
      }),
    });
    this.showDiagnostics();
    this.view.dispatch({ effects: setHighlight.of(this.highlight) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.view;
    if (!view) return;
    if (changed.has('code') && this.code !== view.state.doc.toString()) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: this.code },
        annotations: external.of(true),
      });
    }
    if (changed.has('language'))
      view.dispatch({ effects: this.languageSlot.reconfigure(languages[this.language]) });
    if (changed.has('diagnostics') || changed.has('code')) this.showDiagnostics();
    if (changed.has('highlight') || changed.has('code'))
      view.dispatch({ effects: setHighlight.of(this.highlight) });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = null;
  }

  /** The editor's text now (what the user sees). */
  get text(): string {
    return this.view?.state.doc.toString() ?? this.code;
  }

  private showDiagnostics(): void {
    const view = this.view;
    if (!view) return;
    const state = view.state;
    const diagnostics: Diagnostic[] = this.diagnostics.map((d) => {
      const from = offsetOf(state, d.line, d.column);
      const to = Math.max(from, offsetOf(state, d.endLine, d.endColumn));
      return {
        from,
        to: to === from ? Math.min(state.doc.length, from + 1) : to,
        severity: d.severity,
        message: d.message,
      };
    });
    view.dispatch(setDiagnostics(state, diagnostics));
  }

  override render() {
    return html`<div class="bar">
        <label
          >Language
          <select
            @change=${(e: Event) => emit(this, 'sc-language-change', { language: (e.target as HTMLSelectElement).value as 'scala' | 'python' })}
          >
            <option value="scala" ?selected=${this.language === 'scala'}>Scala (spark-shell)</option>
            <option value="python" ?selected=${this.language === 'python'}>Python (PySpark)</option>
          </select>
        </label>
      </div>
      <div class="host"></div>
      ${
        this.diagnostics.length > 0
          ? html`<ul class="problems" aria-live="polite">
              ${this.diagnostics.map((d) => html`<li data-line=${d.line} data-column=${d.column}>${/^line \d+/i.test(d.message) ? d.message : `Line ${d.line}, column ${d.column}: ${d.message}`}</li>`)}
            </ul>`
          : html`<p class="hint">
              Write or paste RDD code; the lineage follows as you type. Problems show at their line.
            </p>`
      }`;
  }
}
