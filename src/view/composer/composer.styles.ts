import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 10px;
    font-size: 13px;
    color: var(--sc-fg, #1d232b);
  }
  h3 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--sc-muted, #5d6775);
    margin: 4px 0;
  }
  .palette {
    display: grid;
    gap: 6px;
    border-top: 1px solid var(--sc-border, #d6dbe3);
    padding-top: 8px;
  }
  h3.palette-title {
    font-size: 13px;
    text-transform: none;
    letter-spacing: 0;
    color: var(--sc-fg, #1d232b);
  }
  .ops {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  button {
    font: inherit;
    font-size: 12px;
    padding: 2px 7px;
    border-radius: 4px;
    border: 1px solid var(--sc-border, #d6dbe3);
    background: var(--sc-surface, #fff);
    color: var(--sc-fg, #1d232b);
    cursor: pointer;
  }
  button.op {
    font-family: var(--sc-mono, monospace);
  }
  button.op.shuffles {
    border-color: var(--sc-shuffle, #d1495b);
  }
  button.op.shuffles::after {
    content: ' ⇄';
    color: var(--sc-shuffle, #d1495b);
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .hint {
    color: var(--sc-muted, #5d6775);
    margin: 0;
    font-size: 12px;
  }
  .picking {
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--sc-accent-soft, #e3ecfb);
    display: flex;
    gap: 8px;
    align-items: center;
  }
  ol.rdds,
  ol.actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
  }
  li.rdd {
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 6px;
    padding: 5px 7px;
    cursor: pointer;
  }
  li.rdd.target {
    border-color: var(--sc-accent, #2f6fdb);
    box-shadow: 0 0 0 1px var(--sc-accent, #2f6fdb);
  }
  li.rdd.pickable {
    border-style: dashed;
    border-color: var(--sc-accent, #2f6fdb);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .row.head {
    flex-wrap: nowrap;
  }
  .call {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .name {
    font-family: var(--sc-mono, monospace);
    font-weight: 600;
    width: 7em;
  }
  .op-name {
    font-family: var(--sc-mono, monospace);
  }
  .parents {
    color: var(--sc-muted, #5d6775);
  }
  .arg {
    display: inline-flex;
    gap: 3px;
    align-items: center;
    color: var(--sc-muted, #5d6775);
  }
  input,
  select {
    font: inherit;
    font-size: 12px;
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 3px;
    background: var(--sc-surface, #fff);
    color: var(--sc-fg, #1d232b);
    padding: 1px 4px;
  }
  input[type='number'] {
    width: 5.5em;
  }
  input.json,
  input[type='text'] {
    width: 7em;
  }
  .spacer {
    flex: 1;
  }
`;
