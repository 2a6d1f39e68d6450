// The buttons and selects of the app's pages (the shell and the run page), one look for both;
// each page adds its own rules after these.
import { css } from 'lit';

export const controlStyles = css`
  button,
  select {
    font: inherit;
    font-size: 13px;
    padding: 3px 9px;
    border-radius: 4px;
    border: 1px solid var(--sc-border);
    background: var(--sc-surface);
    color: var(--sc-fg);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
`;
