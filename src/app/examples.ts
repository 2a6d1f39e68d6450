/**
 * The example pipelines: every fixtures/pipelines/*.json, bundled by Vite. They are files like any
 * other, so the app still passes them through `parsePipeline` when it opens one.
 */
import { EXAMPLE_TITLES_ZH } from './i18n/example-titles.ts';
import type { Lang } from './i18n/locale.ts';

const files = import.meta.glob<unknown>('../../fixtures/pipelines/*.json', {
  eager: true,
  import: 'default',
});

export interface Example {
  /** The file name without `.json`: what `#example=NAME` names. */
  readonly name: string;
  /** The pipeline's own `name`, or the file name. */
  readonly title: string;
  readonly json: unknown;
}

export const EXAMPLES: readonly Example[] = Object.entries(files)
  .map(([path, json]) => {
    const name = path.replace(/^.*\//, '').replace(/\.json$/, '');
    const title =
      typeof json === 'object' && json !== null && typeof (json as { name?: unknown }).name === 'string'
        ? (json as { name: string }).name
        : name;
    return { name, title, json };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

export const DEFAULT_EXAMPLE = 'word-count';

/** An example's title in the interface language: the file's own name in English, else its translation. */
export function exampleTitle(example: Example, lang: Lang): string {
  return lang === 'en' ? example.title : (EXAMPLE_TITLES_ZH[example.name] ?? example.title);
}

export function findExample(name: string): Example | undefined {
  return EXAMPLES.find((e) => e.name === name);
}
