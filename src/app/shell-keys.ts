/**
 * The shell's keys, outside text fields and the code editor (which keep their own, and their own
 * undo): `P` toggles presentation mode, Delete or Backspace removes the selected RDD's operation
 * on the workspace (as its ✕ does), Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redoes.
 */
import type { AppState } from './app-state.ts';

export interface ShellKeyTarget {
  readonly app: AppState;
  /** True on the workspace, where the selected RDD is shown. */
  readonly onWorkspace: boolean;
  togglePresentation(): void;
}

export function handleShellKey(
  event: KeyboardEvent,
  { app, onWorkspace, togglePresentation }: ShellKeyTarget,
): void {
  if (event.altKey) return;
  const inText = event
    .composedPath()
    .some(
      (t) =>
        t instanceof HTMLElement &&
        (t.matches('input, textarea, select, [contenteditable="true"]') || t.classList.contains('cm-editor')),
    );
  if (inText) return;
  const key = event.key.toLowerCase();
  if (key === 'p' && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    togglePresentation();
    event.preventDefault();
    return;
  }
  if (!(event.ctrlKey || event.metaKey)) {
    // Delete removes the selected RDD's operation (and what is built on it).
    const selection = app.selection;
    if ((key !== 'delete' && key !== 'backspace') || selection?.kind !== 'rdd' || !onWorkspace) return;
    const name = app.plan.rdds.find((r) => r.rddId === selection.rddId)?.scope.rdd;
    if (name) app.edit({ kind: 'delete', rdd: name });
    event.preventDefault();
    return;
  }
  if (key === 'z' && !event.shiftKey) app.undo();
  else if ((key === 'z' && event.shiftKey) || key === 'y') app.redo();
  else return;
  event.preventDefault();
}
