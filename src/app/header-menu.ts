/**
 * The header's "More" menu: what a class needs less often than the header's other controls (the
 * exports, opening an event log, the theme), so the header fits one row at 1280 px in every
 * interface language. A `<details>` disclosure: its summary is a button in the tab order (Enter or
 * Space opens it, and Chromium exposes it as expanded or collapsed), the items are ordinary buttons
 * after it in the tab order. Escape closes it and gives the focus back to the summary; choosing an
 * item, or moving the focus or a click out of it, closes it.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

function menuOf(event: Event): HTMLDetailsElement | null {
  return (event.currentTarget as HTMLElement | null)?.closest('details') ?? null;
}

function onKeyDown(event: KeyboardEvent): void {
  const menu = menuOf(event);
  if (event.key !== 'Escape' || !menu?.open) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
  event.preventDefault();
}

function onFocusOut(event: FocusEvent): void {
  const menu = menuOf(event);
  const to = event.relatedTarget;
  if (menu && !(to instanceof Node && menu.contains(to))) menu.open = false;
}

/** An item chosen: its own click handler has run (it bubbled here), so the menu can close. */
function onItemClick(event: Event): void {
  const menu = menuOf(event);
  const item = (event.target as HTMLElement).closest('button');
  if (menu && item) menu.open = false;
}

export function renderMoreMenu(items: TemplateResult) {
  return html`<details class="more" @keydown=${onKeyDown} @focusout=${onFocusOut}>
    <summary data-more title=${msg('Export, open an event log, theme')}>${msg('More')}</summary>
    <div class="more-items" @click=${onItemClick}>${items}</div>
  </details>`;
}

/** Switches between the light and the dark theme (the page starts in the system's). */
export function toggleTheme(): void {
  const root = document.documentElement;
  const dark =
    root.dataset.theme === 'dark' ||
    (root.dataset.theme === undefined && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'light' : 'dark';
}

export const moreMenuStyles = css`
  .more {
    position: relative;
  }
  .more summary {
    list-style: none;
    font-size: 13px;
    padding: 3px 9px;
    border-radius: 4px;
    border: 1px solid var(--sc-border);
    background: var(--sc-surface);
    cursor: pointer;
    user-select: none;
  }
  .more summary::-webkit-details-marker {
    display: none;
  }
  .more summary::after {
    content: ' ▾';
  }
  .more[open] summary {
    background: var(--sc-accent-soft);
  }
  .more summary:focus-visible {
    outline: 2px solid var(--sc-accent);
    outline-offset: 1px;
  }
  .more-items {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 30;
    display: grid;
    justify-items: start;
    gap: 8px;
    width: max-content;
    padding: 10px;
    background: var(--sc-surface);
    border: 1px solid var(--sc-border);
    border-radius: 6px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 18%);
  }
  header .more-items .label {
    display: inline;
    color: var(--sc-muted);
    margin-right: 2px;
  }
`;
