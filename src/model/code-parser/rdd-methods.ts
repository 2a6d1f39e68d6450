/**
 * Pass 4c: a method called on an RDD. An operation creates a node, an action records a job,
 * `cache`/`persist`/`checkpoint` mark the RDD, and everything else is either known to run no job
 * (`getNumPartitions`), known but outside the catalogue ("not supported"), or unknown (with a
 * "did you mean"). Function arguments are kept as their source text (`code`).
 */
import type { ActionName, OperationName, StorageLevelName } from '../pipeline/types.ts';
import type { bindCall as BindCall } from './bind-args.ts';
import { noCodeMarker } from './no-code-marker.ts';
import type { ProgramBuilder } from './program.ts';
import {
  ACTION_SIGNATURES,
  NO_JOB,
  OPERATION_ALIASES,
  OPERATION_SIGNATURES,
  UNSUPPORTED,
  signaturesOf,
} from './signatures.ts';
import type { LineIndex } from './source-text.ts';
import { message } from './messages/params.ts';
import { closest } from './suggest.ts';
import { CodeError } from './syntax.ts';
import type { Arg, Expr, Link } from './syntax.ts';
import type { CodeLanguage } from './types.ts';
import { OTHER } from './values.ts';
import type { Value } from './values.ts';

const KNOWN_RDD_METHODS = [
  ...Object.keys(OPERATION_SIGNATURES),
  ...Object.keys(ACTION_SIGNATURES),
  'cache',
  'persist',
  'checkpoint',
  'setName',
  ...NO_JOB,
  ...UNSUPPORTED,
];

export class RddMethods {
  constructor(
    private readonly language: CodeLanguage,
    private readonly lines: LineIndex,
    private readonly program: ProgramBuilder,
    private readonly warn: (e: CodeError) => void,
    private readonly bind: typeof BindCall,
    private readonly evaluate: (e: Expr) => Value,
  ) {}

  call(value: Value & { kind: 'rdd' }, link: Link, where: Expr, known: Map<Arg, Value>): Value {
    const name = link.name ?? '';
    const range = this.lines.range(link.nameStart, link.end);
    if (name === 'cache' || name === 'persist') {
      const args = link.argLists.flatMap((l) => l.args);
      let level: StorageLevelName = 'MEMORY_ONLY';
      if (args.length > 0 && args[0] !== undefined) {
        const v = this.evaluate(args[0].value);
        if (v.kind !== 'storage')
          throw new CodeError(args[0].start, args[0].end, message('persistNeedsLevel'));
        level = v.level;
      }
      this.markPersist(value.node, level, range);
      return value;
    }
    if (name === 'checkpoint') {
      this.program.addCheckpoint(value.node);
      return OTHER;
    }
    if (name === 'setName') return value;
    if (NO_JOB.has(name)) return OTHER;
    if (name === 'unpersist') {
      this.warn(new CodeError(link.nameStart, link.end, message('unpersistNotModelled'), 'warning'));
      return OTHER;
    }
    const opSignatures = signaturesOf(OPERATION_SIGNATURES, name, this.language);
    const actionSignatures =
      opSignatures === undefined ? signaturesOf(ACTION_SIGNATURES, name, this.language) : undefined;
    const signatures = opSignatures ?? actionSignatures;
    if (signatures === undefined) {
      if (
        UNSUPPORTED.has(name) ||
        Object.hasOwn(OPERATION_SIGNATURES, name) ||
        Object.hasOwn(ACTION_SIGNATURES, name)
      ) {
        throw new CodeError(
          link.nameStart,
          link.nameEnd,
          message('notInPipelineFormat', {
            name,
            noPySparkMethod: this.language === 'python' && Object.hasOwn(OPERATION_SIGNATURES, name),
          }),
        );
      }
      throw new CodeError(
        link.nameStart,
        link.nameEnd,
        message('unknownOperation', { name, guess: closest(name, KNOWN_RDD_METHODS) }),
      );
    }
    if (name === 'zipPartitions' && this.language === 'python') {
      this.warn(new CodeError(link.nameStart, link.nameEnd, message('pysparkZipPartitions'), 'warning'));
    }
    const values = this.argValues(link, known);
    const bound = this.bind(
      name,
      signatures,
      link.argLists,
      (a) => values.get(a) ?? OTHER,
      (a, b) => this.lines.text.slice(a, b),
      { start: link.nameStart, end: link.end },
    );
    bound.warnings.forEach((w) => this.warn(w));
    const code = this.codeOf(bound.functions);
    if (actionSignatures !== undefined) {
      this.program.actions.push({ op: name as ActionName, node: value.node, args: bound.args, code, range });
      return OTHER;
    }
    const op = (OPERATION_ALIASES[name] ?? name) as OperationName;
    const node = this.program.addNode({
      op,
      parents: [value.node, ...bound.parents],
      args: bound.args,
      code,
      range: where.kind === 'infix' ? this.lines.range(where.start, where.end) : range,
    });
    return { kind: 'rdd', node };
  }

  private markPersist(node: number, level: StorageLevelName, range: { from: number; to: number }): void {
    const existing = this.program.persistLevel(node);
    if (existing !== undefined) {
      if (existing !== level) {
        throw new CodeError(
          range.from,
          range.to,
          message('storageLevelChange', { from: existing, to: level }),
        );
      }
      return;
    }
    if (this.program.actions.length > 0) {
      this.warn(new CodeError(range.from, range.to, message('persistAfterAction'), 'warning'));
    }
    this.program.addPersist(node, level);
  }

  /** The function arguments' text: as written when they sit together in one argument list. */
  private codeOf(functions: readonly Arg[]): string | undefined {
    if (functions.length === 0) return undefined;
    const first = functions[0] as Arg;
    const last = functions[functions.length - 1] as Arg;
    const text = this.lines.text;
    const marker = noCodeMarker(this.language);
    if (functions.every((f) => text.slice(f.value.start, f.value.end) === marker)) return undefined;
    return sameList(functions, text)
      ? text.slice(first.value.start, last.value.end)
      : functions.map((f) => text.slice(f.value.start, f.value.end)).join(', ');
  }

  argValues(link: Link, known: Map<Arg, Value> = new Map()): Map<Arg, Value> {
    const values = new Map<Arg, Value>();
    for (const list of link.argLists) {
      for (const arg of list.args) values.set(arg, known.get(arg) ?? this.evaluate(arg.value));
    }
    return values;
  }

  /** Evaluates a call's arguments for what they create (an action inside `println(...)`). */
  evaluateArgs(link: Link): void {
    for (const list of link.argLists) for (const arg of list.args) this.evaluate(arg.value);
  }
}

function sameList(functions: readonly Arg[], text: string): boolean {
  for (let k = 1; k < functions.length; k++) {
    const gap = text.slice((functions[k - 1] as Arg).end, (functions[k] as Arg).start);
    if (!/^\s*,\s*$/.test(gap)) return false;
  }
  return true;
}
