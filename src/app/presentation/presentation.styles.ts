/**
 * The shell's layout in presentation mode (`<stagecraft-app presenting>`): the editing chrome
 * (blocks and code panel, undo and redo, the stage graph's exports, the import, copy link) is
 * hidden (the More menu keeps the header's exports), and everything is drawn larger with CSS
 * `zoom`, which scales text, SVG and canvas views alike; the host's height is divided by the same factor so the page still fits the screen. At 1280×720 the
 * zoomed page lays out like a 985×554 one: the lineage gets the left side's full height (so its
 * fit, and its text, is as large as the screen allows) and the details and stage graph the right.
 */
import { css } from 'lit';

export const PRESENT_ZOOM = 1.3;

export const presentationStyles = css`
  :host([presenting]) {
    zoom: ${PRESENT_ZOOM};
    height: calc(100vh / ${PRESENT_ZOOM});
  }
  :host([presenting]) .left,
  :host([presenting]) .editing,
  :host([presenting]) .import-open,
  :host([presenting]) header label.group,
  :host([presenting]) header h1 span {
    display: none;
  }
  /* The workspace: the lineage takes the whole left side; details above the stage graph on the
     right. The stage list (the drawings' text twin) and the legend give their room to them. */
  :host([presenting]) main:not(.reference) {
    grid-template-columns: minmax(0, 1fr) minmax(260px, 34%);
    grid-template-rows: minmax(0, 1fr) auto;
  }
  :host([presenting]) .center,
  :host([presenting]) .below,
  :host([presenting]) .right {
    display: contents;
  }
  :host([presenting]) sc-lineage-view {
    grid-column: 1;
    grid-row: 1 / span 2;
  }
  :host([presenting]) .right > .panel:first-child {
    grid-column: 2;
    grid-row: 1;
  }
  :host([presenting]) .below > .panel:first-child {
    grid-column: 2;
    grid-row: 2;
  }
  :host([presenting]) .below > .panel:last-child,
  :host([presenting]) .right > .legend {
    display: none;
  }
  :host([presenting]) button[data-present] {
    background: var(--sc-accent-soft);
    border-color: var(--sc-accent);
  }
  :host([presenting]) .panel {
    border-width: 2px;
  }
`;
