import { css } from 'lit';

export const appShellStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto 1fr;
    height: 100vh;
    font-family: var(--sc-font);
    color: var(--sc-fg);
    background: var(--sc-bg);
    font-size: 14px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
    padding: 8px 14px;
    background: var(--sc-surface);
    border-bottom: 1px solid var(--sc-border);
  }
  header h1 {
    font-size: 17px;
    margin: 0 6px 0 0;
    letter-spacing: 0.01em;
  }
  header h1 span {
    font-weight: 400;
    color: var(--sc-muted);
    font-size: 13px;
    margin-left: 6px;
  }
  .group {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .spacer {
    flex: 1;
  }
  /* The job picker's room is what the header's other controls leave (a long job label of an
     imported log is cut, not the header wrapped): it is placed at a small width and grows, before
     the spacer, up to its full width. */
  header sc-job-selector {
    flex: 100 1 9em;
    min-width: 9em;
    max-width: calc(var(--sc-job-select-max, 22em) + 3em);
  }
  header select {
    max-width: 15em;
  }
  button[aria-pressed='true'] {
    background: var(--sc-accent-soft);
  }
  .notice {
    display: flex;
    gap: 10px;
    align-items: baseline;
    padding: 6px 14px;
    background: var(--sc-accent-soft);
    border-bottom: 1px solid var(--sc-border);
  }
  .notice.error {
    background: var(--sc-error-soft);
    color: var(--sc-error);
  }
  .notice p {
    margin: 0;
    flex: 1;
  }
  main {
    display: grid;
    grid-template-rows: minmax(0, 1fr);
    grid-template-columns: minmax(290px, 24%) 1fr minmax(240px, 19%);
    gap: 10px;
    padding: 10px;
    min-height: 0;
  }
  main.reference {
    grid-template-columns: 1fr;
  }
  .panel {
    background: var(--sc-surface);
    border: 1px solid var(--sc-border);
    border-radius: 8px;
    padding: 10px;
    min-height: 0;
    overflow: auto;
  }
  .left {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .tabs {
    display: flex;
    gap: 4px;
  }
  .center {
    display: grid;
    grid-template-rows: minmax(320px, 1fr) minmax(150px, auto);
    gap: 10px;
    min-height: 0;
    min-width: 0;
  }
  sc-lineage-view {
    min-height: 0;
  }
  .below {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 10px;
    min-height: 0;
    max-height: 32vh;
  }
  h2 {
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--sc-muted);
    margin: 0 0 6px;
  }
  .right {
    display: flex;
    flex-direction: column;
    gap: 10px;
    min-height: 0;
    overflow: auto;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
    font-size: 12px;
  }
  .legend svg {
    vertical-align: middle;
    margin-right: 6px;
  }
  @media (max-width: 1500px) {
    header h1 span {
      display: none;
    }
  }
  @media (max-width: 1400px) {
    header .label {
      display: none;
    }
    header {
      gap: 6px;
    }
    header button {
      padding: 3px 6px;
    }
    header select {
      max-width: 10em;
    }
    header {
      --sc-job-select-max: 14em;
    }
  }
  @media (max-height: 800px) {
    .below {
      max-height: 24vh;
    }
  }
  @media (max-width: 1100px) {
    main {
      grid-template-columns: minmax(280px, 32%) 1fr;
    }
    .right {
      grid-column: 1 / -1;
      flex-direction: row;
    }
    .right > * {
      flex: 1;
    }
  }
`;
