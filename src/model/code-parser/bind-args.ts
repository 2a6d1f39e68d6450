/**
 * Pass 4b: a call's arguments → pipeline `args`, parents and function text. Needs: the
 * candidate signatures (./signatures.ts) and the evaluated value of each argument. Guarantees:
 * the first signature whose argument lists, positions, names and value kinds all fit is used
 * (Scala overloads differ by kind: `reduceByKey(p, f)` takes a partitioner first); when none
 * fits, the error names the argument and what the call accepts.
 */
import type { JsonValue } from '../pipeline/types.ts';
import { message, type Expected, type Message } from './messages/params.ts';
import { closest } from './suggest.ts';
import { CodeError } from './syntax.ts';
import type { Arg, ArgList } from './syntax.ts';
import type { Signature, Slot } from './signatures.ts';
import { rangeLength } from './values.ts';
import type { Value } from './values.ts';

export interface BoundCall {
  readonly parents: readonly number[];
  readonly args: Readonly<Record<string, JsonValue>>;
  /** The function arguments, in order (their text becomes `code`). */
  readonly functions: readonly Arg[];
  readonly warnings: readonly CodeError[];
}

const INT_KEYS = new Set([
  'numPartitions',
  'numSlices',
  'minPartitions',
  'start',
  'end',
  'step',
  'seed',
  'num',
  'hashPartitions',
]);
const BOOL_KEYS = new Set(['ascending', 'shuffle', 'preservesPartitioning', 'withReplacement']);
const STRING_KEYS = new Set(['path', 'command']);

type Assignment = { slot: Slot; arg: Arg }[];
/** Why a signature does not fit, and the argument to point at. */
interface Reason {
  readonly text: Message;
  readonly arg?: Arg;
}

/** Assigns arguments to slots, or returns a reason why this signature does not fit. */
function assign(
  sig: Signature,
  lists: readonly ArgList[],
  valueOf: (a: Arg) => Value,
  text: (from: number, to: number) => string,
  names: () => readonly string[],
): Assignment | Reason {
  const describeArg = (arg: Arg): string => `"${text(arg.start, arg.end)}"`;
  if (lists.length > sig.length) return { text: message('tooManyArgLists') };
  const out: Assignment = [];
  for (let li = 0; li < sig.length; li++) {
    const slots = sig[li] ?? [];
    const list = lists[li];
    const args = list?.args ?? [];
    const filled = new Set<Slot>();
    let next = 0;
    for (const arg of args) {
      if (arg.name !== null) {
        const slot = slots.find((s) => s.names.includes(arg.name ?? '') && !filled.has(s));
        if (slot === undefined) {
          return {
            text: message('unknownArgName', { name: arg.name, guess: closest(arg.name, names()) }),
            arg,
          };
        }
        filled.add(slot);
        out.push({ slot, arg });
        continue;
      }
      while (next < slots.length && filled.has(slots[next] as Slot) && !(slots[next] as Slot).rest) next++;
      let slot = slots[next];
      if (slot?.rest && valueOf(arg).kind !== 'rdd') slot = slots[++next];
      if (slot === undefined) return { text: message('tooManyArgs'), arg };
      if (!slot.rest) {
        filled.add(slot);
        next++;
      }
      out.push({ slot, arg });
    }
    const missing = slots.find((s) => !s.optional && !filled.has(s));
    if (missing !== undefined) return { text: message('missingArg', { key: missing.key }) };
  }
  for (const { slot, arg } of out) {
    const v = valueOf(arg);
    const key = slot.key;
    if (key === 'other' || key === 'others') {
      if (v.kind !== 'rdd') return { text: message('argMustBeRdd', { arg: describeArg(arg) }), arg };
    } else if (key === 'fn') {
      if (v.kind === 'rdd' || v.kind === 'partitioner')
        return { text: message('argMustBeFunction', { arg: describeArg(arg) }), arg };
    } else if (key === 'numPartitions' || key === 'partitioner') {
      if (v.kind === 'rdd' || (key === 'partitioner' && v.kind === 'json' && typeof v.value === 'number')) {
        return {
          text: message('argMustBePartitioner', {
            arg: describeArg(arg),
            partitionerOnly: key === 'partitioner',
          }),
          arg,
        };
      }
    } else if (v.kind === 'rdd' && key !== 'rdds')
      return { text: message('argMustNotBeRdd', { arg: describeArg(arg) }), arg };
  }
  return out;
}

export function bindCall(
  opName: string,
  signatures: readonly Signature[],
  lists: readonly ArgList[],
  valueOf: (a: Arg) => Value,
  text: (from: number, to: number) => string,
  where: { start: number; end: number },
): BoundCall {
  let reason: Reason | undefined;
  // Argument names of every overload, for "did you mean" on a misspelt one.
  const names = (): string[] => [
    ...new Set(signatures.flat(2).flatMap((x) => x.names.filter((n) => !n.startsWith('_')))),
  ];
  let assignment: Assignment | undefined;
  for (const sig of signatures) {
    const result = assign(sig, lists, valueOf, text, names);
    if (!('text' in result)) {
      assignment = result;
      break;
    }
    reason ??= result;
  }
  if (assignment === undefined) {
    const accepted = signatures.map(
      (s) =>
        `${opName}${s.map((l) => `(${l.map((x) => x.key + (x.optional ? '?' : '')).join(', ')})`).join('')}`,
    );
    const at = reason?.arg ?? where;
    throw new CodeError(
      at.start,
      at.end,
      message('callMismatch', { op: opName, reason: reason?.text ?? null, accepted: accepted.join(', ') }),
    );
  }
  const parents: number[] = [];
  const args: Record<string, JsonValue> = {};
  const functions: Arg[] = [];
  const warnings: CodeError[] = [];
  for (const { slot, arg } of assignment) {
    const v = valueOf(arg);
    const key = slot.key;
    const source = text(arg.value.start, arg.value.end);
    const bad = (expected: Expected): CodeError =>
      new CodeError(
        arg.value.start,
        arg.value.end,
        message('badArgValue', {
          op: opName,
          key,
          expected,
          got: v.kind === 'json' ? JSON.stringify(v.value) : `"${source}"`,
        }),
      );
    if (key === 'fn') functions.push(arg);
    else if (key.startsWith('_')) {
      if (key === '_partitionFunc')
        warnings.push(
          new CodeError(arg.start, arg.end, message('partitionFuncIgnored', { op: opName }), 'warning'),
        );
    } else if (v.kind === 'rdd') parents.push(v.node);
    else if (key === 'rdds') {
      if (v.kind !== 'rdds') throw bad('rddCollection');
      parents.push(...v.nodes);
    } else if (key === 'data') {
      if (v.kind === 'range') args.length = rangeLength(v);
      else if (v.kind === 'json' && Array.isArray(v.value)) args.data = v.value;
      else if (comprehensionLength(source) !== undefined) args.length = comprehensionLength(source) ?? 0;
      else throw bad('literalCollection');
    } else if (v.kind === 'partitioner') {
      args.partitioner = { type: v.spec.type, numPartitions: v.spec.numPartitions };
    } else if (v.kind === 'json') {
      const value = v.value;
      if (key === 'zeroValue' || key === 'key') args[key] = value;
      else if (INT_KEYS.has(key)) {
        if (typeof value !== 'number' || !Number.isInteger(value)) throw bad('wholeNumber');
        if (key === 'hashPartitions') args.partitioner = { type: 'hash', numPartitions: value };
        else args[key] = value;
      } else if (BOOL_KEYS.has(key)) {
        if (typeof value !== 'boolean') throw bad('trueOrFalse');
        args[key] = value;
      } else if (key === 'fraction') {
        if (typeof value !== 'number') throw bad('number');
        args[key] = value;
      } else if (STRING_KEYS.has(key)) {
        if (typeof value !== 'string') throw bad('string');
        args[key] = value;
      } else throw bad('somethingElse');
    } else if (STRING_KEYS.has(key)) {
      // `sc.textFile(args(0))`: the path is only a label for the planner, so keep the text.
      warnings.push(
        new CodeError(
          arg.value.start,
          arg.value.end,
          message('notStringLiteral', { op: opName, key, source }),
          'warning',
        ),
      );
      args[key] = source;
    } else if (key === 'zeroValue' || key === 'key') {
      warnings.push(
        new CodeError(
          arg.value.start,
          arg.value.end,
          message('notLiteralKeptAsText', { op: opName, key, source }),
          'warning',
        ),
      );
      args[key] = source;
    } else {
      throw bad(INT_KEYS.has(key) ? 'wholeNumberOrVal' : BOOL_KEYS.has(key) ? 'trueOrFalse' : 'literal');
    }
  }
  return { parents, args, functions, warnings };
}

/**
 * `[f(x) for x in range(a, b, c)]` holds exactly as many values as the range (no `if` clause,
 * one `for`), so `sc.parallelize` of it has that length.
 */
const COMPREHENSION =
  /^\[[^[\]]*?\bfor\s+[\w\s,()]+?\s+in\s+range\(\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?(?:,\s*(-?\d+)\s*)?\)\s*\]$/s;

function comprehensionLength(source: string): number | undefined {
  const m = COMPREHENSION.exec(source);
  if (m === null || /\bfor\b[\s\S]*\bfor\b|\bif\b/.test(source)) return undefined;
  const [a, b, c] = [m[1], m[2], m[3]].map((x) => (x === undefined ? undefined : Number(x)));
  const range =
    b === undefined ? { start: 0, end: a ?? 0, step: 1 } : { start: a ?? 0, end: b, step: c ?? 1 };
  return rangeLength(range);
}
