/**
 * Pass 4d: a method called on the SparkContext (`sc`). A source (`textFile`, `parallelize`,
 * `range`, `emptyRDD`, `union`) creates an RDD; settings that shape no job (`setCheckpointDir`,
 * `setLogLevel`, `broadcast`) are read past; `setLocalProperty` is skipped with a warning; a
 * Spark source outside the catalogue (`wholeTextFiles`) is an error.
 */
import type { OperationName } from '../pipeline/types.ts';
import type { bindCall as BindCall } from './bind-args.ts';
import type { ProgramBuilder } from './program.ts';
import type { RddMethods } from './rdd-methods.ts';
import { OPERATION_ALIASES, SOURCE_SIGNATURES, UNSUPPORTED, signaturesOf } from './signatures.ts';
import type { LineIndex } from './source-text.ts';
import { message } from './messages/params.ts';
import { closest } from './suggest.ts';
import { CodeError } from './syntax.ts';
import type { Expr, Link } from './syntax.ts';
import type { CodeLanguage } from './types.ts';
import { OTHER } from './values.ts';
import type { Value } from './values.ts';

const CONTEXT_IGNORED = new Set([
  'setCheckpointDir',
  'setLogLevel',
  'setJobGroup',
  'setJobDescription',
  'stop',
  'broadcast',
  'accumulator',
  'longAccumulator',
  'doubleAccumulator',
  'addFile',
  'addJar',
  'clearJobGroup',
  'defaultParallelism',
  'getConf',
  'cancelAllJobs',
  'uiWebUrl',
  'version',
  'appName',
  'applicationId',
]);

export class ContextMethods {
  constructor(
    private readonly language: CodeLanguage,
    private readonly lines: LineIndex,
    private readonly program: ProgramBuilder,
    private readonly warn: (e: CodeError) => void,
    private readonly bind: typeof BindCall,
    private readonly rdds: RddMethods,
  ) {}

  call(name: string, link: Link, chain: Expr & { kind: 'chain' }): Value {
    const signatures = signaturesOf(SOURCE_SIGNATURES, name, this.language);
    if (signatures !== undefined) {
      const op = (OPERATION_ALIASES[name] ?? name) as OperationName;
      const values = this.rdds.argValues(link);
      const bound = this.bind(
        `sc.${name}`,
        signatures,
        link.argLists,
        (a) => values.get(a) ?? OTHER,
        (a, b) => this.lines.text.slice(a, b),
        link,
      );
      bound.warnings.forEach((w) => this.warn(w));
      let args = bound.args;
      // PySpark's sc.range(10) is range(0, 10).
      if (op === 'range' && this.language === 'python' && args.end === undefined)
        args = { ...args, start: 0, end: args.start ?? 0 };
      const node = this.program.addNode({
        op,
        parents: bound.parents,
        args,
        code: undefined,
        range: this.lines.range(chain.start, link.end),
      });
      return { kind: 'rdd', node };
    }
    if (name === 'setLocalProperty') {
      this.warn(new CodeError(chain.start, link.end, message('setLocalProperty'), 'warning'));
      return OTHER;
    }
    if (UNSUPPORTED.has(name))
      throw new CodeError(link.nameStart, link.nameEnd, message('contextNotSupported', { name }));
    if (!CONTEXT_IGNORED.has(name)) {
      const guess = closest(name, Object.keys(SOURCE_SIGNATURES));
      if (guess !== undefined)
        throw new CodeError(link.nameStart, link.nameEnd, message('unknownContextMethod', { name, guess }));
    }
    this.rdds.evaluateArgs(link);
    return OTHER;
  }
}
