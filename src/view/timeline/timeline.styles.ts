import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 220px;
    height: 420px;
    font-size: 12px;
    color: var(--sc-fg, #1d232b);
    font-family: var(--sc-font, system-ui, sans-serif);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    padding: 4px 0;
  }
  .toolbar button {
    font: inherit;
    min-width: 28px;
    padding: 2px 8px;
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 4px;
    background: var(--sc-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  .toolbar button:focus-visible,
  .plot:focus-visible {
    outline: 2px solid var(--sc-accent, #2f6fdb);
    outline-offset: 1px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    color: var(--sc-muted, #5d6775);
  }
  .swatch {
    display: inline-block;
    width: 14px;
    height: 10px;
    margin-right: 4px;
    vertical-align: -1px;
    border-radius: 2px;
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 120px;
    overflow: hidden;
    background: var(--sc-canvas, #fbfcfe);
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 4px;
    touch-action: none;
    cursor: crosshair;
  }
  .plot.dragging {
    cursor: grabbing;
  }
  canvas {
    position: absolute;
    left: 0;
    top: 0;
  }
  /* The playback cursor: moved by a transform each frame, so only the compositor works. */
  .cursor {
    position: absolute;
    left: 0;
    top: 14px;
    bottom: 0;
    width: 0;
    border-left: 1.5px solid var(--sc-accent, #2f6fdb);
    margin-left: -0.75px;
    pointer-events: none;
    will-change: transform;
  }
  .cursor::before {
    content: '';
    position: absolute;
    top: 0;
    left: -6px;
    border: 5px solid transparent;
    border-top: 7px solid var(--sc-accent, #2f6fdb);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: 280px;
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--sc-fg, #1d232b);
    color: var(--sc-surface, #fff);
    pointer-events: none;
    white-space: nowrap;
    line-height: 1.4;
  }
  .readout {
    min-height: 2.6em;
    padding: 4px 2px 0;
    line-height: 1.4;
  }
  .readout .muted,
  .empty {
    color: var(--sc-muted, #5d6775);
  }
  .readout .failed {
    color: var(--sc-error, #b3261e);
    font-weight: 600;
  }
  .phases {
    display: flex;
    flex-wrap: wrap;
    gap: 0 10px;
  }
`;
