import { css } from 'lit';

export const runPageStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    min-height: 0;
    font-size: 14px;
  }
  button[aria-pressed='true'],
  button[aria-selected='true'] {
    background: var(--sc-accent-soft);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 14px;
    background: var(--sc-surface);
    border-bottom: 1px solid var(--sc-border);
  }
  .controls .icon {
    display: inline-flex;
    align-items: center;
    padding: 4px 7px;
  }
  .controls .play {
    min-width: 5em;
    font-weight: 600;
  }
  .scrub {
    flex: 1;
    min-width: 140px;
  }
  .where {
    font-variant-numeric: tabular-nums;
    color: var(--sc-muted);
    font-size: 13px;
    min-width: 15em;
  }
  .speed {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--sc-muted);
    font-size: 13px;
  }
  .note {
    color: var(--sc-muted);
    font-size: 12px;
  }
  .body {
    display: grid;
    grid-template-columns: 270px minmax(0, 1fr) 340px;
    grid-template-rows: minmax(0, 1fr);
    gap: 10px;
    padding: 10px;
    min-height: 0;
  }
  :host([side-closed]) .body {
    grid-template-columns: 34px minmax(0, 1fr) 340px;
  }
  :host([presenting]) .body {
    grid-template-columns: minmax(0, 1fr) 300px;
  }
  :host([presenting]) .what-if {
    display: none;
  }
  /* Presenting a lesson: the lesson card takes the right column's height (it narrates the step),
     the stage graph stays below it, and the centre shows one view at a time (./centre-tabs.ts). */
  :host([presenting]) .right.in-lesson {
    grid-template-rows: minmax(0, 1fr) auto;
  }
  :host([presenting]) .right.in-lesson .narration {
    display: none;
  }
  :host([presenting]) .right.in-lesson .lesson {
    max-height: none;
  }
  /* The header's Lessons menu switches lessons while presenting; the picker and the lesson-file
     button (editing chrome) give their room. */
  :host([presenting]) .right.in-lesson .lesson > h2,
  :host([presenting]) .right.in-lesson .lesson > select,
  :host([presenting]) .right.in-lesson .lesson-file {
    display: none;
  }
  :host([presenting]) .main-view[data-shows='timeline'] {
    padding: 4px;
  }
  :host([side-closed]) .what-if {
    padding: 6px 4px;
    overflow: hidden;
  }
  :host([side-closed]) .what-if > :not(h2),
  :host([side-closed]) .what-if h2 span {
    display: none;
  }
  .what-if h2 {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .fold {
    padding: 0 6px;
    line-height: 1.3;
  }
  .panel {
    background: var(--sc-surface);
    border: 1px solid var(--sc-border);
    border-radius: 8px;
    padding: 10px;
    min-height: 0;
    overflow: auto;
  }
  h2 {
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--sc-muted);
    margin: 0 0 6px;
  }
  .centre {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-height: 0;
    min-width: 0;
  }
  .tabs {
    display: flex;
    gap: 4px;
  }
  .main-view {
    flex: 1;
    display: grid;
    grid-template-rows: minmax(0, 1fr);
    padding: 0;
    overflow: hidden;
  }
  .main-view > * {
    min-height: 0;
    min-width: 0;
  }
  .timeline {
    flex: none;
    height: 30vh;
    min-height: 190px;
    padding: 4px;
    overflow: hidden;
  }
  .right {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 10px;
    min-height: 0;
  }
  .narration {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  sc-narration-panel {
    flex: 1;
  }
  .stages {
    max-height: 26vh;
  }
  /* The lesson picker and player (./lesson-mode.ts): the player scrolls when a step is long. */
  .lesson {
    max-height: 46vh;
    overflow: auto;
  }
  .lesson select {
    font: inherit;
    width: 100%;
    margin-bottom: 8px;
  }
  .lesson button {
    font: inherit;
    margin-top: 8px;
  }
  @media (max-width: 1100px) {
    .body {
      grid-template-columns: 260px minmax(0, 1fr);
    }
    :host([side-closed]) .body {
      grid-template-columns: 34px minmax(0, 1fr);
    }
    .right {
      grid-column: 1 / -1;
      grid-template-columns: 1fr 1fr;
      grid-template-rows: auto 40vh;
    }
    .right > .lesson {
      grid-column: 1 / -1;
    }
  }
`;
