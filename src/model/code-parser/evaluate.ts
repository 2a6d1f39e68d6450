/**
 * Pass 4: statements → pipeline, by evaluating each statement against an environment of names.
 * Needs: the statements of pass 2, the statement parser of pass 3. Guarantees: RDDs are created
 * in program order (Spark's RDD id order); a statement with an error is reported and skipped, its
 * name is remembered as failed, and every later use of that name is reported too; a chain is
 * evaluated by a loop over its links and a left-nested infix spine by a loop as well, so neither
 * grows the call stack; `for` loops over a constant range are unrolled (at most MAX_ITERATIONS
 * times). Function bodies are kept as text, never run.
 */
import type { JsonValue } from '../pipeline/types.ts';
import { bindCall } from './bind-args.ts';
import { ChainEvaluator } from './evaluate-call.ts';
import type { Directives } from './directives.ts';
import { StatementParser } from './parse-statement.ts';
import type { ProgramBuilder } from './program.ts';
import type { LineIndex } from './source-text.ts';
import type { Statement } from './statements.ts';
import { atPosition, formatMessage } from './messages/format.ts';
import { message, type MessageLang } from './messages/params.ts';
import { CodeError } from './syntax.ts';
import type { Expr } from './syntax.ts';
import type { Token } from './tokenizer.ts';
import type { CodeDiagnostic, CodeLanguage } from './types.ts';
import { OTHER, rangeValues } from './values.ts';
import type { Value } from './values.ts';

export const MAX_ITERATIONS = 1000;

export class Evaluator {
  readonly env = new Map<string, Value>();
  private readonly parser: StatementParser;
  private readonly calls: ChainEvaluator;

  constructor(
    private readonly tokens: readonly Token[],
    language: CodeLanguage,
    private readonly lines: LineIndex,
    private readonly program: ProgramBuilder,
    readonly report: (e: CodeError) => void,
    private readonly directives: Directives,
  ) {
    this.parser = new StatementParser(tokens, language);
    this.calls = new ChainEvaluator(language, lines, program, this.env, (e) => this.report(e), bindCall);
    this.env.set('sc', { kind: 'context' });
    this.env.set('spark', { kind: 'session' });
  }

  run(statements: readonly Statement[]): void {
    // An explicit work list (statement, loop binding) keeps nested loops off the call stack.
    type Work = { statement: Statement; binding?: { name: string; value: Value } };
    const work: Work[] = statements.map((statement) => ({ statement })).reverse();
    while (work.length > 0) {
      const item = work.pop() as Work;
      if (item.binding !== undefined) this.env.set(item.binding.name, item.binding.value);
      const s = item.statement;
      if (s.kind === 'simple') this.simple(s.span.from, s.span.to);
      else if (s.kind === 'unsupported') {
        const t = this.tokens[s.span.from] as Token;
        this.report(new CodeError(t.start, t.end, message('blockNotModelled', { what: s.what }), 'warning'));
      } else {
        const iterations = this.loopValues(s.iterable.from, s.iterable.to);
        if (iterations === undefined) continue;
        const name = s.variable?.text;
        const body: Work[] = [];
        for (const value of iterations) {
          s.body.forEach((statement, k) => {
            body.push(
              k === 0 && name !== undefined ? { statement, binding: { name, value } } : { statement },
            );
          });
        }
        for (let k = body.length - 1; k >= 0; k--) work.push(body[k] as Work);
      }
    }
  }

  /** The values a loop variable takes; one "unknown" pass for a loop over data (`for (x <- rdd.collect())`). */
  private loopValues(from: number, to: number): Value[] | undefined {
    try {
      if (from >= to) return [OTHER];
      const syntax = this.parser.parse(from, to);
      if (syntax.kind !== 'expr' || syntax.value.kind === 'opaque') return [OTHER];
      const v = this.calls.evaluate(syntax.value);
      if (v.kind === 'range' || (v.kind === 'json' && Array.isArray(v.value))) {
        const values: JsonValue[] =
          v.kind === 'range' ? rangeValues(v, MAX_ITERATIONS + 1) : (v.value as JsonValue[]);
        if (values.length > MAX_ITERATIONS) {
          throw new CodeError(syntax.start, syntax.end, message('loopTooLong', { max: MAX_ITERATIONS }));
        }
        return values.map((value) => ({ kind: 'json', value }));
      }
      return [OTHER];
    } catch (e) {
      if (e instanceof CodeError) {
        this.report(e);
        return undefined;
      }
      throw e;
    }
  }

  private simple(from: number, to: number): void {
    const actionsBefore = this.program.actions.length;
    const nodesBefore = this.program.nodes.length;
    const mark = this.program.size();
    let boundName: string | undefined;
    try {
      const first = this.tokens[from] as Token;
      if (first.kind === 'punct' && ')]}'.includes(first.text)) {
        throw new CodeError(first.start, first.end, message('unexpectedCloser', { text: first.text }));
      }
      const syntax = this.parser.parse(from, to);
      if (syntax.kind === 'bind') boundName = syntax.name;
      const value = this.value(syntax.value, from, to);
      if (syntax.kind === 'bind') {
        this.env.set(syntax.name, value);
        if (value.kind === 'rdd') {
          const node = this.program.nodes[value.node];
          if (node !== undefined && node.userName === undefined && value.node >= nodesBefore)
            node.userName = syntax.name;
        }
      }
    } catch (caught) {
      // The parser never throws: a failure of its own is reported like any other error.
      const first = this.tokens[from] as Token;
      const e =
        caught instanceof CodeError
          ? caught
          : new CodeError(first.start, first.end, message('internal', { detail: String(caught) }));
      this.report(e);
      // The whole statement is skipped: drop what it created before the error.
      this.program.rollback(mark);
      if (boundName !== undefined) {
        this.env.set(boundName, { kind: 'failed', name: boundName, line: this.lines.position(e.start).line });
      }
    }
    this.directives.applyToStatement(
      this.tokens,
      from,
      to,
      this.program,
      nodesBefore,
      actionsBefore,
      this.env,
    );
  }

  /** A statement's value; an unparsable one is an error only when it involves Spark. */
  private value(expr: Expr, from: number, to: number): Value {
    if (expr.kind === 'opaque') {
      if (expr.error !== undefined && this.involvesSpark(from, to)) throw expr.error;
      return OTHER;
    }
    return this.calls.evaluateStatement(expr);
  }

  private involvesSpark(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const t = this.tokens[j] as Token;
      if (t.kind !== 'ident') continue;
      const v = this.env.get(t.text);
      if (
        (v?.kind === 'rdd' || v?.kind === 'context' || v?.kind === 'failed') &&
        (j === 0 || (this.tokens[j - 1] as Token).text !== '.')
      )
        return true;
    }
    return false;
  }
}

export function toDiagnostic(lines: LineIndex, e: CodeError, lang: MessageLang = 'en'): CodeDiagnostic {
  const a = lines.position(e.start);
  const b = lines.position(Math.max(e.end, e.start));
  return {
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    severity: e.severity,
    message: atPosition(a.line, a.column, formatMessage(e.detail, lang), lang),
  };
}
