/**
 * "Copy link": the address of what is on screen. The shell keeps the address bar's fragment in
 * step with the state (pipeline, job, page, language, presentation), so the link is `location.href`.
 * The clipboard API needs a secure context; elsewhere a hidden text field and `copy` do it.
 * Beside it in the header, the button of presentation mode (../presentation/presentation.ts).
 */
import { msg } from '@lit/localize';
import { html } from 'lit';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no permission, not focused): try the older way below.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  Object.assign(field.style, { position: 'fixed', opacity: '0', left: '0', top: '0' });
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/** The header's "Copy link" and "Present" buttons. */
export function renderShareButtons(presenting: boolean, copyLink: () => void, togglePresent: () => void) {
  return html`<button
      type="button"
      data-copy-link
      aria-label=${msg('Copy link')}
      title=${msg('Copy a link to what is on screen: pipeline, job, page, language and presentation mode')}
      @click=${copyLink}
    >
      ${msg('Link')}
    </button>
    <button
      type="button"
      data-present
      aria-pressed=${presenting}
      title=${msg('Presentation mode: full screen, large type, high contrast, pointer highlight (P)')}
      @click=${togglePresent}
    >
      ${msg('Present')}
    </button>`;
}
