/**
 * The header's language switch: each language named in itself (English, 简体中文), so a user
 * who cannot read the current one still finds theirs. Switching keeps all state: the shell only
 * swaps the messages and the model's texts (see ./localization.ts).
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { LANG_NAMES, LANGS, type Lang } from './locale.ts';

export function renderLanguageSwitch(lang: Lang, choose: (lang: Lang) => void) {
  return html`<select
    data-lang-switch
    style="max-width: 7.6em"
    aria-label=${msg('Interface language')}
    title=${msg('Interface language')}
    @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as Lang)}
  >
    ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANG_NAMES[l]}</option>`)}
  </select>`;
}
