/**
 * A teacher's own lesson file on the run page (README "Walk-throughs"): opened from the lesson
 * panel's "Open lesson file…" button, or from a link whose `lf=` key holds the lesson's JSON
 * (lz-string, like `p=`). A file that loads plays as a bundled lesson does: it is registered
 * under a key of its own (`file:1`, …) that ./lesson-mode.ts `loadLesson` answers, and the link
 * then writes `lf=` in place of `lesson=`. A file that does not load leaves the page as it was
 * and the panel names the file and its first problems, with their paths.
 *
 * Contract: nothing of the file reaches the page as HTML: its title and problems are lit text
 * bindings. A lesson is simulated on the main thread, so a file over `APP_LESSON_LIMITS` (a plan
 * of more than `MAX_LESSON_TASKS` tasks, too many steps, faults, RDDs or partitions) is refused
 * before it is planned or simulated.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import {
  MAX_FILE_BYTES,
  APP_LESSON_LIMITS,
  type NarrationLang,
  type PreparedWalkthrough,
  type Problem,
  loadWalkthrough,
} from '../../model/index.ts';
import { decodeLessonFile, encodeLessonFile, getKey, parseFragment } from '../url-state.ts';

/** How many of a file's problems the panel lists (the rest are counted). */
const SHOWN_PROBLEMS = 5;

interface FileLesson {
  readonly lesson: PreparedWalkthrough;
  /** The `lf=` value: the lesson's JSON, compressed. */
  readonly link: string;
}

const byKey = new Map<string, FileLesson>();
const keyOf = new WeakMap<PreparedWalkthrough, string>();
let opened = 0;

/** Whether a lesson key names an opened lesson file rather than a bundled lesson. */
export function isFileLessonKey(key: string): boolean {
  return key.startsWith('file:');
}

/** An opened lesson file by its key, or null. */
export function fileLesson(key: string): PreparedWalkthrough | null {
  return byKey.get(key)?.lesson ?? null;
}

/** The `lf=` value of an opened lesson file, or undefined for any other key. */
export function fileLessonLink(key: string): string | undefined {
  return byKey.get(key)?.link;
}

/** The key a lesson is opened by: its file key, or the bundled lesson's id. */
export function lessonKey(lesson: PreparedWalkthrough): string {
  return keyOf.get(lesson) ?? lesson.lesson.id;
}

type Loaded =
  { readonly ok: true; readonly key: string } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads, checks and prepares a lesson's JSON value, registering it when it loads. */
function load(value: unknown, lang: NarrationLang): Loaded {
  const r = loadWalkthrough(value, { lang, ...APP_LESSON_LIMITS });
  if (!r.ok) return { ok: false, problems: r.problems };
  const key = `file:${++opened}`;
  byKey.set(key, { lesson: r.value, link: encodeLessonFile(value) });
  keyOf.set(r.value, key);
  return { ok: true, key };
}

/** A lesson file that could not be opened: where it came from and why, in the language shown. */
interface Refusal {
  /** The file's name, or null for a link's `lf=`. */
  readonly name: string | null;
  /** Writes the problems in a language (a file's own problems come from the model, once per language). */
  readonly tell: (lang: NarrationLang) => readonly Problem[];
}

/** The problems of a value that does not load, written again only when the language changes. */
function refusedValue(value: unknown, lang: NarrationLang, first: readonly Problem[]) {
  const told = new Map<NarrationLang, readonly Problem[]>([[lang, first]]);
  return (now: NarrationLang): readonly Problem[] => {
    let problems = told.get(now);
    if (!problems) {
      const again = load(value, now);
      problems = again.ok ? [] : again.problems;
      told.set(now, problems);
    }
    return problems;
  };
}

/** The run page, as the lesson files see it. */
export interface LessonHost extends ReactiveControllerHost {
  openLesson(key: string, step?: number): void;
}

/**
 * The lesson panel's lesson files, held by the run page: the last file opened (for the picker) and
 * the last file or link that could not be opened.
 */
export class LessonFiles {
  /** The key of the last lesson file opened, kept while another lesson plays. */
  lastKey: string | null = null;
  refusal: Refusal | null = null;

  /** `host` opens a lesson by its key at a step (the run page's `openLesson`). */
  constructor(private readonly host: LessonHost) {}

  /** The interface language, as the run page reads it for the narration. */
  private lang(): NarrationLang {
    return document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }

  /** Reads a chosen file and opens it at its first step, or shows why it cannot be opened. */
  async openFile(file: File): Promise<void> {
    const name = file.name;
    if (file.size > MAX_FILE_BYTES) {
      const { size } = file;
      return this.refuse(name, () => [
        {
          path: '',
          message: msg(str`the file has ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes`),
        },
      ]);
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return this.refuse(name, () => [{ path: '', message: msg(str`the file cannot be read: ${why}`) }]);
    }
    let value: unknown = text;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      // Left as text: the model names the line and column of the JSON error.
    }
    const lang = this.lang();
    const r = load(value, lang);
    if (!r.ok) return this.refuse(name, refusedValue(value, lang, r.problems));
    this.opened(r.key, 0);
  }

  /**
   * A link's `lf=` lesson: its key and step (counting from 0) when it loads; null when the link
   * has none, or when it cannot be opened (the panel then says why, and the page plays freely).
   */
  readLink(hash: string): { readonly id: string; readonly step: number } | null {
    const fragment = parseFragment(hash);
    const value = getKey(fragment, 'lf');
    if (value === undefined) return null;
    const decoded = decodeLessonFile(value);
    if (!decoded.ok) {
      const { message } = decoded;
      this.refuse(null, () => [{ path: '', message }]);
      return null;
    }
    const lang = this.lang();
    const r = load(decoded.value, lang);
    if (!r.ok) {
      this.refuse(null, refusedValue(decoded.value, lang, r.problems));
      return null;
    }
    const step = Number(getKey(fragment, 'step') ?? '1');
    this.lastKey = r.key;
    this.refusal = null;
    return { id: r.key, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
  }

  private opened(key: string, step: number): void {
    this.lastKey = key;
    this.refusal = null;
    this.host.openLesson(key, step);
    this.host.requestUpdate();
  }

  private refuse(name: string | null, tell: Refusal['tell']): void {
    this.refusal = { name, tell };
    this.host.requestUpdate();
  }

  /** The picker's option for the last file opened (selected while it plays). */
  renderOption(current: string) {
    const lesson = this.lastKey === null ? null : fileLesson(this.lastKey);
    if (this.lastKey === null || !lesson) return nothing;
    const title = lesson.lesson.title[this.lang()];
    return html`<option value=${this.lastKey} ?selected=${current === this.lastKey} data-file-lesson>
      ${msg(str`Your lesson: ${title}`)}
    </option>`;
  }

  /** The "Open lesson file…" button and, after a refusal, what was wrong. */
  renderOpen() {
    const refusal = this.refusal;
    const problems = refusal ? refusal.tell(this.lang()) : [];
    return html`<div class="lesson-file">
      <input
        type="file"
        accept=".json,application/json"
        hidden
        data-lesson-file
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void this.openFile(file);
        }}
      />
      <button
        type="button"
        data-open-lesson-file
        title=${msg('Play a lesson you wrote (a walk-through JSON file)')}
        @click=${(e: Event) =>
          (e.currentTarget as HTMLElement).parentElement
            ?.querySelector<HTMLInputElement>('input[data-lesson-file]')
            ?.click()}
      >
        ${msg('Open lesson file…')}
      </button>
      ${
        refusal
          ? html`<div
              class="lesson-file-problem"
              role="alert"
              data-lesson-file-problem
              style="color: var(--sc-error); font-size: 13px; overflow-wrap: anywhere"
            >
              <p style="margin: 8px 0 4px">
                ${
                  refusal.name === null
                    ? msg('The lesson in this link cannot be opened:')
                    : msg(str`${refusal.name} cannot be opened as a lesson:`)
                }
              </p>
              <ul style="margin: 0 0 4px; padding-left: 18px">
                ${problems
                  .slice(0, SHOWN_PROBLEMS)
                  .map(
                    (p) => html`<li>${p.path === '' ? '' : html`<code>${p.path}</code>: `}${p.message}</li>`,
                  )}
              </ul>
              ${
                problems.length > SHOWN_PROBLEMS
                  ? html`<p>${msg(str`… and ${problems.length - SHOWN_PROBLEMS} more.`)}</p>`
                  : nothing
              }
              <button type="button" data-dismiss @click=${() => this.dismiss()}>${msg('Dismiss')}</button>
            </div>`
          : nothing
      }
    </div>`;
  }

  private dismiss(): void {
    this.refusal = null;
    this.host.requestUpdate();
  }
}
