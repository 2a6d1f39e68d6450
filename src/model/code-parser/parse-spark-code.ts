/**
 * `parseSparkCode`: Spark code as people write it in `spark-shell` (Scala) or PySpark → a
 * pipeline, diagnostics and source spans. The passes:
 *   0. stripShellPrompts a pasted shell session → its code (./shell-transcript.ts)
 *   1. tokenize        text → tokens (./tokenizer.ts)
 *   2. splitStatements tokens → statements, wrappers opened, loops kept (./statements.ts)
 *   3+4. evaluate      each statement parsed (./parse-statement.ts) and evaluated against the
 *                      names bound so far (./evaluate.ts, ./evaluate-call.ts, ./bind-args.ts)
 *   5. finish          ids assigned and the Pipeline assembled (./program.ts)
 * Never throws on any input; everything it cannot read is a located diagnostic, written in
 * `messages` (English unless asked for Simplified Chinese, ./messages/).
 */
import { Directives } from './directives.ts';
import { Evaluator, toDiagnostic } from './evaluate.ts';
import { ProgramBuilder } from './program.ts';
import type { MessageLang } from './messages/params.ts';
import { LineIndex } from './source-text.ts';
import { stripShellPrompts } from './shell-transcript.ts';
import { splitStatements } from './statements.ts';
import { CodeError } from './syntax.ts';
import { tokenize } from './tokenizer.ts';
import type { CodeDiagnostic, CodeLanguage, CodeParseResult } from './types.ts';

export function parseSparkCode(
  pasted: string,
  language: CodeLanguage,
  messages: MessageLang = 'en',
): CodeParseResult {
  const { text, crlf } = normalizeLineBreaks(pasted);
  const source = stripShellPrompts(text, language);
  const lines = new LineIndex(source, crlf);
  const diagnostics: CodeDiagnostic[] = [];
  const program = new ProgramBuilder();
  const { tokens, comments, problems } = tokenize(source, language);
  const report = (e: CodeError): void => {
    diagnostics.push(toDiagnostic(lines, e, messages));
  };
  for (const p of problems) report(new CodeError(p.start, p.end, p.message));
  const directives = new Directives(comments, lines, report);
  const evaluator = new Evaluator(tokens, language, lines, program, report, directives);
  evaluator.run(splitStatements(tokens, language));
  directives.applyToFile(program);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  // A statement inside an unrolled loop reports the same problem once, not once per iteration.
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.severity}\u0000${d.message}\u0000${d.endLine}:${d.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { pipeline, spans } = program.finish();
  return { pipeline, diagnostics: unique, spans };
}

/**
 * Line breaks as an editor sees them (CodeMirror splits lines at `\r\n`, `\r` and `\n`), with
 * every offset kept: a lone `\r` becomes `\n`, and the `\r` of `\r\n` a space at the end of its
 * line, so the tokenizer only ever meets `\n`. LineIndex keeps columns inside the line's own text.
 */
function normalizeLineBreaks(pasted: string): { text: string; crlf: ReadonlySet<number> } {
  const crlf = new Set<number>();
  if (!pasted.includes('\r')) return { text: pasted, crlf };
  const text = pasted.replace(/\r(\n?)/g, (_, lf: string, offset: number) => {
    if (!lf) return '\n';
    crlf.add(offset + 1);
    return ' \n';
  });
  return { text, crlf };
}
