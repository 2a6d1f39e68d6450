/**
 * What the app opens with: the link's `#p=` or `#example=`, else the autosave, else the default
 * example. A link that cannot be read falls back to the autosave (the previous work) and says why.
 */
import { msg, str } from '@lit/localize';
import type { ParseResult, Pipeline } from '../model/index.ts';
import { DEFAULT_EXAMPLE, EXAMPLES, findExample } from './examples.ts';
import type { ModelApi } from './model-api.ts';
import type { Saved } from './persistence.ts';
import { decodePipeline, getKey, type Fragment } from './url-state.ts';

export interface Startup {
  readonly pipeline: Pipeline;
  /** The saved code text, when the pipeline is the autosave's. */
  readonly saved: Saved | null;
  /**
   * Why the link was not opened, if it was not: written by the model of the language shown, so a
   * notice of it is written again after a language switch.
   */
  readonly problem: Tell | null;
}

/** A text written in the interface language now shown, the model's problems by `model`. */
export type Tell = (model: ModelApi) => string;

export function choosePipeline(model: ModelApi, fragment: Fragment, saved: Saved | null): Startup {
  let problem: Tell | null = null;
  const tryOpen = (input: unknown, what: () => string): Pipeline | null => {
    const parsed = model.parsePipeline(input);
    if (parsed.ok) return parsed.value;
    problem ??= (m) => msg(str`Could not open ${what()}: ${firstProblems(m.parsePipeline(input))}.`);
    return null;
  };
  const p = getKey(fragment, 'p');
  const example = getKey(fragment, 'example');
  let fromLink: Pipeline | null = null;
  if (p !== undefined) {
    const decoded = decodePipeline(p);
    if (decoded.ok) fromLink = tryOpen(decoded.value, () => msg('the pipeline in this link'));
    else
      problem = () => {
        const again = decodePipeline(p);
        return msg(str`Could not open this link: ${again.ok ? '' : again.message}.`);
      };
  } else if (example !== undefined) {
    const found = findExample(example);
    if (found) fromLink = tryOpen(found.json, () => msg(str`example “${example}”`));
    else problem = () => msg(str`There is no example named “${example}”.`);
  }
  if (fromLink) return { pipeline: fromLink, saved: null, problem: null };
  const fromSave = saved ? tryOpen(saved.pipeline, () => msg('the autosaved pipeline')) : null;
  const linkProblem: Tell | null = problem;
  if (fromSave)
    return {
      pipeline: fromSave,
      saved,
      problem: linkProblem && ((m) => msg(str`${linkProblem(m)} Your previous work is still here.`)),
    };
  const fallback = findExample(DEFAULT_EXAMPLE) ?? EXAMPLES[0];
  const parsed = fallback ? model.parsePipeline(fallback.json) : null;
  if (parsed?.ok) return { pipeline: parsed.value, saved: null, problem };
  return { pipeline: EMPTY_PIPELINE, saved: null, problem };
}

/** The first three problems of input that is not a pipeline, joined. */
function firstProblems(parsed: ParseResult<Pipeline>): string {
  return parsed.ok
    ? ''
    : parsed.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ');
}

export const EMPTY_PIPELINE: Pipeline = {
  version: 1,
  name: 'New pipeline',
  config: { defaultParallelism: 8 },
  rdds: [],
  persist: [],
  checkpoint: [],
  actions: [],
};
