/**
 * Autosave in localStorage: the last pipeline that planned without problems, and the code text
 * the user was writing. An invalid edit is never saved, so it cannot destroy the last good work.
 * Stored values are untrusted on the way back in and pass `parsePipeline` like any file.
 * Beside it, under its own key, the interface language the user chose last.
 */
import { parseLang, type Lang } from './i18n/locale.ts';
import type { Language } from './model-api.ts';

const KEY = 'stagecraft.autosave.v1';
const LANG_KEY = 'stagecraft.lang.v1';

export interface Saved {
  readonly pipeline: unknown;
  readonly code?: string;
  readonly language?: Language;
}

export function loadSaved(storage: Storage | undefined = safeStorage()): Saved | null {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return null;
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || !('pipeline' in value)) return null;
    const saved = value as { pipeline: unknown; code?: unknown; language?: unknown };
    return {
      pipeline: saved.pipeline,
      ...(typeof saved.code === 'string' ? { code: saved.code } : {}),
      ...(saved.language === 'scala' || saved.language === 'python' ? { language: saved.language } : {}),
    };
  } catch {
    return null;
  }
}

export function save(saved: Saved, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(saved));
  } catch {
    // A full or disabled storage only loses the autosave; the address bar still holds the state.
  }
}

/** The remembered interface language, or null at a first visit (or for a value it does not know). */
export function loadLang(storage: Storage | undefined = safeStorage()): Lang | null {
  try {
    return parseLang(storage?.getItem(LANG_KEY));
  } catch {
    return null;
  }
}

export function saveLang(lang: Lang, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered; the address bar's lang= still carries it.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
