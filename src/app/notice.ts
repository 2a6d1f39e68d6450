/**
 * The notice under the header: an error or a piece of information, in the interface language.
 * A notice made with `told` keeps how it was written, so after a language switch it is written
 * again in the new language (its interface words through msg(), the model's problems by the model
 * of that language), once per language; a notice with text only keeps that text.
 */
export interface Notice {
  readonly kind: 'error' | 'info';
  /** The text when it was made. */
  readonly text: string;
  /** Writes the text in the interface language now shown. */
  readonly retell?: () => string;
}

/**
 * A notice whose text `tell` writes in the language shown when it is called. `language` names that
 * language (the model in use, say): `tell` runs again only when it changes. `first`: the text in
 * the language shown now, when the caller has it already.
 */
export function told(
  kind: Notice['kind'],
  tell: () => string,
  language: () => unknown,
  first: string = tell(),
): Notice {
  let shownIn = language();
  let text = first;
  return {
    kind,
    text,
    retell: () => {
      const now = language();
      if (now !== shownIn) {
        shownIn = now;
        text = tell();
      }
      return text;
    },
  };
}

/** The notice's text in the language now shown. */
export function noticeText(notice: Notice): string {
  return notice.retell?.() ?? notice.text;
}
