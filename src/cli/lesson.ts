/**
 * `stagecraft lesson FILE [--html OUT] [--lang en|zh-CN]`: checks a walk-through file (README
 * "Walk-throughs") against its plan and simulated run and prints each step's playback position;
 * with `--html`, writes the lesson as one standalone HTML file for offline use (lessonHtml). A bad
 * file exits 1 with one line per problem (`FILE: steps[3].show.stages[0]: stage 7 does not exist
 * in the plan`); bad arguments exit 2.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { lessonHtml } from '../app/lesson-export/lesson-html.ts';
import {
  DEFAULT_LIMITS,
  limitMessage,
  parseWalkthrough,
  planLimitProblem,
  planPipeline,
  prepareWalkthrough,
  type LessonLang,
} from '../model/index.ts';
import type { Command, CommandIo } from './command.ts';
import { UsageError } from './command.ts';

interface LessonArgs {
  readonly file: string;
  readonly html: string | null;
  readonly lang: LessonLang;
}

function parseArgs(args: readonly string[]): LessonArgs {
  let file: string | undefined;
  let html: string | null = null;
  let lang: LessonLang = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--html') html = value();
    else if (flag === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'zh-CN') throw new UsageError(`--lang must be en or zh-CN, got "${v}"`);
      lang = v;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`only one FILE, got "${file}" and "${arg}"`);
  }
  if (file === undefined) throw new UsageError('missing FILE');
  return { file, html, lang };
}

async function readText(file: string, io: CommandIo): Promise<string | null> {
  const limits = io.limits ?? DEFAULT_LIMITS;
  try {
    const { size } = await stat(file);
    if (size > limits.maxFileBytes) {
      io.stderr(`${file}: ${limitMessage('maxFileBytes', 'has', size, limits)}\n`);
      return null;
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr(`${file}: cannot read the file${code ? ` (${code})` : ''}\n`);
    return null;
  }
}

export const lessonCommand: Command = {
  name: 'lesson',
  usage: 'lesson FILE [--html OUT] [--lang en|zh-CN]',
  run: async (args, io) => {
    const { file, html, lang } = parseArgs(args);
    const text = await readText(file, io);
    if (text === null) return 1;
    const report = (problems: readonly { path: string; message: string }[]): number => {
      for (const p of problems) io.stderr(`${file}: ${p.path === '' ? '' : `${p.path}: `}${p.message}\n`);
      return 1;
    };
    const parsed = parseWalkthrough(text);
    if (!parsed.ok) return report(parsed.problems);
    const tooBig = planLimitProblem(planPipeline(parsed.value.pipeline), io.limits ?? DEFAULT_LIMITS);
    if (tooBig !== null) return report([{ path: 'pipeline', message: tooBig }]);
    const prepared = prepareWalkthrough(parsed.value);
    if (!prepared.ok) return report(prepared.problems);
    const lesson = prepared.value;
    if (html === null) {
      const positions = lesson.steps.map((s) => s.position).join(', ');
      io.stdout(
        `${file}: ${lesson.lesson.id}, ${lesson.steps.length} steps, every id and anchor checked; ` +
          `positions ${positions} of ${lesson.trace.events.length} events\n`,
      );
      return 0;
    }
    try {
      await writeFile(html, lessonHtml(lesson, lang));
    } catch (error) {
      const code = (error as { code?: string }).code;
      io.stderr(`${html}: cannot write the file${code ? ` (${code})` : ''}\n`);
      return 1;
    }
    io.stdout(`wrote ${html} (${lesson.lesson.id}, ${lang}, ${lesson.steps.length} steps)\n`);
    return 0;
  },
};
