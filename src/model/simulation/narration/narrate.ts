/**
 * `narrate(event, lang)`: one or two sentences about a trace event, naming the Spark class and
 * method that acts, in English or Simplified Chinese. Made from the event's ids and numbers by the
 * templates of ./en.ts and ./zh-cn.ts, so traces store no prose.
 */
import type { ListenerEvent } from '../../trace/listener-events.ts';
import type { TraceEvent } from '../../trace/trace.ts';
import { EN_LISTENER, EN_STEPS } from './en.ts';
import { type Lang, type ListenerTemplates, type StepTemplates, values } from './templates.ts';
import { ZH_LISTENER, ZH_STEPS } from './zh-cn.ts';

const STEPS: Readonly<Record<Lang, StepTemplates>> = { en: EN_STEPS, 'zh-CN': ZH_STEPS };
const LISTENER: Readonly<Record<Lang, ListenerTemplates>> = { en: EN_LISTENER, 'zh-CN': ZH_LISTENER };

const EVENT_CLASS: Readonly<Record<ListenerEvent['kind'], string>> = {
  logStart: 'SparkListenerLogStart',
  applicationStart: 'SparkListenerApplicationStart',
  applicationEnd: 'SparkListenerApplicationEnd',
  environmentUpdate: 'SparkListenerEnvironmentUpdate',
  executorAdded: 'SparkListenerExecutorAdded',
  executorRemoved: 'SparkListenerExecutorRemoved',
  blockManagerAdded: 'SparkListenerBlockManagerAdded',
  blockManagerRemoved: 'SparkListenerBlockManagerRemoved',
  jobStart: 'SparkListenerJobStart',
  jobEnd: 'SparkListenerJobEnd',
  stageSubmitted: 'SparkListenerStageSubmitted',
  stageCompleted: 'SparkListenerStageCompleted',
  taskStart: 'SparkListenerTaskStart',
  taskGettingResult: 'SparkListenerTaskGettingResult',
  taskEnd: 'SparkListenerTaskEnd',
  speculativeTaskSubmitted: 'SparkListenerSpeculativeTaskSubmitted',
  executorExcluded: 'SparkListenerExecutorExcluded',
  executorUnexcluded: 'SparkListenerExecutorUnexcluded',
  nodeExcluded: 'SparkListenerNodeExcluded',
  nodeUnexcluded: 'SparkListenerNodeUnexcluded',
  sqlExecutionStart: 'SparkListenerSQLExecutionStart',
  sqlExecutionEnd: 'SparkListenerSQLExecutionEnd',
};

export function narrate(event: TraceEvent, lang: Lang = 'en'): string {
  if (event.kind === 'step') return STEPS[lang][event.step](event, values(event));
  const template = LISTENER[lang][event.kind] as ((e: ListenerEvent) => string) | undefined;
  if (template) return template(event);
  return lang === 'en' ? `${EVENT_CLASS[event.kind]} is posted.` : `发布 ${EVENT_CLASS[event.kind]} 事件。`;
}

export type { Lang };
