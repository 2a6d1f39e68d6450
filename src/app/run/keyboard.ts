/**
 * The run page's keyboard shortcuts: which controller action a key asks for, and whether the key
 * belongs to a text field instead (inputs, selects, text areas, contenteditable, the code editor),
 * where the shortcuts must not fire.
 */
export type KeyAction =
  | 'toggle'
  | 'stepForward'
  | 'stepBack'
  | 'nextBoundary'
  | 'prevBoundary'
  | 'slower'
  | 'faster'
  | 'home'
  | 'end';

export interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The action a key press asks for, or null. Ctrl, Cmd and Alt combinations are left to the browser. */
export function keyAction(event: KeyLike): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return 'toggle';
    case 'ArrowRight':
      return event.shiftKey ? 'nextBoundary' : 'stepForward';
    case 'ArrowLeft':
      return event.shiftKey ? 'prevBoundary' : 'stepBack';
    case '-':
    case '_':
      return 'slower';
    case '+':
    case '=':
      return 'faster';
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/** True when the event's path goes through a field that takes typing (so shortcuts stay off). */
export function inTextField(path: readonly EventTarget[]): boolean {
  return path.some(
    (t) =>
      typeof HTMLElement !== 'undefined' &&
      t instanceof HTMLElement &&
      (t.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') ||
        t.classList.contains('cm-editor')),
  );
}
