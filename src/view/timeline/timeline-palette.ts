/**
 * Colours of the canvas drawing, read from the theme's custom properties on the host so the
 * timeline follows light and dark themes; the fallbacks match theme.css's light values.
 */
export interface TimelinePalette {
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly bg: string;
  readonly failed: string;
  readonly cursor: string;
  readonly selected: string;
  readonly added: string;
}

export function readPalette(host: Element): TimelinePalette {
  const style = getComputedStyle(host);
  const get = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: get('--sc-fg', '#1d232b'),
    muted: get('--sc-muted', '#5d6775'),
    grid: get('--sc-border', '#d6dbe3'),
    bg: get('--sc-canvas', '#fbfcfe'),
    failed: get('--sc-error', '#b3261e'),
    cursor: get('--sc-accent', '#2f6fdb'),
    selected: get('--sc-fg', '#1d232b'),
    added: '#2e7d32',
  };
}
