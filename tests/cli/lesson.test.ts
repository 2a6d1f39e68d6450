import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/stagecraft.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LESSON = join(ROOT, 'fixtures', 'walkthroughs', '01-word-count.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out,
    err,
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'stagecraft-lesson-'));

describe('stagecraft lesson', () => {
  it('checks a lesson and prints its steps’ playback positions (exit 0)', async () => {
    const { io, out, err } = capture();
    expect(await main(['lesson', LESSON], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toMatch(/01-word-count, 6 steps, every id and anchor checked; positions 0, 0, \d+/);
  });

  it('writes the lesson as standalone HTML in the chosen language (exit 0)', async () => {
    const target = join(tempDir(), 'lesson.html');
    const { io, out } = capture();
    expect(await main(['lesson', LESSON, '--html', target, '--lang', 'zh-CN'], io)).toBe(0);
    expect(out.join('')).toContain(`wrote ${target}`);
    const html = readFileSync(target, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('词频统计');
    expect(html).not.toMatch(/<script/i);
  });

  it('exits 1 with each problem at its path', async () => {
    const lesson = JSON.parse(readFileSync(LESSON, 'utf8')) as { steps: { show: { stages?: number[] } }[] };
    lesson.steps[2]!.show.stages = [7];
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(lesson));
    const { io, err } = capture();
    expect(await main(['lesson', file, '--html', join(tempDir(), 'x.html')], io)).toBe(1);
    expect(err).toEqual([`${file}: steps[2].show.stages[0]: stage 7 does not exist in the plan\n`]);
  });

  it('exits 1 for a file it cannot read', async () => {
    const { io, err } = capture();
    expect(await main(['lesson', join(tempDir(), 'missing.json')], io)).toBe(1);
    expect(err.join('')).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it('exits 2 on bad arguments', async () => {
    for (const args of [[], [LESSON, '--lang', 'fr'], [LESSON, '--html'], [LESSON, '--colour']]) {
      const { io, err } = capture();
      expect(await main(['lesson', ...args], io)).toBe(2);
      expect(err.join('')).toContain('usage: stagecraft lesson FILE [--html OUT] [--lang en|zh-CN]');
    }
  });
});
