// The browser entry point: registers the components, builds the model API from src/model and
// starts the shell on the link, the autosave or the default example.
import './theme.css';
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
import type { ModelApi } from './model-api.ts';

defineElements();
if (!customElements.get('stagecraft-app')) customElements.define('stagecraft-app', StagecraftApp);

const operators = operatorNotes(OPERATOR_CATALOGUE, 'en');
const byName = new Map(operators.map((o) => [o.name, o]));

const model: ModelApi = {
  parsePipeline,
  planPipeline,
  toPlanOutput,
  describeReason: (reason) => describeReason(reason, 'en'),
  parseCode: (source, language) => parseSparkCode(source, language),
  generateCode: (pipeline, language) => generateSparkCode(pipeline, language),
  operators,
  lookupOperator: (name) => byName.get(name),
};

const app = document.querySelector('stagecraft-app');
if (app instanceof StagecraftApp) app.start(model);
