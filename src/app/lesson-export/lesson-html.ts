/**
 * `lessonHtml(lesson, lang)`: a walk-through as one standalone HTML file a teacher can open
 * offline or print: the title and summary, the run's setup, a static SVG of the lineage, and every
 * step's narration with its question, the answer and explanation folded in a <details> element.
 *
 * Contract: the file loads nothing and runs nothing (no script, no external resource); every text
 * from the lesson is escaped, so a lesson file can never inject markup. The document's own words
 * come from LABELS (English or Simplified Chinese), not from the interface catalogs, so the
 * command line produces the same file as the app.
 */
import type { LessonLang, LessonText, PreparedWalkthrough } from '../../model/index.ts';
import { escapeText } from './escape.ts';
import { lineageSvg } from './lineage-svg.ts';

interface Labels {
  readonly step: (n: number, of: number) => string;
  readonly views: Readonly<Record<string, string>>;
  readonly setup: string;
  readonly cluster: (executors: string, mode: string) => string;
  readonly faults: string;
  readonly lineage: string;
  readonly legend: string;
  readonly question: string;
  readonly answer: string;
  readonly made: string;
  /** Punctuation: the colon after a label and the end of a sentence. */
  readonly colon: string;
  readonly stop: string;
}

const LABELS: Readonly<Record<LessonLang, Labels>> = {
  en: {
    step: (n, of) => `Step ${n} of ${of}`,
    views: {
      lineage: 'Lineage',
      stages: 'Stages',
      flow: 'Scheduler flow',
      timeline: 'Timeline',
      code: 'Code',
    },
    setup: 'Setup',
    cluster: (executors, mode) => `Cluster: ${executors}, deploy mode ${mode}.`,
    faults: 'Injected faults',
    lineage: 'The lineage (RDDs and their dependencies)',
    legend: 'Grey arrows are narrow dependencies; dashed red arrows are shuffles.',
    question: 'Question',
    answer: 'Answer',
    made: 'Made with Stagecraft from the lesson file',
    colon: ': ',
    stop: '. ',
  },
  'zh-CN': {
    step: (n, of) => `第 ${n} 步，共 ${of} 步`,
    views: { lineage: '血缘图', stages: '阶段', flow: '调度流程', timeline: '时间线', code: '代码' },
    setup: '运行环境',
    cluster: (executors, mode) => `集群：${executors}，部署模式 ${mode}。`,
    faults: '注入的故障',
    lineage: '血缘图（RDD 及其依赖）',
    legend: '灰色箭头表示窄依赖；红色虚线箭头表示 Shuffle（宽依赖）。',
    question: '问题',
    answer: '答案',
    made: '由 Stagecraft 根据课程文件生成',
    colon: '：',
    stop: '。',
  },
};

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;color:#1d232b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}.summary{color:#5b6573;margin-top:0}figure{margin:1rem 0;overflow-x:auto}
figcaption{color:#5b6573;font-size:.9rem}ol.steps>li{margin:0 0 1.2rem}.view{color:#5b6573;font-size:.85rem}
.q{border:1px solid #d6dbe3;border-radius:6px;padding:.5rem .8rem;margin-top:.5rem}details{margin-top:.4rem}
summary{cursor:pointer;font-weight:600}code{font-family:ui-monospace,monospace}`;

export function lessonHtml(prepared: PreparedWalkthrough, lang: LessonLang): string {
  const L = LABELS[lang];
  const t = (text: LessonText): string => escapeText(text[lang]);
  const { lesson, plan, trace } = prepared;
  const executors = trace.executors
    .filter((x) => x.totalCores > 0)
    .map((x) => `${x.executorId} (${x.totalCores})`)
    .join(', ');
  const mode = lesson.cluster.deployMode ?? 'standalone';
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t(lesson.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${t(lesson.title)}</h1>`,
    `<p class="summary">${t(lesson.summary)}</p>`,
    `<h2>${escapeText(L.setup)}</h2>`,
    `<p>${escapeText(L.cluster(executors, mode))}</p>`,
  ];
  if (lesson.faultSpecs.length > 0)
    out.push(
      `<p>${escapeText(L.faults + L.colon)}${lesson.faultSpecs.map((f) => `<code>${escapeText(f)}</code>`).join(', ')}</p>`,
    );
  out.push(
    `<figure>${lineageSvg(plan, L.lineage)}<figcaption>${escapeText(L.lineage + L.stop + L.legend)}</figcaption></figure>`,
    '<ol class="steps">',
  );
  const n = lesson.steps.length;
  lesson.steps.forEach((step, i) => {
    out.push(
      '<li>',
      `<div class="view">${escapeText(L.step(i + 1, n))} · ${escapeText(L.views[step.show.view] ?? step.show.view)}</div>`,
      `<p>${t(step.narration)}</p>`,
    );
    const q = step.question;
    if (q) {
      const right = q.choices[q.answer];
      out.push(
        `<div class="q"><strong>${escapeText(L.question + L.colon)}</strong>${t(q.prompt)}`,
        `<ol type="A">${q.choices.map((c) => `<li>${t(c)}</li>`).join('')}</ol>`,
        `<details><summary>${escapeText(L.answer)}</summary><p><strong>${String.fromCharCode(65 + q.answer)}. ${right ? t(right) : ''}</strong></p><p>${t(q.explanation)}</p></details>`,
        '</div>',
      );
    }
    out.push('</li>');
  });
  out.push(
    '</ol>',
    `<p class="summary">${escapeText(L.made)} <code>${escapeText(lesson.id)}</code>.</p>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}
