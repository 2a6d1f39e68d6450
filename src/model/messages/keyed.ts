/**
 * Messages as data, written only when shown: a key and its parameters (`Keyed<P>`, over a table
 * `P` of each key's parameter type), one template per key and language (`Templates<P>`: a language
 * that lacks a template is a type error), and a formatter that writes a message in a language. The
 * code parser's diagnostics, a pipeline's problems, a walk-through's problems and the event-log
 * importer's messages are each such a table, in English and Simplified Chinese.
 */

export type MessageLang = 'en' | 'zh-CN';

export type Keyed<P> = { readonly [K in keyof P]: { readonly key: K; readonly params: P[K] } }[keyof P];

/** One template per key; `sub` writes a nested message of the same table in the same language. */
export type Templates<P> = {
  readonly [K in keyof P]: (p: P[K], sub: (m: Keyed<P>) => string) => string;
};

/** The table's constructor: `make('unknownRdd', { got })`, no parameters for a key whose are empty. */
export function keyed<P>() {
  return <K extends keyof P>(key: K, ...params: object extends P[K] ? [] : [P[K]]): Keyed<P> =>
    ({ key, params: params[0] ?? {} }) as unknown as Keyed<P>;
}

/** The table's formatter: a message in a language (English when none is given). */
export function keyedFormatter<P>(templates: Readonly<Record<MessageLang, Templates<P>>>) {
  const format = (m: Keyed<P>, lang: MessageLang = 'en'): string => {
    const template = templates[lang][m.key] as (p: unknown, sub: (n: Keyed<P>) => string) => string;
    return template(m.params, (n) => format(n, lang));
  };
  return format;
}
