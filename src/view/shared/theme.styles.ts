// Colour and type tokens shared by the components. The app sets `data-theme` on <html>; the
// tokens default to the user's system preference.
import { css } from 'lit';

export const themeTokens = css`
  :host {
    --sc-font: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans SC', sans-serif;
    --sc-mono: ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, monospace;
    font-family: var(--sc-font);
    color: var(--sc-fg, #1d232b);
  }
`;
