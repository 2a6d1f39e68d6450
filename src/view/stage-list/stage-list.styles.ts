import { css } from 'lit';

export const stageListStyles = css`
  :host {
    display: block;
    font-size: 13px;
    color: var(--sc-fg, #1d232b);
  }
  h3 {
    font-size: 13px;
    margin: 10px 0 4px;
  }
  h3 .shown {
    font-weight: 400;
    color: var(--sc-muted, #5d6775);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li button {
    display: block;
    width: 100%;
    text-align: left;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-left: 4px solid var(--stage-color);
    border-radius: 4px;
    padding: 4px 8px;
    margin: 2px 0;
    cursor: pointer;
  }
  li button:hover,
  li button[aria-pressed='true'] {
    background: var(--sc-accent-soft, #dbe7fb);
  }
  li.holds button {
    border-color: var(--sc-accent, #2f6fdb);
    border-left-color: var(--stage-color);
  }
  li.skipped button {
    color: var(--sc-muted, #5d6775);
    border-left-color: var(--sc-skipped, #9aa3ad);
    border-left-style: dashed;
  }
  .line2 {
    display: block;
    font-size: 12px;
    color: var(--sc-muted, #5d6775);
  }
`;
