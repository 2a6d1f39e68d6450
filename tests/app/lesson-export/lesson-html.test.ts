import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonHtml } from '../../../src/app/lesson-export/lesson-html.ts';
import { loadWalkthrough, type PreparedWalkthrough } from '../../../src/model/index.ts';

const FILE = join(import.meta.dirname, '../../../fixtures/walkthroughs/08-task-failures.json');

function load(value: unknown): PreparedWalkthrough {
  const r = loadWalkthrough(value);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.value;
}

const escaped = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('lessonHtml', () => {
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  const lesson = load(json);

  it('is one standalone document in the chosen language: no script, no external resource', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = lessonHtml(lesson, lang);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link|<iframe|<img|src=|href=|url\(http/i);
      for (const step of lesson.lesson.steps) expect(html).toContain(escaped(step.narration[lang]));
    }
  });

  it('hides every answer and explanation in a <details> after the choices', () => {
    const html = lessonHtml(lesson, 'en');
    const questions = lesson.lesson.steps.filter((s) => s.question);
    expect(html.match(/<details>/g)).toHaveLength(questions.length);
    for (const s of questions) {
      const q = s.question!;
      const details = html.indexOf('<details>', html.indexOf(escaped(q.prompt.en)));
      expect(html.indexOf(escaped(q.explanation.en))).toBeGreaterThan(details);
    }
  });

  it('draws the lineage as an SVG with one box per RDD and the shuffle dashed', () => {
    const html = lessonHtml(lesson, 'en');
    expect(html.match(/<g data-rdd-id=/g)).toHaveLength(lesson.plan.rdds.length);
    expect(html.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(html).toContain('ShuffledRDD [4]');
  });

  it('escapes lesson text everywhere, so a hostile lesson file injects no markup', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const text = { en: evil, 'zh-CN': evil };
    const steps = (json.steps as Record<string, unknown>[]).map((s) => ({
      ...s,
      narration: text,
      question: { prompt: text, choices: [text, text], answer: 1, explanation: text },
    }));
    const pipeline = { ...(json.pipeline as object), name: evil };
    const hostile = load({ ...json, title: text, summary: text, steps, pipeline });
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = lessonHtml(hostile, lang);
      expect(html).not.toMatch(/<script|<img|<[^>]*onerror/i);
      expect(html).toContain(escaped(evil));
    }
  });
});
