// The word-count fixture simulated on the default cluster: a real trace for the run page's tests.
import { readFileSync } from 'node:fs';
import {
  type Pipeline,
  type Trace,
  parsePipeline,
  planPipeline,
  simulate,
} from '../../../src/model/index.ts';

export function fixturePipeline(name: string): Pipeline {
  const parsed = parsePipeline(readFileSync(`fixtures/pipelines/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}

export const wordCount = fixturePipeline('word-count');
export const wordCountPlan = planPipeline(wordCount);
export const wordCountTrace: Trace = simulate(wordCount);
