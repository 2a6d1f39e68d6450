/**
 * Pass 1: text → tokens, for Scala (`spark-shell`) and Python (PySpark).
 * Needs: the source and its language. Guarantees: one left-to-right scan (linear time, no
 * backtracking); comments are dropped from the stream but kept in `comments` (they may carry
 * `stagecraft:` directives); Python's backslash continuations are joined; a newline token marks
 * each line end outside strings and comments; literals carry their decoded value. Problems
 * (an unterminated string, a stray character) are collected, never thrown.
 */
import type { CodeLanguage } from './types.ts';
import { message, type Message } from './messages/params.ts';

export type TokenKind = 'ident' | 'number' | 'string' | 'op' | 'punct' | 'newline' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Offsets into the source; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** Decoded value of a string literal; the numeric value of a number literal. */
  readonly value: string | number | undefined;
  /** True when the token is the first on its line (Python reads indentation from it). */
  readonly lineStart: boolean;
  /** The token's column, 0-based, meaningful when `lineStart`. */
  readonly indent: number;
}

export interface Comment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface TokenProblem {
  readonly start: number;
  readonly end: number;
  readonly message: Message;
}

export interface Tokens {
  readonly tokens: readonly Token[];
  readonly comments: readonly Comment[];
  readonly problems: readonly TokenProblem[];
}

const SCALA_OP_CHARS = '+-*/%<>=!&|^~?:#@\\';
const PYTHON_OPS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '->',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
];
const PYTHON_OP_CHARS = '+-*/%<>=!&|^~:@';
const PUNCT = '()[]{},;.';
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

function isIdentStartCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code > 127
  );
}
function isIdentStart(c: string): boolean {
  return c !== '' && isIdentStartCode(c.charCodeAt(0));
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isIdentPart(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}
function isIdentPartCode(code: number): boolean {
  return isIdentStartCode(code) || (code >= 48 && code <= 57);
}

export function tokenize(src: string, language: CodeLanguage): Tokens {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const problems: TokenProblem[] = [];
  const n = src.length;
  let i = 0;
  let lineStartOffset = 0;
  let atLineStart = true;

  const push = (kind: TokenKind, start: number, end: number, value?: string | number): void => {
    // One object shape for every token keeps property access monomorphic on large inputs.
    const text = src.slice(start, end);
    tokens.push({ kind, text, start, end, value, lineStart: atLineStart, indent: start - lineStartOffset });
    if (kind !== 'newline') atLineStart = false;
  };
  const newline = (at: number): void => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.kind !== 'newline') push('newline', at, at + 1);
    lineStartOffset = at + 1;
    atLineStart = true;
  };

  /** Reads a quoted string starting at `i` whose opening quote is `quote` (1 or 3 chars). */
  const readString = (start: number, bodyStart: number, quote: string, raw: boolean): void => {
    let j = bodyStart;
    let value = '';
    const triple = quote.length === 3;
    for (;;) {
      if (j >= n || (!triple && src[j] === '\n')) {
        problems.push({ start, end: j, message: message('unterminatedString') });
        push('string', start, j, value);
        i = j;
        return;
      }
      if (src.startsWith(quote, j)) {
        // Scala's """...""" may end with extra quotes that belong to the string.
        let close = j;
        if (triple) while (src.startsWith(quote, close + 1)) close++;
        value += src.slice(j, close);
        push('string', start, close + quote.length, value);
        i = close + quote.length;
        return;
      }
      const c = src[j] ?? '';
      if (c === '\\' && !raw) {
        const e = src[j + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) {
          value += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
          j += 6;
        } else if (e === '\n' && language === 'python') {
          j += 2;
        } else {
          value += ESCAPES[e] ?? '\\' + e;
          j += 2;
        }
        continue;
      }
      value += c;
      j++;
    }
  };

  while (i < n) {
    const code = src.charCodeAt(i);
    if (code === 10) {
      newline(i);
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 12) {
      i++;
      continue;
    }
    const c = src[i] ?? '';
    // Comments.
    if (language === 'python' ? c === '#' : c === '/' && src[i + 1] === '/') {
      let j = src.indexOf('\n', i);
      if (j < 0) j = n;
      comments.push({ text: src.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (language === 'scala' && c === '/' && src[i + 1] === '*') {
      // Scala block comments nest.
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (src[j] === '/' && src[j + 1] === '*') {
          depth++;
          j += 2;
        } else if (src[j] === '*' && src[j + 1] === '/') {
          depth--;
          j += 2;
        } else j++;
      }
      if (depth > 0) problems.push({ start: i, end: n, message: message('unterminatedComment') });
      comments.push({ text: src.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (
      language === 'python' &&
      c === '\\' &&
      (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))
    ) {
      i += src[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    // Strings (with Scala's s/f/raw and Python's r/b/f/u prefixes).
    if (c === '"' || c === "'" || isIdentStartCode(code)) {
      let j = i;
      while (j < n && isIdentPartCode(src.charCodeAt(j))) j++;
      const prefix = src.slice(i, j);
      const q = src[j] ?? '';
      const isPrefix =
        language === 'python'
          ? /^(r|u|b|f|br|rb|fr|rf)$/i.test(prefix)
          : prefix === 's' || prefix === 'f' || prefix === 'raw';
      if (q === '"' || q === "'") {
        if (prefix === '' || isPrefix) {
          const raw = language === 'python' ? /r/i.test(prefix) : prefix === 'raw';
          if (language === 'scala' && q === "'") {
            // A Scala character literal: 'a' or '\n'.
            const m = /^'(\\u[0-9a-fA-F]{4}|\\.|[^\\'\n])'/.exec(src.slice(j, j + 8));
            if (m !== null) {
              const body = m[1] ?? '';
              const value = body.startsWith('\\u')
                ? String.fromCharCode(parseInt(body.slice(2), 16))
                : body.startsWith('\\')
                  ? (ESCAPES[body[1] ?? ''] ?? body)
                  : body;
              push('string', i, j + m[0].length, value);
              i = j + m[0].length;
              continue;
            }
            problems.push({ start: j, end: j + 1, message: message('unexpectedChar', { char: "'" }) });
            i = j + 1;
            continue;
          }
          const quote = src.startsWith(q.repeat(3), j) ? q.repeat(3) : q;
          readString(i, j + quote.length, quote, raw || (language === 'scala' && quote.length === 3));
          continue;
        }
      }
      if (j > i) {
        push('ident', i, j);
        i = j;
        continue;
      }
    }
    if (c === '`' && language === 'scala') {
      const close = src.indexOf('`', i + 1);
      const end = close < 0 || src.slice(i, close).includes('\n') ? -1 : close + 1;
      if (end < 0) {
        problems.push({ start: i, end: i + 1, message: message('unterminatedBackquote') });
        i++;
        continue;
      }
      push('ident', i, end);
      i = end;
      continue;
    }
    // Numbers; `.5` is a number only where no value precedes it (`x._1` is a member).
    const prev = tokens[tokens.length - 1];
    const valueBefore =
      prev !== undefined &&
      (prev.kind === 'ident' ||
        prev.kind === 'number' ||
        prev.kind === 'string' ||
        prev.text === ')' ||
        prev.text === ']');
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? '') && !valueBefore)) {
      let j = i;
      if (c === '0' && /[xX]/.test(src[i + 1] ?? '')) {
        j += 2;
        while (j < n && /[0-9a-fA-F_]/.test(src[j] ?? '')) j++;
      } else {
        while (j < n && (isDigit(src[j] ?? '') || src[j] === '_')) j++;
        if (src[j] === '.' && isDigit(src[j + 1] ?? '')) {
          j++;
          while (j < n && (isDigit(src[j] ?? '') || src[j] === '_')) j++;
        }
        if (/[eE]/.test(src[j] ?? '') && /[0-9+-]/.test(src[j + 1] ?? '')) {
          j += 2;
          while (j < n && isDigit(src[j] ?? '')) j++;
        }
      }
      const digits = src.slice(i, j).replace(/_/g, '');
      if (/[lLfFdDjJ]/.test(src[j] ?? '') && !isIdentPart(src[j + 1] ?? '')) j++;
      push('number', i, j, Number(digits));
      i = j;
      continue;
    }
    if (PUNCT.includes(c)) {
      push('punct', i, i + 1);
      i++;
      continue;
    }
    if (language === 'scala' && SCALA_OP_CHARS.includes(c)) {
      let j = i;
      while (
        j < n &&
        SCALA_OP_CHARS.includes(src[j] ?? '') &&
        !(src[j] === '/' && (src[j + 1] === '/' || src[j + 1] === '*'))
      )
        j++;
      push('op', i, j);
      i = j;
      continue;
    }
    if (language === 'python' && PYTHON_OP_CHARS.includes(c)) {
      const op = PYTHON_OPS.find((o) => src.startsWith(o, i)) ?? c;
      push('op', i, i + op.length);
      i += op.length;
      continue;
    }
    problems.push({ start: i, end: i + 1, message: message('unexpectedChar', { char: c }) });
    i++;
  }
  newline(n);
  push('eof', n, n);
  return { tokens, comments, problems };
}
