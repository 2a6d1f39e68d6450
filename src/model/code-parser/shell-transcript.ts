/**
 * Pass 0: a pasted shell session → its code. When the text holds `spark-shell` prompts
 * (`scala> ` and the `     | ` continuation prompt) or PySpark shell prompts (`>>> ` and
 * `... `), only the prompted lines are code: the prompts and the shell's replies
 * (`res0: Long = 42`, `[('a', 3)]`) are blanked with spaces. Every offset, line and column stays
 * where it was, so diagnostics and spans point into the text as pasted. Text without prompts is
 * returned unchanged.
 */
import type { CodeLanguage } from './types.ts';

const PROMPTS: Readonly<Record<CodeLanguage, { first: RegExp; line: RegExp }>> = {
  scala: { first: /^scala> ?/m, line: /^(\s*)(scala> ?|\|(?: |$))/ },
  python: { first: /^>>> ?/m, line: /^(\s*)(>>> ?|\.\.\.(?: |$))/ },
};

export function stripShellPrompts(source: string, language: CodeLanguage): string {
  const prompts = PROMPTS[language];
  if (!prompts.first.test(source)) return source;
  return source
    .split('\n')
    .map((line) => {
      const m = prompts.line.exec(line);
      if (m === null) return ' '.repeat(line.length);
      const prefix = (m[1] ?? '').length + (m[2] ?? '').length;
      return ' '.repeat(prefix) + line.slice(prefix);
    })
    .join('\n');
}
