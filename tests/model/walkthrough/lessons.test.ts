/**
 * Every lesson of fixtures/walkthroughs loads, is written in both languages, and runs on a pipeline
 * that is also a fixture of fixtures/pipelines (so real Spark checks its plan: the golden plans and
 * the conformance run). The facts each lesson states are checked in lesson-facts-*.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline, type LessonText } from '../../../src/model/index.ts';
import { PIPELINES, lesson, lessonFiles } from './lesson-support.ts';

const HAN = /[\u4e00-\u9fff]/;

/** The lesson's sentences (titles, narration, prompts, explanations) and its answer choices. */
function texts(id: string): { sentences: LessonText[]; choices: LessonText[] } {
  const l = lesson(id).lesson;
  const sentences: LessonText[] = [l.title, l.summary];
  const choices: LessonText[] = [];
  for (const s of l.steps) {
    sentences.push(s.narration);
    if (s.question) {
      sentences.push(s.question.prompt, s.question.explanation);
      choices.push(...s.question.choices);
    }
  }
  return { sentences, choices };
}

describe('lessons', () => {
  it('are the 14 lessons of issue 8, in order', () => {
    expect(lessonFiles()).toHaveLength(14);
    expect(lessonFiles().map((f) => f.slice(0, 2))).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  for (const file of lessonFiles()) {
    const id = file.replace(/\.json$/, '');
    describe(id, () => {
      it('loads: every highlighted id exists and every anchor resolves', () => {
        const p = lesson(id);
        expect(p.lesson.id).toBe(id);
        expect(p.steps.length).toBeGreaterThanOrEqual(4);
        expect(p.steps.some((s) => s.step.question)).toBe(true);
      });

      it('runs on the pipeline of its conformance fixture', () => {
        const fixture = parsePipeline(readFileSync(join(PIPELINES, `lesson-${id}.json`), 'utf8'));
        expect(fixture.ok).toBe(true);
        if (fixture.ok) expect(lesson(id).lesson.pipeline).toEqual(fixture.value);
      });

      it('says everything in English and in Simplified Chinese', () => {
        const { sentences, choices } = texts(id);
        for (const t of [...sentences, ...choices]) {
          expect(t.en.trim()).not.toBe('');
          expect(t['zh-CN'].trim()).not.toBe('');
          expect(t.en).not.toMatch(HAN);
        }
        // Choices may be numbers or class names; every sentence is translated.
        for (const t of sentences) expect(t['zh-CN']).toMatch(HAN);
      });

      it('moves playback forward from step to step, ending at the end of the run', () => {
        const p = lesson(id);
        const positions = p.steps.map((s) => s.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(positions.at(-1)).toBe(p.trace.events.length);
      });
    });
  }
});
