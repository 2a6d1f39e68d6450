/**
 * The operator catalogue in the shape the views read (OperatorNote), in one language. The
 * catalogue is the single source: the palette's groups, the "can shuffle" marks, the inline
 * argument editors, the detail panel's reference entry and the reference page all come from it.
 */
import type { CatalogueEntry } from '../model/index.ts';
import type { OperatorNote } from '../view/index.ts';

export type Lang = 'en' | 'zh-CN';

export function operatorNote(entry: CatalogueEntry, lang: Lang = 'en'): OperatorNote {
  return {
    name: entry.name,
    kind: entry.kind,
    family: entry.family,
    parents: entry.parents,
    args: entry.args.map((a) => ({
      name: a.name,
      kind: a.kind,
      required: a.required,
      sparkDefault: a.sparkDefault,
    })),
    canShuffle: entry.canShuffle,
    shuffleWhen: entry.shuffleWhen?.[lang] ?? null,
    condition: entry.condition?.[lang] ?? null,
    explanation: entry.explanation[lang],
    sparkMethod: entry.sparkMethod,
    internalRdds: entry.rdds.map((r) => (r.when ? whenText(r.className, r.when[lang], lang) : r.className)),
    example: entry.example,
  };
}

/** `UnionRDD (in general)` / `UnionRDD（一般情况）`. */
function whenText(className: string, when: string, lang: Lang): string {
  return lang === 'zh-CN' ? `${className}（${when}）` : `${className} (${when})`;
}

export function operatorNotes(
  catalogue: readonly CatalogueEntry[],
  lang: Lang = 'en',
): readonly OperatorNote[] {
  return catalogue.filter((e) => e.kind !== 'persistence').map((e) => operatorNote(e, lang));
}
