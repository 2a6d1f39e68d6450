/**
 * The address bar's fragment, read like a query string: `#p=<lz-string>&job=2`. `p` is
 * `LZString.compressToEncodedURIComponent(JSON.stringify(pipeline))`; `example=NAME` opens a
 * fixture; `view=` names the page, `lang=` the interface language, `present=1` presentation mode.
 * Keys this version does not know are kept and written back in their place, so links made by
 * later features survive a round trip, and links made before a key existed still open.
 *
 * Values are split by hand, not with URLSearchParams, because lz-string's URI alphabet uses `+`,
 * which URLSearchParams would turn into a space.
 */
import { msg, str } from '@lit/localize';
import LZString from 'lz-string';

export type Fragment = ReadonlyArray<readonly [string, string]>;

export function parseFragment(hash: string): Fragment {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return [];
  return text.split('&').flatMap((part): [string, string][] => {
    if (part === '') return [];
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    try {
      return [[decodeURIComponent(key), decodeURIComponent(raw)]];
    } catch {
      return [[key, raw]];
    }
  });
}

/** Keys whose values keep `:`, `,`, `@`, `*` and `/` readable (legal in a fragment; see ./run/what-if-link.ts). */
const READABLE = new Set(['cl', 'f']);

export function formatFragment(fragment: Fragment): string {
  const parts = fragment.map(([k, v]) =>
    k === 'p'
      ? `p=${v}`
      : READABLE.has(k)
        ? `${k}=${encodeURIComponent(v).replace(/%(2C|3A|40|2F)/g, (e) => decodeURIComponent(e))}`
        : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
  );
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

export function getKey(fragment: Fragment, key: string): string | undefined {
  return fragment.find(([k]) => k === key)?.[1];
}

/** Sets (or, with undefined, removes) one key, keeping the others and their order. */
export function setKey(fragment: Fragment, key: string, value: string | undefined): Fragment {
  const has = fragment.some(([k]) => k === key);
  if (value === undefined) return fragment.filter(([k]) => k !== key);
  return has ? fragment.map(([k, v]) => (k === key ? [k, value] : [k, v])) : [...fragment, [key, value]];
}

/** What the app writes into the address bar after every change. */
export interface SharedState {
  readonly pipeline: unknown;
  /** The selected job; left out when it is the first job (the default). */
  readonly job: number | null;
  readonly firstJob: number | null;
  /** The page's `view=` value; undefined for the workspace. */
  readonly view: string | undefined;
  readonly lang: string;
  readonly present: boolean;
}

/** The fragment for `state`: `example=` gives way to `p=`, other keys stay in their place. */
export function stateFragment(fragment: Fragment, state: SharedState): Fragment {
  let next = setKey(fragment, 'example', undefined);
  next = setKey(next, 'p', encodePipeline(state.pipeline));
  next = setKey(
    next,
    'job',
    state.job !== null && state.job !== state.firstJob ? String(state.job) : undefined,
  );
  next = setKey(next, 'view', state.view);
  next = setKey(next, 'lang', state.lang);
  return setKey(next, 'present', state.present ? '1' : undefined);
}

export function encodePipeline(pipeline: unknown): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(pipeline));
}

/** The JSON value a `p=` value holds, or a message saying why it cannot be read. */
export function decodePipeline(value: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const json = LZString.decompressFromEncodedURIComponent(value);
  if (json === null || json === '')
    return {
      ok: false,
      message: msg('the link’s p= value is not lz-string data (was the link cut short?)'),
    };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, message: msg(str`the link’s pipeline is not valid JSON: ${message}`) };
  }
}

/**
 * `lf=`: a lesson file a teacher opened on the run page (./run/lesson-file.ts), its JSON value
 * compressed like `p=`, so the link carries the whole lesson.
 */
export function encodeLessonFile(lesson: unknown): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(lesson));
}

/** The JSON value an `lf=` value holds, or a message saying why it cannot be read. */
export function decodeLessonFile(
  value: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const json = LZString.decompressFromEncodedURIComponent(value);
  if (json === null || json === '')
    return {
      ok: false,
      message: msg('the link’s lf= value is not lz-string data (was the link cut short?)'),
    };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, message: msg(str`the link’s lesson is not valid JSON: ${message}`) };
  }
}
