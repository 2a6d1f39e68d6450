/**
 * Pass 4a: one expression → its value, creating the RDDs, marks and actions it calls for. A chain
 * is walked link by link in a loop; each link is a method of the value before it: a source of
 * `sc`, an operation, `cache`/`persist`/`checkpoint`, or an action of an RDD. Calls on anything
 * else (`println(...)`, `args(0).toInt`) evaluate their arguments, so an action inside a printing
 * wrapper still counts, and give "something else".
 */
import type { JsonValue } from '../pipeline/types.ts';
import type { bindCall as BindCall } from './bind-args.ts';
import type { ProgramBuilder } from './program.ts';
import { ContextMethods } from './context-methods.ts';
import { RddMethods } from './rdd-methods.ts';
import { OPERATION_SIGNATURES, isActionName } from './signatures.ts';
import type { LineIndex } from './source-text.ts';
import { message } from './messages/params.ts';
import { closest } from './suggest.ts';
import { CodeError } from './syntax.ts';
import type { Arg, Expr, Link } from './syntax.ts';
import type { CodeLanguage } from './types.ts';
import { OTHER, arithmetic, isStorageLevel } from './values.ts';
import type { Value } from './values.ts';

const COLLECTIONS = new Set(['Seq', 'List', 'Array', 'Vector', 'IndexedSeq', 'Set', 'list', 'tuple', 'set']);
const PRINTERS = new Set(['println', 'print', 'display', 'show']);
const TO_COLLECTION = new Set(['toList', 'toSeq', 'toArray', 'toVector', 'toIndexedSeq']);

export class ChainEvaluator {
  constructor(
    private readonly language: CodeLanguage,
    private readonly lines: LineIndex,
    private readonly program: ProgramBuilder,
    private readonly env: Map<string, Value>,
    private readonly warn: (e: CodeError) => void,
    bind: typeof BindCall,
  ) {
    this.rdds = new RddMethods(language, lines, program, warn, bind, (e) => this.evaluate(e));
    this.context = new ContextMethods(language, lines, program, warn, bind, this.rdds);
  }

  /**
   * Chains in statement position or directly inside a printing wrapper: only there does
   * `name.count()` with an unknown name mean a misspelt RDD (inside a lambda-free argument,
   * `math.max` is just a function).
   */
  private readonly statementLevel = new Set<Expr>();
  private readonly rdds: RddMethods;
  private readonly context: ContextMethods;

  evaluateStatement(expr: Expr): Value {
    this.statementLevel.clear();
    this.statementLevel.add(expr);
    return this.evaluate(expr);
  }

  evaluate(expr: Expr): Value {
    switch (expr.kind) {
      case 'literal':
        return { kind: 'json', value: expr.value };
      case 'opaque':
        return OTHER;
      case 'name':
        return this.name(expr.name, expr.start, expr.end);
      case 'sequence':
        return this.collection(expr.elements.map((e) => this.evaluate(e)));
      case 'new':
        return this.construct(
          expr.className,
          expr.argLists.flatMap((l) => l.args),
          expr,
        );
      case 'infix':
        return this.infix(expr);
      case 'chain': {
        let value = this.evaluate(expr.head);
        for (const link of expr.links) value = this.link(value, link, expr);
        return value;
      }
    }
  }

  private name(name: string, start: number, end: number): Value {
    const v = this.env.get(name);
    if (v?.kind === 'failed') {
      throw new CodeError(start, end, message('failedName', { name, line: v.line }));
    }
    if (v !== undefined) return v;
    if (name === 'Nil') return { kind: 'json', value: [] };
    return { kind: 'other', unknownName: name };
  }

  private collection(values: readonly Value[]): Value {
    if (values.length > 0 && values.every((v) => v.kind === 'rdd'))
      return { kind: 'rdds', nodes: values.map((v) => (v as { node: number }).node) };
    const json: JsonValue[] = [];
    for (const v of values) {
      if (v.kind !== 'json') return OTHER;
      json.push(v.value);
    }
    return { kind: 'json', value: json };
  }

  private construct(className: string, args: readonly Arg[], where: Expr): Value {
    const values = args.map((a) => this.evaluate(a.value));
    if (className === 'HashPartitioner' || className === 'RangePartitioner') {
      const n = values[0];
      if (n?.kind !== 'json' || typeof n.value !== 'number' || !Number.isInteger(n.value) || n.value < 1) {
        throw new CodeError(
          where.start,
          where.end,
          message('partitionerCount', {
            className,
            got: n === undefined ? null : this.lines.text.slice(args[0]?.start ?? 0, args[0]?.end ?? 0),
          }),
        );
      }
      return {
        kind: 'partitioner',
        spec: { type: className === 'HashPartitioner' ? 'hash' : 'range', numPartitions: n.value },
      };
    }
    if (className === 'SparkContext') return { kind: 'context' };
    return OTHER;
  }

  /** A left-nested infix spine (`a union b union c`) is walked by a loop. */
  private infix(expr: Expr & { kind: 'infix' }): Value {
    const spine: (Expr & { kind: 'infix' })[] = [];
    let e: Expr = expr;
    while (e.kind === 'infix') {
      spine.push(e);
      e = e.left;
    }
    let value = this.evaluate(e);
    for (let k = spine.length - 1; k >= 0; k--) {
      const node = spine[k] as Expr & { kind: 'infix' };
      const right = this.evaluate(node.right);
      value = this.applyInfix(node, value, right);
    }
    return value;
  }

  private applyInfix(node: Expr & { kind: 'infix' }, left: Value, right: Value): Value {
    const op = node.op;
    if (
      left.kind === 'json' &&
      right.kind === 'json' &&
      typeof left.value === 'number' &&
      typeof right.value === 'number'
    ) {
      if (op === 'to') return range(left.value, right.value, true);
      if (op === 'until') return range(left.value, right.value, false);
    }
    if (left.kind === 'range' && op === 'by' && right.kind === 'json' && typeof right.value === 'number') {
      const inclusiveEnd = left.end - 1;
      return {
        kind: 'range',
        start: left.start,
        end: right.value > 0 ? inclusiveEnd + 1 : inclusiveEnd - 1,
        step: right.value,
      };
    }
    if (left.kind === 'json' && right.kind === 'json') {
      const v = arithmetic(op, left.value, right.value);
      if (v !== undefined) return { kind: 'json', value: v };
    }
    if (left.kind === 'rdd') {
      const name = op === '++' ? 'union' : op;
      if (!/^[A-Za-z]/.test(name))
        throw new CodeError(node.start, node.end, message('operatorNotOnRdd', { op }));
      const arg: Arg = {
        name: null,
        nameStart: node.right.start,
        value: node.right,
        start: node.right.start,
        end: node.right.end,
      };
      const link: Link = {
        name,
        nameStart: node.left.end,
        nameEnd: node.right.start,
        argLists: [{ args: [arg], start: node.right.start, end: node.right.end }],
        start: node.start,
        end: node.end,
      };
      return this.rdds.call(left, link, node, new Map([[arg, right]]));
    }
    if (left.kind === 'failed' || right.kind === 'failed') return OTHER;
    return OTHER;
  }

  private link(value: Value, link: Link, chain: Expr & { kind: 'chain' }): Value {
    const name = link.name;
    if (name === null) return this.apply(value, link, chain);
    switch (value.kind) {
      case 'session':
        return name === 'sparkContext' ? { kind: 'context' } : OTHER;
      case 'context':
        return this.context.call(name, link, chain);
      case 'rdd':
        return this.rdds.call(value, link, chain, new Map());
      case 'range':
        // `(1 to 100).map(i => ...)` keeps the range's length, which is all parallelize needs.
        if (TO_COLLECTION.has(name) || name === 'map') return value;
        break;
      case 'other':
        if (value.unknownName === 'StorageLevel' && link.argLists.length === 0) {
          if (!isStorageLevel(name))
            throw new CodeError(
              link.nameStart,
              link.nameEnd,
              message('unknownStorageLevel', { name, guess: closest(name, STORAGE_NAMES) }),
            );
          return { kind: 'storage', level: name };
        }
        if (value.unknownName === 'SparkContext' && name === 'getOrCreate') return { kind: 'context' };
        if (
          value.unknownName === 'SparkSession' ||
          (chain.head.kind === 'name' && chain.head.name === 'SparkSession')
        ) {
          if (name === 'getOrCreate') return { kind: 'session' };
        }
        if (
          value.unknownName !== undefined &&
          this.isRddMethod(name) &&
          !this.env.has(value.unknownName) &&
          chain.links[0] === link &&
          this.statementLevel.has(chain)
        ) {
          const known = [...this.env].filter(([, v]) => v.kind === 'rdd').map(([k]) => k);
          throw new CodeError(
            chain.head.start,
            chain.head.end,
            message('unknownRdd', { name: value.unknownName, guess: closest(value.unknownName, known) }),
          );
        }
        break;
      default:
        break;
    }
    this.readParallelismSetting(name, link);
    this.rdds.evaluateArgs(link);
    return OTHER;
  }

  /**
   * `new SparkConf().set("spark.default.parallelism", "4")` and
   * `SparkSession.builder.config("spark.default.parallelism", 4)`: the setting, which is then
   * also `sc.defaultParallelism` (shared/spec/pipeline.md, config).
   */
  private readParallelismSetting(name: string, link: Link): void {
    if (name !== 'set' && name !== 'config') return;
    const [key, value] = link.argLists[0]?.args ?? [];
    if (key?.value.kind !== 'literal' || key.value.value !== 'spark.default.parallelism') return;
    const v = value?.value.kind === 'literal' ? Number(value.value.value) : NaN;
    if (!Number.isInteger(v) || v < 1) {
      throw new CodeError(link.start, link.end, message('defaultParallelism'));
    }
    this.program.config = { defaultParallelism: v, 'spark.default.parallelism': v };
  }

  private isRddMethod(name: string): boolean {
    return (
      Object.hasOwn(OPERATION_SIGNATURES, name) ||
      isActionName(name) ||
      name === 'cache' ||
      name === 'persist'
    );
  }

  /** `f(args)`: collections, Python's range, the SparkContext constructors, or a wrapper such as println. */
  private apply(value: Value, link: Link, chain: Expr & { kind: 'chain' }): Value {
    const callee = value.kind === 'other' ? value.unknownName : undefined;
    if (callee === 'Future' || callee === 'Thread') {
      this.warn(new CodeError(chain.start, link.end, message('mainThreadOnly', { callee }), 'warning'));
      return OTHER;
    }
    const args = link.argLists.flatMap((l) => l.args);
    if (callee !== undefined && PRINTERS.has(callee)) args.forEach((a) => this.statementLevel.add(a.value));
    const values = args.map((a) => (a.value.kind === 'opaque' ? OTHER : this.evaluate(a.value)));
    if (callee !== undefined && COLLECTIONS.has(callee)) {
      if (values.length === 1 && values[0]?.kind === 'range') return values[0];
      if (values.length === 1 && values[0]?.kind === 'rdds') return values[0];
      return this.collection(values);
    }
    if (callee === 'range' && this.language === 'python') {
      const nums = values.map((v) => (v.kind === 'json' && typeof v.value === 'number' ? v.value : NaN));
      if (nums.length >= 1 && nums.length <= 3 && nums.every(Number.isInteger)) {
        const [a = 0, b, c = 1] = nums;
        return b === undefined
          ? { kind: 'range', start: 0, end: a, step: 1 }
          : { kind: 'range', start: a, end: b, step: c };
      }
      return OTHER;
    }
    if (callee === 'SparkContext') return { kind: 'context' };
    // Not PySpark: the generator writes HashPartitioner(4) in Python only for a pipeline whose
    // partitioner object has no PySpark spelling, so that such a pipeline still round-trips.
    if ((callee === 'HashPartitioner' || callee === 'RangePartitioner') && this.language === 'python') {
      return this.construct(callee, args, chain);
    }
    return OTHER;
  }
}

function range(start: number, end: number, inclusive: boolean): Value {
  return { kind: 'range', start, end: inclusive ? end + 1 : end, step: 1 };
}

/** Whether the function arguments are neighbours in one argument list (only commas between them). */
const STORAGE_NAMES = [
  'MEMORY_ONLY',
  'MEMORY_AND_DISK',
  'DISK_ONLY',
  'MEMORY_ONLY_SER',
  'MEMORY_AND_DISK_SER',
  'OFF_HEAP',
  'NONE',
];
