/**
 * Keyboard activation for drawn controls (SVG groups given `role="button"` and `tabindex="0"`):
 * Enter and Space do what a click does, as they do on a real button.
 */
export function onActivateKey(action: (event: Event) => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action(event);
  };
}
