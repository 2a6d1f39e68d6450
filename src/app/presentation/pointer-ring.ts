/**
 * The pointer highlight of presentation mode: a ring, fixed above the page and transparent to
 * clicks, centred on the mouse pointer; hidden while the pointer is outside the window. It lives
 * in the document body (not in a shadow root) so it sits above every view.
 */
const SIZE = 46;

export class PointerRing {
  private readonly ring: HTMLDivElement;

  constructor(parent: HTMLElement) {
    const ring = document.createElement('div');
    ring.dataset.pointerRing = '';
    ring.setAttribute('aria-hidden', 'true');
    Object.assign(ring.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      width: `${SIZE}px`,
      height: `${SIZE}px`,
      marginLeft: `${-SIZE / 2}px`,
      marginTop: `${-SIZE / 2}px`,
      borderRadius: '50%',
      border: '4px solid rgba(255, 196, 0, 0.95)',
      boxShadow: '0 0 0 3px rgba(0, 0, 0, 0.55), 0 0 18px 6px rgba(255, 196, 0, 0.45)',
      background: 'rgba(255, 214, 0, 0.16)',
      pointerEvents: 'none',
      zIndex: '2147483647',
      display: 'none',
      boxSizing: 'border-box',
    } satisfies Partial<CSSStyleDeclaration>);
    this.ring = ring;
    parent.append(ring);
    window.addEventListener('pointermove', this.onMove, { passive: true });
    document.documentElement.addEventListener('pointerleave', this.onLeave);
  }

  dispose(): void {
    window.removeEventListener('pointermove', this.onMove);
    document.documentElement.removeEventListener('pointerleave', this.onLeave);
    this.ring.remove();
  }

  private onMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.ring.style.display = 'block';
    this.ring.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
  };

  private onLeave = (): void => {
    this.ring.style.display = 'none';
  };
}
