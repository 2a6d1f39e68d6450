import { css } from 'lit';

export const narrationStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    font-size: 13px;
  }
  .narration {
    margin: 0 0 8px;
    line-height: 1.45;
    min-height: 4.4em;
  }
  .narration .where {
    display: block;
    font-family: var(--sc-mono, monospace);
    font-size: 12px;
    color: var(--sc-accent, #2b6cb0);
    margin-bottom: 2px;
  }
  /* The event list scrolls; it takes focus so the keyboard can scroll it too (visible ring). */
  .list:focus-visible {
    outline: 2px solid var(--sc-accent);
    outline-offset: -2px;
  }
  .list {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    border: 1px solid var(--sc-border, #d5dae0);
    border-radius: 4px;
  }
  ol {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: absolute;
    left: 0;
    right: 0;
    height: 22px;
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 0 6px;
    white-space: nowrap;
    cursor: pointer;
    font-size: 12px;
  }
  li:hover {
    background: var(--sc-accent-soft, #e6effa);
  }
  li.done {
    color: var(--sc-muted, #5d6775);
  }
  li.current {
    background: var(--sc-accent-soft, #e6effa);
    color: var(--sc-fg, #1d232b);
    font-weight: 600;
    box-shadow: inset 3px 0 0 var(--sc-accent, #2b6cb0);
  }
  .n {
    width: 4.5em;
    text-align: right;
    color: var(--sc-muted, #5d6775);
    font-variant-numeric: tabular-nums;
  }
  .t {
    width: 6.5em;
    text-align: right;
    font-variant-numeric: tabular-nums;
    color: var(--sc-muted, #5d6775);
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
    font-family: var(--sc-mono, monospace);
  }
`;
