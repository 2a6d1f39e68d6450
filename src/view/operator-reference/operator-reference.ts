/**
 * `<sc-operator-reference>`: every operation and action of the catalogue, searchable by name and
 * words: narrow, wide or conditional (with the condition), the RDD classes Spark creates, and an
 * example that opens in the composer (`sc-open-example` with the operator's name).
 */
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../events.ts';
import type { OperatorNote } from '../detail-panel/operator-note.ts';

/** What an operator family means, in the interface's language. */
function familyText(family: string): string {
  switch (family) {
    case 'source':
      return msg('source');
    case 'narrow':
      return msg('narrow: never shuffles');
    case 'wide':
      return msg('wide: shuffles');
    case 'conditional':
      return msg('conditional: shuffles unless the partitioning already fits');
    case 'action':
      return msg('action: runs a job');
    case 'persistence':
      return msg('persistence');
    default:
      return family;
  }
}

export function matches(note: OperatorNote, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const haystack = [
    note.name,
    note.family,
    note.explanation,
    note.shuffleWhen ?? '',
    note.condition ?? '',
    ...note.internalRdds,
  ]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export class OperatorReference extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 13px;
      color: var(--sc-fg, #1d232b);
    }
    input[type='search'] {
      font: inherit;
      width: min(30em, 100%);
      padding: 5px 8px;
      border-radius: 4px;
      border: 1px solid var(--sc-border, #d6dbe3);
      background: var(--sc-surface, #fff);
      color: var(--sc-fg, #1d232b);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
      gap: 10px;
      margin-top: 10px;
    }
    article {
      border: 1px solid var(--sc-border, #d6dbe3);
      border-radius: 6px;
      padding: 8px 10px;
    }
    article.shuffles {
      border-left: 4px solid var(--sc-shuffle, #d1495b);
    }
    h3 {
      margin: 0 0 4px;
      font-family: var(--sc-mono, monospace);
      font-size: 14px;
    }
    .family {
      color: var(--sc-muted, #5d6775);
    }
    p {
      margin: 4px 0;
    }
    code {
      font-family: var(--sc-mono, monospace);
      font-size: 12px;
    }
    button {
      font: inherit;
      font-size: 12px;
      padding: 2px 8px;
      border-radius: 4px;
      border: 1px solid var(--sc-border, #d6dbe3);
      background: var(--sc-surface, #fff);
      color: var(--sc-fg, #1d232b);
      cursor: pointer;
    }
  `;

  @property({ attribute: false }) accessor operators: readonly OperatorNote[] = [];
  @state() private accessor query = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const shown = this.operators.filter((o) => matches(o, this.query));
    const total = this.operators.length;
    return html`<h2>${msg('Operator reference')}</h2>
      <input
        type="search"
        placeholder=${msg('Search: join, shuffle, ShuffledRDD…')}
        aria-label=${msg('Search operations')}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <span class="family">${msg(str`${shown.length} of ${total}`, { id: 'reference-shown-count' })}</span>
      <div class="grid">
        ${shown.map(
          (o) =>
            html`<article class=${o.canShuffle ? 'shuffles' : ''} data-operator=${o.name}>
              <h3>${o.name}</h3>
              <div class="family">${familyText(o.family)}</div>
              <p>${o.explanation}</p>
              ${o.condition ? html`<p><em>${msg('Narrow when:')}</em> ${o.condition}</p>` : nothing}
              ${o.shuffleWhen ? html`<p><em>${msg('Shuffles when:')}</em> ${o.shuffleWhen}</p>` : nothing}
              ${o.internalRdds.length > 0 ? html`<p>${msg(html`Creates ${o.internalRdds.map((r, i) => html`${i > 0 ? ' → ' : ''}<code>${r}</code>`)}`)}</p>` : nothing}
              <p class="family">${msg(html`models <code>${o.sparkMethod}</code>`)}</p>
              ${o.example !== undefined ? html`<button type="button" @click=${() => emit(this, 'sc-open-example', { name: o.name })}>${msg('Open example')}</button>` : nothing}
            </article>`,
        )}
      </div>`;
  }
}
