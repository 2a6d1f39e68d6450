import { css } from 'lit';

export const flowViewStyles = css`
  /* Laid out to the host's width (./flow-layout.ts layoutWidth): a tall drawing scrolls. */
  :host {
    display: block;
    overflow: auto;
    scrollbar-gutter: stable;
    font-size: 12.5px;
    --flow-box: var(--sc-surface, #ffffff);
    --flow-line: var(--sc-border, #c9d1da);
    --flow-muted: var(--sc-muted, #5d6775);
    --flow-red: var(--sc-danger, #c62828);
  }
  :host(:focus-visible) {
    outline: 2px solid var(--sc-accent, #2f6fdd);
    outline-offset: -2px;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  text {
    fill: var(--sc-fg, #1d232b);
  }
  .region {
    fill: var(--sc-bg-alt, #f4f6f8);
    stroke: var(--flow-line);
  }
  .outer {
    fill: none;
    stroke: var(--flow-muted);
    stroke-dasharray: 6 4;
  }
  .region-title {
    font-weight: 600;
    font-size: 12px;
  }
  .part {
    fill: var(--flow-box);
    stroke: var(--flow-line);
  }
  .part-title {
    font-weight: 600;
  }
  .part-sub,
  .muted,
  .column {
    fill: var(--flow-muted);
  }
  .small {
    font-size: 11.5px;
  }
  /* The smallest text: 11px, readable when projected (drawn at scale 1 from 540px wide). */
  .tiny {
    font-size: 11px;
  }
  .box {
    fill: var(--flow-box);
    stroke: var(--flow-line);
  }
  .bar {
    fill: var(--flow-line);
  }
  .bar-fill {
    fill: #59a14f;
  }
  .job.failed .box {
    stroke: var(--flow-red);
  }
  .job.waiting .box {
    stroke: #4e79a7;
    stroke-width: 1.5;
  }
  .queue-entry rect {
    fill: #e8eef6;
    stroke: #4e79a7;
  }
  .handling {
    fill: #4e79a7;
  }
  .stage rect {
    fill: color-mix(in srgb, var(--stage) 15%, var(--flow-box));
    stroke: var(--stage);
  }
  .stage.running rect {
    fill: color-mix(in srgb, var(--stage) 45%, var(--flow-box));
    stroke-width: 2;
  }
  .stage.failed rect {
    stroke: var(--flow-red);
    stroke-width: 2;
    fill: color-mix(in srgb, var(--flow-red) 15%, var(--flow-box));
  }
  .stage.skipped rect,
  .stage.created rect {
    stroke-dasharray: 3 2;
    fill: var(--flow-box);
  }
  .focus-ring {
    fill: none;
    stroke: var(--sc-accent, #2f6fdd);
    stroke-width: 3;
    stroke-dasharray: 6 3;
    pointer-events: none;
  }
  .fetch-back-label {
    fill: var(--flow-red);
    font-weight: 600;
  }
  .stage-edge {
    stroke: var(--flow-muted);
    stroke-width: 1;
    opacity: 0.5;
  }
  .fetch-back {
    fill: none;
    stroke: var(--flow-red);
    stroke-width: 2;
  }
  .taskset .box {
    stroke: var(--stage);
    stroke-width: 1.5;
  }
  .taskset.zombie .box {
    stroke-dasharray: 4 3;
    opacity: 0.7;
  }
  .pending {
    fill: var(--stage);
    opacity: 0.6;
  }
  .executor .box {
    fill: var(--flow-box);
    stroke: var(--flow-line);
  }
  .executor.unresponsive .box {
    fill: #fff4e0;
    stroke: #e69500;
  }
  .executor.lost .box {
    fill: #2b2f36;
    stroke: #2b2f36;
  }
  .executor.lost text {
    fill: #c9d1da;
  }
  .executor.removed {
    opacity: 0.45;
  }
  .executor .state {
    font-weight: 600;
  }
  .slot rect {
    fill: none;
    stroke: var(--flow-line);
    stroke-dasharray: 2 2;
  }
  .slot.busy rect {
    stroke: var(--flow-muted);
    stroke-dasharray: none;
  }
  .slot.extra rect {
    stroke: #e69500;
  }
  .block-manager rect {
    fill: var(--sc-bg-alt, #f4f6f8);
    stroke: var(--flow-line);
  }
  .executor.lost .block-manager rect {
    fill: #3a3f47;
  }
  .block-manager .file {
    fill: var(--stage);
    stroke: #00000040;
  }
  .fetch {
    fill: none;
    stroke: #4e79a7;
    stroke-width: 1;
    stroke-dasharray: 4 3;
    opacity: 0.7;
  }
  .fault {
    fill: var(--flow-red);
  }
  .race {
    fill: #8a4f7d;
    font-weight: 600;
  }
  .fault.now {
    font-weight: 600;
  }
  .token {
    transition:
      transform 350ms ease-in-out,
      opacity 350ms;
  }
  .token circle {
    fill: var(--stage);
    stroke: #ffffff;
    stroke-width: 1;
  }
  .token.offered circle,
  .token.launching circle {
    opacity: 0.75;
  }
  .token.reporting circle,
  .token.result circle {
    stroke: #1d232b;
  }
  .token.ended {
    opacity: 0.55;
  }
  .token.failed {
    opacity: 1;
  }
  .token.failed circle {
    fill: var(--flow-red);
  }
  .token .cross {
    stroke: #ffffff;
    stroke-width: 2;
  }
  .token .spec-ring {
    fill: none;
    stroke: #b07aa1;
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .token.racing circle:first-of-type {
    stroke: #e69500;
    stroke-width: 2.5;
  }
  .token-id {
    font-size: 11px;
    font-weight: 600;
    fill: #ffffff;
    pointer-events: none;
  }
  .token.failed .token-id {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .token {
      transition: none;
    }
  }
`;
