import { css } from 'lit';

export const playerStyles = css`
  :host {
    display: block;
    font-family: var(--sc-font, system-ui, sans-serif);
    font-size: 14px;
    line-height: 1.5;
    color: var(--sc-fg, #1d232b);
    background: var(--sc-surface, #fff);
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 6px;
    padding: 12px 14px;
    overflow-wrap: anywhere;
  }
  header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 12px;
  }
  h2 {
    font-size: 15px;
    margin: 0;
  }
  .progress-label {
    color: var(--sc-muted, #5b6573);
    font-size: 13px;
    white-space: nowrap;
  }
  .bar {
    height: 4px;
    margin: 8px 0 10px;
    border-radius: 2px;
    background: var(--sc-border, #d6dbe3);
    overflow: hidden;
  }
  .bar > div {
    height: 100%;
    background: var(--sc-accent, #2f6fde);
  }
  .narration {
    margin: 0 0 10px;
    white-space: pre-line;
  }
  fieldset {
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 6px;
    margin: 0 0 10px;
    padding: 8px 10px 10px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin-top: 6px;
  }
  button {
    font: inherit;
    border: 1px solid var(--sc-border, #d6dbe3);
    background: var(--sc-surface, #fff);
    color: inherit;
    border-radius: 4px;
    padding: 4px 10px;
    cursor: pointer;
    text-align: start;
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  button:focus-visible {
    outline: 3px solid var(--sc-accent, #2f6fde);
    outline-offset: 2px;
  }
  .choice[aria-pressed='true'] {
    border-width: 2px;
  }
  .choice.right {
    border-color: #1a7f37;
    background: #e9f7ee;
  }
  .choice.wrong {
    border-color: #b42318;
    background: #fdecea;
  }
  .verdict {
    font-weight: 600;
    margin: 8px 0 2px;
  }
  .explanation {
    margin: 0;
  }
  /* The step buttons stay in sight at the bottom of a panel that scrolls a long step. */
  nav {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    position: sticky;
    bottom: -1px;
    padding: 8px 0 2px;
    background: var(--sc-surface, #fff);
  }
  nav .next {
    background: var(--sc-accent, #2f6fde);
    border-color: var(--sc-accent, #2f6fde);
    color: #fff;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar > div {
      transition: width 150ms ease-out;
    }
  }
`;
