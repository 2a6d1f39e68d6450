/**
 * Token scanning inside one statement, by loops (never recursion): where an argument ends,
 * which bracket closes which, where the last real token is. Shared by the statement parser.
 */
import { message, type Found } from './messages/params.ts';
import { CodeError } from './syntax.ts';
import type { Token } from './tokenizer.ts';

export const MAX_NESTING = 100;

const OPEN: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * The index of the `,` or closing bracket that ends the argument starting at `s`, and whether
 * the argument is a function literal (`x => ...`, `_ + _`, `lambda x: ...`, `{ case ... }`),
 * which is never a plain value and is kept as text without a parse attempt.
 */
export function argumentEnd(
  tokens: readonly Token[],
  s: number,
  close: number,
): { end: number; isFunction: boolean } {
  let depth = 0;
  let isFunction = false;
  // `lambda a, b: a + b` holds a comma before its ":"; Scala reads it too, for PySpark function
  // text kept in a pipeline and written out as Scala.
  let inLambdaParams = (tokens[s] as Token).text === 'lambda';
  for (let j = s; j < close; j++) {
    const t = tokens[j] as Token;
    if (OPEN[t.text] !== undefined && t.kind === 'punct') depth++;
    else if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
    else if (depth === 0 && inLambdaParams && t.text === ':') inLambdaParams = false;
    else if (depth === 0 && t.text === ',' && !inLambdaParams) return { end: j, isFunction };
    else if (depth === 0 && t.text === 'lambda') inLambdaParams = true;
    if (depth === 0 && (t.text === '=>' || t.text === '_' || t.text === 'lambda' || t.text === 'case')) {
      isFunction = true;
    }
  }
  return { end: close, isFunction };
}

/** The index of the bracket that closes the one at `open`, before token `end`. */
export function closingBracket(tokens: readonly Token[], open: number, end: number, depth: number): number {
  const opener = tokens[open] as Token;
  if (depth > MAX_NESTING) {
    throw new CodeError(opener.start, opener.end, message('nestedTooDeep', { max: MAX_NESTING }));
  }
  const stack: string[] = [];
  for (let j = open; j < end; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'punct') continue;
    const closer = OPEN[t.text];
    if (closer !== undefined) stack.push(closer);
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      const expected = stack.pop();
      if (expected !== t.text)
        throw new CodeError(
          t.start,
          t.end,
          message('mismatchedBracket', { expected: expected ?? '', found: t.text }),
        );
      if (stack.length === 0) return j;
    }
  }
  throw new CodeError(opener.start, opener.end, message('neverClosed', { opener: opener.text }));
}

/** The index of the last token before `j` that is not a line end. */
export function previousSignificant(tokens: readonly Token[], j: number): number {
  let k = j - 1;
  while (k > 0 && (tokens[k] as Token).kind === 'newline') k--;
  return k;
}

/** The end offset of the last real token in `[from, to)`. */
export function lastTokenEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = to - 1;
  while (k > from && (tokens[k] as Token).kind === 'newline') k--;
  return (tokens[Math.max(k, from)] as Token).end;
}

/** What a token is, for "got …" in a message: the end of the input or line, or its text. */
export function describe(t: Token): Found {
  if (t.kind === 'eof' || t.kind === 'newline') return { kind: t.kind };
  return { kind: 'text', text: t.text };
}
