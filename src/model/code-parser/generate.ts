/**
 * `generateSparkCode`: a pipeline → readable Scala or PySpark code that parses back to the same
 * pipeline. One `val` (Python: one assignment) per RDD id, in program order; each operation
 * written in its plainest form (positional arguments, named ones after a gap), each function
 * from the entry's `code` (or the no-code marker of ./no-code-marker.ts when there is none);
 * persist marks inline (`.cache()`), checkpoints and actions as statements. What code cannot say
 * (the name, the config, hints, driver threads and pools) goes into `stagecraft:` directives.
 * The spans are those of parsing the generated code, so they agree with `parseSparkCode`.
 */
import type { ActionSpec, JsonValue, PartitionerSpec, Pipeline, RddSpec } from '../pipeline/types.ts';
import { noCodeMarker } from './no-code-marker.ts';
import { parseSparkCode } from './parse-spark-code.ts';
import { ACTION_SIGNATURES, OPERATION_SIGNATURES, signaturesOf } from './signatures.ts';
import type { Signature } from './signatures.ts';
import type { CodeLanguage, GeneratedCode } from './types.ts';

const SCALA_RESERVED = new Set([
  'val',
  'var',
  'def',
  'type',
  'object',
  'class',
  'new',
  'match',
  'case',
  'if',
  'else',
  'for',
  'while',
  'do',
  'yield',
  'import',
  'package',
  'return',
  'true',
  'false',
  'null',
  'this',
  'super',
  'with',
  'extends',
  'trait',
  'lazy',
  'try',
  'catch',
  'finally',
  'throw',
  'sealed',
  'implicit',
  'override',
  'private',
  'protected',
  'final',
  'abstract',
  'forSome',
]);

export function generateSparkCode(pipeline: Pipeline, language: CodeLanguage): GeneratedCode {
  const w = new Writer(pipeline, language);
  const code = w.write();
  return { code, spans: parseSparkCode(code, language).spans };
}

class Writer {
  private readonly scala: boolean;
  private readonly lines: string[] = [];
  private readonly comment: string;

  constructor(
    private readonly p: Pipeline,
    private readonly language: CodeLanguage,
  ) {
    this.scala = language === 'scala';
    this.comment = this.scala ? '//' : '#';
  }

  write(): string {
    const p = this.p;
    const file: Record<string, JsonValue> = {};
    if (p.name !== undefined) file.name = p.name;
    if (p.config.defaultParallelism !== 8) file.defaultParallelism = p.config.defaultParallelism;
    if (p.config['spark.default.parallelism'] !== undefined)
      file['spark.default.parallelism'] = p.config['spark.default.parallelism'];
    if (Object.keys(file).length > 0) this.lines.push(`${this.comment} stagecraft: ${JSON.stringify(file)}`);
    if (!this.scala && p.persist.some((m) => m.level !== 'MEMORY_ONLY'))
      this.lines.push('from pyspark import StorageLevel');
    if (this.scala && p.persist.some((m) => m.level !== 'MEMORY_ONLY'))
      this.lines.push('import org.apache.spark.storage.StorageLevel');
    const partitioners = new Set(p.rdds.map((r) => r.args.partitioner?.type).filter((t) => t !== undefined));
    if (this.scala && partitioners.size > 0) {
      const names = [...partitioners]
        .sort()
        .map((t) => (t === 'hash' ? 'HashPartitioner' : 'RangePartitioner'));
      this.lines.push(`import org.apache.spark.${names.length === 1 ? names[0] : `{${names.join(', ')}}`}`);
    }
    const order = new Map(p.rdds.map((r, i) => [r.id, i]));
    const inOrder = (ids: readonly string[]): boolean =>
      ids.every((id, k) => k === 0 || (order.get(ids[k - 1] ?? '') ?? 0) < (order.get(id) ?? 0));
    const persistOf = new Map(p.persist.map((m) => [m.rdd, m]));
    const checkpointed = new Set(p.checkpoint.map((c) => c.rdd));
    const persistInline = inOrder(p.persist.map((m) => m.rdd));
    const checkpointInline = inOrder(p.checkpoint.map((c) => c.rdd));
    let checkpointDir = false;
    const checkpointStatement = (id: string): void => {
      if (!checkpointDir) this.lines.push(`sc.setCheckpointDir("checkpoints")`);
      checkpointDir = true;
      this.lines.push(`${this.name(id)}.checkpoint()`);
    };
    for (const rdd of p.rdds) {
      const mark = persistInline ? persistOf.get(rdd.id) : undefined;
      const persist =
        mark === undefined
          ? ''
          : mark.level === 'MEMORY_ONLY'
            ? '.cache()'
            : `.persist(StorageLevel.${mark.level})`;
      const hints =
        rdd.hints === undefined ? '' : ` ${this.comment} stagecraft: ${JSON.stringify({ hints: rdd.hints })}`;
      this.lines.push(`${this.scala ? 'val ' : ''}${this.name(rdd.id)} = ${this.rdd(rdd)}${persist}${hints}`);
      if (checkpointInline && checkpointed.has(rdd.id)) checkpointStatement(rdd.id);
    }
    if (!persistInline) {
      for (const m of p.persist) {
        this.lines.push(
          `${this.name(m.rdd)}.${m.level === 'MEMORY_ONLY' ? 'cache()' : `persist(StorageLevel.${m.level})`}`,
        );
      }
    }
    if (!checkpointInline) p.checkpoint.forEach((c) => checkpointStatement(c.rdd));
    for (const action of p.actions) this.lines.push(this.action(action));
    return this.lines.join('\n') + '\n';
  }

  private name(id: string): string {
    return this.scala && SCALA_RESERVED.has(id) ? `\`${id}\`` : id;
  }

  private rdd(rdd: RddSpec): string {
    const a = rdd.args;
    const args: string[] = [];
    switch (rdd.op) {
      case 'textFile':
        args.push(this.value(a.path ?? ''));
        if (a.minPartitions !== undefined) args.push(String(a.minPartitions));
        return `sc.textFile(${args.join(', ')})`;
      case 'parallelize': {
        if (a.data !== undefined) args.push(this.collection(a.data));
        else args.push(this.scala ? `1 to ${a.length ?? 0}` : `range(${a.length ?? 0})`);
        if (a.numSlices !== undefined) args.push(String(a.numSlices));
        return `sc.parallelize(${args.join(', ')})`;
      }
      case 'range': {
        args.push(String(a.start ?? 0), String(a.end ?? 0));
        if (a.step !== undefined) args.push(String(a.step));
        if (a.numSlices !== undefined)
          args.push(
            a.step === undefined ? this.named('numSlices', String(a.numSlices)) : String(a.numSlices),
          );
        return `sc.range(${args.join(', ')})`;
      }
      case 'emptyRDD':
        return this.scala ? 'sc.emptyRDD[Int]' : 'sc.emptyRDD()';
      case 'union':
        if (rdd.parents.length !== 2) {
          const list = rdd.parents.map((x) => this.name(x)).join(', ');
          return this.scala ? `sc.union(${list})` : `sc.union([${list}])`;
        }
        break;
      default:
        break;
    }
    const [receiver = '', ...others] = rdd.parents;
    // PySpark spells a cogroup of three or more RDDs `groupWith`, which takes no partition count.
    const useGroupWith =
      rdd.op === 'cogroup' &&
      !this.scala &&
      others.length > 1 &&
      rdd.args.numPartitions === undefined &&
      rdd.args.partitioner === undefined;
    const op = useGroupWith ? 'groupWith' : rdd.op;
    const sigs = signaturesOf(OPERATION_SIGNATURES, op, this.language) ?? [];
    return `${this.name(receiver)}.${op}${this.call(sigs, rdd.args as Record<string, JsonValue | PartitionerSpec>, others, rdd.code, receiver)}`;
  }

  private action(action: ActionSpec): string {
    const sigs = signaturesOf(ACTION_SIGNATURES, action.op, this.language) ?? [];
    const extra: Record<string, string> = {};
    if (action.thread !== undefined) extra.thread = action.thread;
    if (action.pool !== undefined) extra.pool = action.pool;
    const directive =
      Object.keys(extra).length > 0 ? ` ${this.comment} stagecraft: ${JSON.stringify(extra)}` : '';
    const call = this.call(sigs, action.args as Record<string, JsonValue>, [], action.code, action.rdd);
    return `${this.name(action.rdd)}.${action.op}${call}${directive}`;
  }

  /** The argument lists of the first signature that can say every argument. */
  private call(
    sigs: readonly Signature[],
    args: Record<string, JsonValue | PartitionerSpec>,
    parents: readonly string[],
    code: string | undefined,
    receiver: string,
  ): string {
    for (const sig of sigs) {
      const written = this.tryCall(sig, args, parents, code, receiver);
      if (written !== undefined) return written;
    }
    return '()';
  }

  /**
   * Function text for a call taking two or more functions is the functions joined by ", "
   * (`_ + _, _ + _`); a pipeline that wraps them in one pair of parentheses
   * (`(_ + _, _ + _)`) is written without them, which is the only way it is valid code.
   */
  private functionText(code: string, slots: number): string {
    if (slots < 2 || !code.startsWith('(') || !code.endsWith(')')) return code;
    let depth = 0;
    let comma = false;
    for (let k = 0; k < code.length; k++) {
      const c = code[k];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0 && k < code.length - 1) return code;
      } else if (c === ',' && depth === 1) comma = true;
    }
    return comma ? code.slice(1, -1).trim() : code;
  }

  private tryCall(
    sig: Signature,
    args: Record<string, JsonValue | PartitionerSpec>,
    parents: readonly string[],
    code: string | undefined,
    receiver: string,
  ): string | undefined {
    const used = new Set<string>();
    let parentAt = 0;
    let codeUsed = code === undefined;
    const lists: string[][] = [];
    for (const slots of sig) {
      const out: string[] = [];
      let gap = false;
      for (const slot of slots) {
        let text: string | undefined;
        const key = slot.key;
        if (key === 'fn') {
          if (code === undefined) text = slot.optional ? undefined : noCodeMarker(this.language);
          else if (!codeUsed) text = this.functionText(code, sig.flat().filter((x) => x.key === 'fn').length);
          codeUsed = true;
          if (text === undefined) continue;
        } else if (key === 'other' || key === 'others') {
          if (slot.rest) {
            while (parentAt < parents.length && parents.length - parentAt > 0)
              out.push(this.name(parents[parentAt++] ?? ''));
            continue;
          }
          text = parents[parentAt] === undefined ? undefined : this.name(parents[parentAt++] ?? '');
        } else if (
          (key === 'numPartitions' || key === 'partitioner' || key === 'hashPartitions') &&
          args.partitioner !== undefined &&
          !used.has('partitioner')
        ) {
          const spec = args.partitioner as PartitionerSpec;
          used.add('partitioner');
          text =
            key === 'hashPartitions' && spec.type === 'hash'
              ? String(spec.numPartitions)
              : this.partitioner(spec, receiver);
        } else if (!key.startsWith('_') && args[key] !== undefined && !used.has(key)) {
          used.add(key);
          text = this.value(args[key] as JsonValue, true);
        }
        if (text === undefined) {
          if (!slot.optional) return undefined;
          gap = true;
          continue;
        }
        out.push(
          gap ? this.named(slot.names[slot.names.length > 1 && !this.scala ? 0 : 0] ?? key, text) : text,
        );
      }
      lists.push(out);
    }
    if (!codeUsed || parentAt < parents.length || Object.keys(args).some((k) => !used.has(k)))
      return undefined;
    while (lists.length > 1 && (lists[lists.length - 1] ?? []).length === 0) lists.pop();
    return lists
      .map((l) =>
        this.scala && l.length === 1 && (l[0] ?? '').startsWith('{') && (l[0] ?? '').endsWith('}')
          ? ` ${l[0] ?? ''}`
          : `(${l.join(', ')})`,
      )
      .join('');
  }

  private named(name: string, text: string): string {
    return this.scala ? `${name} = ${text}` : `${name}=${text}`;
  }

  private partitioner(spec: PartitionerSpec, receiver: string): string {
    const cls = spec.type === 'hash' ? 'HashPartitioner' : 'RangePartitioner';
    const extra = spec.type === 'range' && this.scala ? `, ${this.name(receiver)}` : '';
    return `${this.scala ? 'new ' : ''}${cls}(${spec.numPartitions}${extra})`;
  }

  private collection(items: readonly JsonValue[]): string {
    const inner = items.map((v) => this.value(v, true)).join(', ');
    return this.scala ? `Seq(${inner})` : `[${inner}]`;
  }

  /** A JSON value as a literal; nested arrays are tuples (`("a", 1)`). */
  private value(v: JsonValue, tupleArrays = false): string {
    if (v === null) return this.scala ? 'null' : 'None';
    if (typeof v === 'boolean') return this.scala ? String(v) : v ? 'True' : 'False';
    if (typeof v === 'number')
      return this.scala && Number.isInteger(v) && Math.abs(v) > 2147483647 ? `${v}L` : String(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (Array.isArray(v)) {
      const items = (v as readonly JsonValue[]).map((x) => this.value(x, true));
      if (!tupleArrays || (this.scala && items.length < 2))
        return this.scala ? `Seq(${items.join(', ')})` : `[${items.join(', ')}]`;
      return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
    }
    return JSON.stringify(JSON.stringify(v));
  }
}
