/**
 * The CodeMirror 6 half of `<sc-code-editor>` (./code-editor.ts), in a module of its own so the
 * app loads CodeMirror (about half of its JavaScript) only when the Code tab first shows an
 * editor: `import('./codemirror-editor.ts')`. Scala or Python highlighting, the parser's
 * diagnostics at their lines and columns, the linked highlight of the selected RDD's call.
 */
import { msg } from '@lit/localize';
import { EditorView, basicSetup } from 'codemirror';
import { Annotation, Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { scala } from '@codemirror/legacy-modes/mode/clike';
import { python } from '@codemirror/legacy-modes/mode/python';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorDiagnostic } from './editor-diagnostic.ts';

export type EditorLanguage = 'scala' | 'python';

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

export interface EditorOptions {
  readonly root: ShadowRoot;
  readonly parent: HTMLElement;
  readonly code: string;
  readonly language: EditorLanguage;
  /** The user's edits only (not text replaced through `setCode`). */
  readonly onInput: (code: string) => void;
  /** The user moved the cursor (a selection made by the user, not by a replacement). */
  readonly onCursor: (offset: number) => void;
}

/** One CodeMirror view and the operations `<sc-code-editor>` needs on it. */
export class CodeMirrorEditor {
  private readonly view: EditorView;
  private readonly languageSlot = new Compartment();

  constructor(options: EditorOptions) {
    this.view = new EditorView({
      root: options.root,
      parent: options.parent,
      state: EditorState.create({
        doc: options.code,
        extensions: [
          basicSetup,
          this.languageSlot.of(languages[options.language]),
          lintGutter(),
          highlightField,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': msg('Spark code') }),
          EditorView.updateListener.of((update) => {
            if (update.selectionSet && update.transactions.some((t) => t.isUserEvent('select')))
              options.onCursor(update.state.selection.main.head);
            if (!update.docChanged || update.transactions.some((t) => t.annotation(external))) return;
            options.onInput(update.state.doc.toString());
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the text silently (no input event): code set from outside. */
  setCode(code: string): void {
    const view = this.view;
    if (code === view.state.doc.toString()) return;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: code },
      annotations: external.of(true),
    });
  }

  setLanguage(language: EditorLanguage): void {
    this.view.dispatch({ effects: this.languageSlot.reconfigure(languages[language]) });
  }

  setDiagnostics(diagnostics: readonly EditorDiagnostic[]): void {
    const state = this.view.state;
    const marks: Diagnostic[] = diagnostics.map((d) => {
      const from = offsetOf(state, d.line, d.column);
      const to = Math.max(from, offsetOf(state, d.endLine, d.endColumn));
      return {
        from,
        to: to === from ? Math.min(state.doc.length, from + 1) : to,
        severity: d.severity,
        message: d.message,
      };
    });
    this.view.dispatch(setDiagnostics(state, marks));
  }

  setHighlight(range: { readonly from: number; readonly to: number } | null): void {
    this.view.dispatch({ effects: setHighlight.of(range) });
  }

  destroy(): void {
    this.view.destroy();
  }
}
