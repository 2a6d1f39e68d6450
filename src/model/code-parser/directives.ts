/**
 * `stagecraft:` directive comments: facts the program text cannot say, written as a JSON object
 * after `// stagecraft:` (Scala) or `# stagecraft:` (Python).
 *   - On a line of its own: the pipeline's `name`, `defaultParallelism` and
 *     `spark.default.parallelism` (`// stagecraft: {"defaultParallelism": 4}`).
 *   - At the end of a statement's last line: `hints` for the RDD the statement defines, or
 *     `thread` and `pool` for the actions it calls (`counts.count() // stagecraft: {"thread": "t1"}`).
 * A comment holding a command line with `--conf spark.default.parallelism=N` sets that setting
 * (as does `SparkConf.set` in the code). Without either, the config keeps the spec's default
 * (`defaultParallelism` 8): the parser never invents one.
 */
import type { RddHints } from '../pipeline/types.ts';
import { message } from './messages/params.ts';
import type { ProgramBuilder } from './program.ts';
import type { LineIndex } from './source-text.ts';
import { CodeError } from './syntax.ts';
import type { Comment, Token } from './tokenizer.ts';
import type { Value } from './values.ts';

interface Directive {
  readonly comment: Comment;
  readonly value: Readonly<Record<string, unknown>>;
  used: boolean;
}

const PREFIX = /^(?:\/\/|#|\/\*)\s*stagecraft:\s*/;
const CONF = /--conf[\s=]+spark\.default\.parallelism=([1-9]\d*)\b/;
const FILE_KEYS = new Set(['name', 'defaultParallelism', 'spark.default.parallelism']);

export class Directives {
  private readonly byLine = new Map<number, Directive>();
  private readonly confHints: number[] = [];

  constructor(
    comments: readonly Comment[],
    private readonly lines: LineIndex,
    private readonly report: (e: CodeError) => void,
  ) {
    for (const comment of comments) {
      const conf = CONF.exec(comment.text);
      if (conf !== null) this.confHints.push(Number(conf[1]));
      const m = PREFIX.exec(comment.text);
      if (m === null) continue;
      const body = comment.text.slice(m[0].length).replace(/\*\/$/, '');
      try {
        const value: unknown = JSON.parse(body);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new Error('not an object');
        this.byLine.set(lines.position(comment.start).line, {
          comment,
          value: value as Record<string, unknown>,
          used: false,
        });
      } catch {
        report(new CodeError(comment.start, comment.end, message('directiveNotObject'), 'warning'));
      }
    }
  }

  /** Applies the directive at the end of the statement `[from, to)` to what the statement created. */
  applyToStatement(
    tokens: readonly Token[],
    from: number,
    to: number,
    program: ProgramBuilder,
    nodesBefore: number,
    actionsBefore: number,
    _env: ReadonlyMap<string, Value>,
  ): void {
    if (this.byLine.size === 0) return;
    let k = to - 1;
    while (k > from && (tokens[k] as Token).kind === 'newline') k--;
    const last = tokens[k] as Token;
    const d = this.byLine.get(this.lines.position(last.end).line);
    if (d === undefined || d.comment.start < last.end) return;
    d.used = true;
    const node = program.nodes[program.nodes.length - 1];
    for (const [key, value] of Object.entries(d.value)) {
      if (
        key === 'hints' &&
        program.nodes.length > nodesBefore &&
        node !== undefined &&
        typeof value === 'object' &&
        value !== null
      ) {
        node.hints = value as RddHints;
      } else if (
        (key === 'thread' || key === 'pool') &&
        typeof value === 'string' &&
        program.actions.length > actionsBefore
      ) {
        for (const a of program.actions.slice(actionsBefore)) a[key] = value;
      } else {
        this.report(
          new CodeError(d.comment.start, d.comment.end, message('directiveKeyNotHere', { key }), 'warning'),
        );
      }
    }
  }

  /** Applies the directives that stand on lines of their own to the pipeline's name and config. */
  applyToFile(program: ProgramBuilder): void {
    // A spark-submit/spark-shell command line kept in a comment: `--conf spark.default.parallelism=4`.
    for (const n of this.confHints)
      program.config = { defaultParallelism: n, 'spark.default.parallelism': n };
    for (const d of this.byLine.values()) {
      if (d.used) continue;
      for (const [key, value] of Object.entries(d.value)) {
        if (!FILE_KEYS.has(key)) {
          this.report(
            new CodeError(d.comment.start, d.comment.end, message('directiveKeyAtEnd', { key }), 'warning'),
          );
        } else if (key === 'name' && typeof value === 'string') program.name = value;
        else if (key !== 'name' && typeof value === 'number' && Number.isInteger(value) && value >= 1) {
          program.config = { ...program.config, [key]: value };
        } else {
          this.report(
            new CodeError(
              d.comment.start,
              d.comment.end,
              message('directiveBadValue', { key, json: JSON.stringify(value) }),
              'warning',
            ),
          );
        }
      }
    }
  }
}
