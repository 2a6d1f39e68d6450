// The interface's catalogs are complete and up to date: every msg() in src/view and src/app (as
// @lit/localize's own extractor finds them, with lit-localize.json) has a Simplified Chinese
// target in xliff/zh-CN.xlf, the catalog holds no message the source no longer has, the
// placeholders agree, and the generated module the app loads (`npm run i18n:build`) has them all.
// Adding a string means: msg() in the code, `npm run i18n:extract`, translate, `npm run i18n:build`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config, RuntimeOutputConfig } from '@lit/localize-tools/lib/config.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import type { ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { templates } from '../../../src/app/i18n/generated/zh-CN.ts';

const root = resolve(import.meta.dirname, '../../..');
type RuntimeConfig = Config & { output: RuntimeOutputConfig };
const file = JSON.parse(readFileSync(resolve(root, 'lit-localize.json'), 'utf8')) as Omit<
  RuntimeConfig,
  'baseDir' | 'resolve'
>;
const config: RuntimeConfig = { ...file, baseDir: root, resolve: (path) => resolve(root, path) };
const ZH = 'zh-CN' as Locale;

let localizer: RuntimeLitLocalizer;
let source: ProgramMessage[];

/** A message's English text with placeholders as {…}, to name it in a failure. */
function text(message: ProgramMessage): string {
  const where = message.file.fileName.replace(`${root}/`, '');
  const words = message.contents.map((c) => (typeof c === 'string' ? c : '{…}')).join('');
  return `${message.name} (${where}): ${words}`;
}

beforeAll(() => {
  localizer = new RuntimeLitLocalizer(config);
  const extracted = localizer.extractSourceMessages();
  expect(extracted.errors.map((e) => String(e.messageText))).toEqual([]);
  source = extracted.messages;
}, 120_000);

describe('the zh-CN catalog', () => {
  it('translates every message of the source (run i18n:extract, translate, i18n:build)', () => {
    const translated = new Set(
      (localizer.readTranslationsSync().translations.get(ZH) ?? []).map((m) => m.name),
    );
    const untranslated = source.filter((m) => !translated.has(m.name)).map(text);
    expect(untranslated).toEqual([]);
    expect(source.length).toBeGreaterThan(100);
  });

  it('holds no message the source no longer has (run i18n:extract)', () => {
    const ids = new Set(source.map((m) => m.name));
    const xliff = readFileSync(resolve(root, 'xliff/zh-CN.xlf'), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!);
    expect(units.filter((id) => !ids.has(id))).toEqual([]);
    expect(units.filter((id, i) => units.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps every placeholder of the English in the translation', () => {
    expect(localizer.validateTranslations().errors).toEqual([]);
  });

  it('is built into the module the app loads (run i18n:build)', () => {
    const built = new Set(Object.keys(templates));
    expect(source.filter((m) => !built.has(m.name)).map(text)).toEqual([]);
    expect([...built].filter((id) => !source.some((m) => m.name === id))).toEqual([]);
  });
});
