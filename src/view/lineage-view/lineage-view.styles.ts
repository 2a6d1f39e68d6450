import { css } from 'lit';

export const lineageViewStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 240px;
    background: var(--sc-canvas, #fbfcfe);
    border: 1px solid var(--sc-border, #d6dbe3);
    border-radius: 8px;
    overflow: hidden;
    font-family: var(--sc-font, system-ui, sans-serif);
  }
  svg.canvas {
    display: block;
    width: 100%;
    height: 100%;
    cursor: grab;
    user-select: none;
  }
  .toolbar {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    gap: 4px;
  }
  .toolbar select,
  .toolbar button {
    font: inherit;
    font-size: 12px;
    padding: 3px 8px;
    border-radius: 4px;
    border: 1px solid var(--sc-border, #d6dbe3);
    background: var(--sc-surface, #fff);
    color: var(--sc-fg, #1d232b);
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--sc-accent-soft, #dbe7fb);
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--sc-muted, #5d6775);
  }
  .stage rect.frame {
    fill-opacity: 0.08;
    stroke-width: 1.5;
    rx: 8;
  }
  text.stage-label {
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--sc-canvas, #fbfcfe);
    stroke-width: 4px;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .stage.skipped rect.frame {
    fill: var(--sc-skipped, #9aa3ad);
    stroke: var(--sc-skipped, #9aa3ad);
    stroke-dasharray: 5 4;
  }
  .stage.selected rect.frame {
    stroke-width: 3;
  }
  .stage:focus {
    outline: none;
  }
  .stage:focus-visible rect.frame {
    stroke: var(--sc-fg, #1d232b);
    stroke-width: 3;
    stroke-dasharray: 8 3;
  }
  .stage.active rect.frame {
    fill-opacity: 0.24;
    stroke-width: 3.5;
  }
  .scope rect {
    fill: none;
    stroke: var(--sc-scope, #8c96a3);
    stroke-dasharray: 2 3;
    rx: 6;
  }
  .scope text {
    font-size: 11px;
    fill: var(--sc-muted, #5d6775);
  }
  .node rect.body {
    fill: var(--sc-surface, #fff);
    stroke: var(--sc-node-border, #9aa5b4);
    stroke-width: 1.2;
    rx: 6;
  }
  .node rect.band {
    rx: 2;
  }
  .node.out-of-job {
    opacity: 0.45;
  }
  .node:focus {
    outline: none;
  }
  .node:focus-visible rect.body {
    stroke: var(--sc-fg, #1d232b);
    stroke-width: 3;
    stroke-dasharray: 4 2;
  }
  .node.selected rect.body {
    stroke: var(--sc-accent, #2f6fdb);
    stroke-width: 3;
  }
  .node text {
    font-size: 11px;
    fill: var(--sc-fg, #1d232b);
  }
  .node text.title {
    font-weight: 600;
    font-size: 12px;
  }
  .node text.op {
    font-family: var(--sc-mono, monospace);
  }
  .node text.meta {
    fill: var(--sc-muted, #5d6775);
  }
  .badge rect {
    rx: 7;
  }
  .badge text {
    font-size: 10px;
    font-weight: 600;
    fill: #fff;
  }
  .edge path.line {
    fill: none;
    stroke: var(--sc-narrow, #7b8794);
    stroke-width: 1.5;
  }
  .edge[data-dep-type='shuffle'] path.line {
    stroke: var(--sc-shuffle, #d1495b);
    stroke-width: 2.6;
    stroke-dasharray: 7 4;
  }
  .edge path.hit {
    fill: none;
    stroke: transparent;
    stroke-width: 12;
    cursor: pointer;
  }
  .edge:hover path.line,
  .edge.selected path.line {
    stroke-width: 4;
  }
  .node,
  .stage rect.frame {
    cursor: pointer;
  }
`;

export const partitionStyles = css`
  .partition-link line {
    stroke: var(--sc-narrow, #7b8794);
    stroke-width: 1.2;
  }
  .partition-link.all-to-all line {
    stroke-opacity: 0.45;
  }
  .partition-link[data-dep-type='shuffle'] line {
    stroke: var(--sc-shuffle, #d1495b);
  }
  .partition-block text {
    font-size: 11px;
    fill: var(--sc-fg, #1d232b);
  }
  .partition-block text.title {
    font-weight: 600;
  }
  .partition-block text.op {
    font-family: var(--sc-mono, monospace);
    fill: var(--sc-muted, #5d6775);
  }
  .partition-block rect.cell {
    fill-opacity: 0.75;
    stroke: var(--sc-surface, #fff);
  }
  text.too-large {
    font-size: 13px;
    fill: var(--sc-muted, #5d6775);
  }
`;
