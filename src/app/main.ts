// The browser entry point: registers the components, builds the model API from src/model (one per
// interface language: the reasons, the code diagnostics and the operator catalogue have English and
// Chinese texts), switches the interface to the chosen language and starts the shell on the link,
// the autosave or the default example.
import './theme.css';
import './presentation/present.css';
import {
  OPERATOR_CATALOGUE,
  describeReason,
  generateSparkCode,
  parsePipeline,
  parseSparkCode,
  planPipeline,
  toPlanOutput,
} from '../model/index.ts';
import { defineElements } from '../view/index.ts';
import { StagecraftApp } from './app-shell.ts';
import { operatorNotes } from './catalogue-notes.ts';
import { chooseLang, type Lang } from './i18n/locale.ts';
import { useLang } from './i18n/localization.ts';
import type { ModelApi } from './model-api.ts';
import { loadLang } from './persistence.ts';
import { getKey, parseFragment } from './url-state.ts';

defineElements();
if (!customElements.get('stagecraft-app')) customElements.define('stagecraft-app', StagecraftApp);

const models = new Map<Lang, ModelApi>();

/** The model API whose texts are in `lang`; built once per language. */
function modelIn(lang: Lang): ModelApi {
  const known = models.get(lang);
  if (known) return known;
  const operators = operatorNotes(OPERATOR_CATALOGUE, lang);
  const byName = new Map(operators.map((o) => [o.name, o]));
  const model: ModelApi = {
    parsePipeline: (input) => parsePipeline(input, undefined, lang),
    planPipeline,
    toPlanOutput,
    describeReason: (reason) => describeReason(reason, lang),
    parseCode: (source, language) => parseSparkCode(source, language, lang),
    generateCode: (pipeline, language) => generateSparkCode(pipeline, language),
    operators,
    lookupOperator: (name) => byName.get(name),
  };
  models.set(lang, model);
  return model;
}

async function main(): Promise<void> {
  const lang = chooseLang({
    link: getKey(parseFragment(location.hash), 'lang'),
    stored: loadLang(),
    browser: navigator.languages,
  });
  // The messages load before the first render, so the page never flashes English first.
  const shown = await useLang(lang).then(
    () => lang,
    () => 'en' as const,
  );
  const app = document.querySelector('stagecraft-app');
  if (app instanceof StagecraftApp) app.start(modelIn, shown);
}

void main();
