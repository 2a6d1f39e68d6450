import { css } from 'lit';

export const whatIfStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 6px 10px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    color: var(--sc-muted);
    font-size: 12px;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 13px;
    color: var(--sc-fg);
    background: var(--sc-surface);
    border: 1px solid var(--sc-border);
    border-radius: 4px;
    padding: 3px 6px;
    min-width: 0;
    box-sizing: border-box;
  }
  .field input,
  .field select {
    width: 100%;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.primary {
    background: var(--sc-accent);
    border-color: var(--sc-accent);
    color: var(--sc-surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--sc-error);
  }
  .error {
    grid-column: 1 / -1;
    color: var(--sc-error);
    font-size: 12px;
    margin: 0;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 8px 0;
  }
  .check {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  fieldset {
    border: 1px solid var(--sc-border);
    border-radius: 4px;
    margin: 0 0 8px;
    padding: 4px 8px 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  legend {
    color: var(--sc-muted);
    font-size: 12px;
  }
  .fault {
    display: grid;
    grid-template-columns: 9em minmax(0, 1fr) auto;
    gap: 4px;
  }
  fieldset > button {
    align-self: flex-start;
  }
  .actions {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  progress {
    flex: 1;
  }
`;
