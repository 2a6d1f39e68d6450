/**
 * A drawing as a standalone SVG document for export: a clone of the view's `<svg>` at its
 * content size, with the component's styles and the theme's custom properties (as resolved on the
 * host, so the file keeps the colours) inlined, and a background of the view's canvas colour.
 */

/** The theme tokens the views' styles read (with any other custom property the exported CSS reads). */
const TOKENS = [
  '--sc-canvas',
  '--sc-surface',
  '--sc-fg',
  '--sc-muted',
  '--sc-border',
  '--sc-narrow',
  '--sc-shuffle',
  '--sc-skipped',
  '--sc-scope',
  '--sc-node-border',
  '--sc-accent',
  '--sc-font',
  '--sc-mono',
];

/**
 * The theme's custom properties as resolved on `element`, as one CSS rule for the SVG root: the
 * common tokens and every custom property `css` reads (the theme's `--sc-…` and a view's own, set
 * on its `:host`, which matches nothing in the file), so no colour is left to a fallback; and the
 * host's font size, which the drawing's text inherits on screen.
 */
export function inlineTokens(element: Element, css = ''): string {
  const computed = getComputedStyle(element);
  const named = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
  const values = [...new Set([...TOKENS, ...named])]
    .map((n) => [n, computed.getPropertyValue(n).trim()] as const)
    .filter(([, v]) => v !== '');
  const declarations = values.map(([n, v]) => `${n}: ${v};`).join(' ');
  return `svg { ${declarations} font-family: var(--sc-font, system-ui, sans-serif); font-size: ${computed.fontSize}; }`;
}

export interface SvgExport {
  /** The view's element (its resolved tokens are inlined). */
  readonly host: Element;
  /** The `<svg>` to clone. */
  readonly svg: SVGSVGElement;
  /** The drawing's size in its own units. */
  readonly size: { readonly width: number; readonly height: number };
  /** The component's CSS. */
  readonly css: string;
  /** An element inside the clone whose transform (zoom and pan) is dropped. */
  readonly viewport?: string;
}

export function standaloneSvg({ host, svg, size, css, viewport }: SvgExport): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  clone.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  if (viewport) clone.querySelector(viewport)?.removeAttribute('transform');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `${inlineTokens(host, css)}\n${css}`;
  clone.insertBefore(style, clone.firstChild);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(host).getPropertyValue('--sc-canvas').trim() || '#fbfcfe');
  clone.insertBefore(background, style.nextSibling);
  for (const comment of [...clone.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE))
    comment.remove();
  return new XMLSerializer().serializeToString(clone);
}
