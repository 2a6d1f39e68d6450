/**
 * Pass 2: tokens → statements. Needs: the token stream of pass 1. Guarantees: every token belongs
 * to at most one statement; statements are listed in program order; program wrappers
 * (`object App { def main(...) { ... } }`, `if __name__ == "__main__":`, `def main():`) are
 * transparent, so their contents read as top-level statements; other function and class
 * definitions and imports are dropped (their text only matters inside lambdas); `for` loops keep
 * their body so the evaluator can unroll them. Iterative with an explicit block stack, so neither
 * long programs nor deep blocks grow the call stack.
 */
import type { Token } from './tokenizer.ts';
import type { CodeLanguage } from './types.ts';

/** Token indexes `[from, to)`. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

export type Statement =
  | { readonly kind: 'simple'; readonly span: TokenSpan }
  | {
      readonly kind: 'loop';
      readonly span: TokenSpan;
      readonly variable: Token | null;
      readonly iterable: TokenSpan;
      readonly body: readonly Statement[];
    }
  /** A construct the parser does not model (`if`, `while`), reported as a warning. */
  | { readonly kind: 'unsupported'; readonly span: TokenSpan; readonly what: string };

interface Block {
  readonly kind: 'top' | 'wrapper' | 'loop' | 'skip';
  readonly statements: Statement[];
  /** Python: the header's indentation; the block holds the lines indented further. */
  readonly indent: number;
  readonly loop?: { span: TokenSpan; variable: Token | null; iterable: TokenSpan };
  /** Python: an `if`/`while` block, reported once and skipped. */
  readonly what?: string;
}

const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const PY_BLOCK_WORDS = new Set(['if', 'elif', 'else', 'while', 'try', 'except', 'finally', 'with']);

/** Scala: may a newline between `prev` and `next` continue the statement? */
function continuesScala(prev: Token | undefined, next: Token): boolean {
  if (next.text === '.' || next.text === 'else' || next.text === 'match') return true;
  if (next.kind === 'op' && !['-', '+', '!', '~', '@'].includes(next.text)) return true;
  if (prev === undefined) return false;
  return prev.text === '.' || prev.text === ',' || (prev.kind === 'op' && prev.text !== '_');
}

export function splitStatements(tokens: readonly Token[], language: CodeLanguage): Statement[] {
  const top: Block = { kind: 'top', statements: [], indent: -1 };
  const stack: Block[] = [top];
  const current = (): Block => stack[stack.length - 1] ?? top;
  const tok = (i: number): Token => tokens[Math.min(i, tokens.length - 1)] as Token;

  const closeBlock = (): void => {
    const block = stack.pop();
    if (block === undefined || block === top) return;
    const parent = current();
    if (block.kind === 'loop' && block.loop !== undefined) {
      parent.statements.push({ kind: 'loop', ...block.loop, body: block.statements });
    } else if (block.kind === 'wrapper') {
      parent.statements.push(...block.statements);
    }
  };

  /** Whether token `k` plainly starts a new statement (`val x =` in Scala, `x = ` at the left margin in Python). */
  const startsStatement = (k: number): boolean => {
    const t = tok(k);
    if (!t.lineStart || t.kind !== 'ident') return false;
    if (language === 'scala')
      return t.text === 'val' || t.text === 'var' || t.text === 'def' || t.text === 'object';
    return t.indent === 0 && tok(k + 1).text === '=' && (stack.length === 1 || current().indent < 0);
  };
  /** The end (exclusive) of a simple statement starting at `i`. */
  const statementEnd = (i: number): number => {
    const open: string[] = [];
    let j = i;
    for (; ; j++) {
      const t = tok(j);
      if (t.kind === 'eof') return j;
      const depth = open.length;
      if (t.text === '(' || t.text === '[' || t.text === '{') open.push(t.text);
      else if (t.kind === 'punct' && CLOSERS[t.text] !== undefined) {
        // A stray ")" stays in its statement (which then fails as a whole); a "}" at depth 0
        // closes the enclosing block in Scala.
        if (depth === 0 && (t.text === '}' || j === i)) return j;
        open.pop();
      } else if (depth === 0 && t.text === ';') return j;
      else if (t.kind === 'newline' && depth > 0 && open[depth - 1] !== '{' && startsStatement(j + 1)) {
        // An unclosed "(" or "[": end the statement where the next one plainly begins, so one
        // missing ")" costs one statement, not the rest of the program.
        return j;
      } else if (depth === 0 && t.kind === 'newline') {
        if (language === 'python') return j;
        let k = j + 1;
        while (tok(k).kind === 'newline') k++;
        if (!continuesScala(tok(j - 1), tok(k))) return j;
      }
    }
  };
  /** The index of the first `{` at bracket depth 0 between `i` and the statement end, or -1. */
  const openingBrace = (i: number): number => {
    let depth = 0;
    for (let j = i; ; j++) {
      const t = tok(j);
      if (t.kind === 'eof' || (depth === 0 && (t.text === ';' || t.text === '}'))) return -1;
      if (depth === 0 && t.text === '{') return j;
      if (
        depth === 0 &&
        t.kind === 'newline' &&
        tok(j + 1).text !== '{' &&
        !continuesScala(tok(j - 1), tok(j + 1))
      )
        return -1;
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') depth--;
    }
  };

  let i = 0;
  while (tok(i).kind !== 'eof') {
    const t = tok(i);
    if (t.kind === 'newline' || t.text === ';') {
      i++;
      continue;
    }
    if (language === 'python') {
      while (stack.length > 1 && t.indent <= current().indent) closeBlock();
      const block = current();
      if (block.kind === 'skip') {
        i = statementEnd(i) + 1;
        continue;
      }
    } else if (t.text === '}') {
      if (stack.length > 1) closeBlock();
      i++;
      continue;
    }
    const end = statementEnd(i);
    const word = t.kind === 'ident' ? t.text : '';
    const next = tok(i + 1).text;

    if (language === 'scala') {
      if (
        word === 'import' ||
        word === 'package' ||
        (word === 'case' && next === 'class') ||
        word === 'trait'
      ) {
        i = Math.max(end, i + 1);
        continue;
      }
      const isMain = word === 'def' && next === 'main';
      if (word === 'object' || word === 'class' || isMain || t.text === '{') {
        const brace = t.text === '{' ? i : openingBrace(i);
        if (brace >= 0) {
          stack.push({ kind: 'wrapper', statements: [], indent: -1 });
          i = brace + 1;
          continue;
        }
        i = Math.max(end, i + 1);
        continue;
      }
      if (word === 'def') {
        i = Math.max(end, i + 1);
        continue;
      }
      if (word === 'for' && (next === '(' || next === '{')) {
        const close = matching(tokens, i + 1);
        const variable = tok(i + 2).kind === 'ident' ? tok(i + 2) : null;
        const arrow = findText(tokens, i + 2, close, '<-');
        const iterable = { from: arrow < 0 ? close : arrow + 1, to: close };
        let k = close + 1;
        while (tok(k).kind === 'newline') k++;
        const loop = { span: { from: i, to: close + 1 }, variable, iterable };
        if (tok(close).kind === 'eof') {
          // A header never closed (`for (i <- 1 to` while typing): a loop with no body, and the
          // header read as a statement too, so the open bracket is reported where it is.
          current().statements.push(
            { kind: 'loop', ...loop, body: [] },
            { kind: 'simple', span: { from: i + 1, to: close } },
          );
          i = close;
          continue;
        }
        if (tok(k).text === '{') {
          stack.push({ kind: 'loop', statements: [], indent: -1, loop });
          i = k + 1;
        } else {
          const bodyEnd = statementEnd(k);
          current().statements.push({
            kind: 'loop',
            ...loop,
            body: [{ kind: 'simple', span: { from: k, to: bodyEnd } }],
          });
          i = Math.max(bodyEnd, k + 1);
        }
        continue;
      }
      if (word === 'if' || word === 'while' || word === 'do' || word === 'try') {
        current().statements.push({ kind: 'unsupported', span: { from: i, to: end }, what: word });
        i = Math.max(end, i + 1);
        continue;
      }
    } else {
      if (word === 'import' || word === 'from' || word === 'pass' || word === 'return') {
        i = Math.max(end, i + 1);
        continue;
      }
      const colon = lastColon(tokens, i, end);
      const isMainGuard = word === 'if' && tokens.slice(i, end).some((x) => x.text === '__name__');
      if (
        (word === 'def' && next === 'main') ||
        isMainGuard ||
        word === 'with' ||
        word === 'try' ||
        word === 'finally'
      ) {
        i = end;
        continue;
      }
      if (word === 'def' || word === 'class') {
        if (colon >= 0 && colon === end - 1) stack.push({ kind: 'skip', statements: [], indent: t.indent });
        i = end;
        continue;
      }
      if (word === 'for' && colon >= 0) {
        const variable = tok(i + 1).kind === 'ident' ? tok(i + 1) : null;
        const inWord = findText(tokens, i + 1, colon, 'in');
        const loop = {
          span: { from: i, to: colon + 1 },
          variable,
          iterable: { from: inWord < 0 ? colon : inWord + 1, to: colon },
        };
        if (colon === end - 1) {
          stack.push({ kind: 'loop', statements: [], indent: t.indent, loop });
        } else {
          current().statements.push({
            kind: 'loop',
            ...loop,
            body: [{ kind: 'simple', span: { from: colon + 1, to: end } }],
          });
        }
        i = end;
        continue;
      }
      if (PY_BLOCK_WORDS.has(word)) {
        current().statements.push({ kind: 'unsupported', span: { from: i, to: end }, what: word });
        if (colon === end - 1) stack.push({ kind: 'skip', statements: [], indent: t.indent });
        i = end;
        continue;
      }
    }
    if (end === i) {
      // A stray closing bracket: report it as its own statement so the evaluator names it.
      current().statements.push({ kind: 'simple', span: { from: i, to: i + 1 } });
      i++;
      continue;
    }
    current().statements.push({ kind: 'simple', span: { from: i, to: end } });
    i = end;
  }
  while (stack.length > 1) closeBlock();
  return top.statements;
}

/** The index of the bracket closing the one at `open` (or the last token before the end). */
export function matching(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.kind === 'punct' && CLOSERS[t.text] !== undefined) {
      depth--;
      if (depth === 0) return j;
    } else if (t.kind === 'eof') return j;
  }
  return tokens.length - 1;
}

function findText(tokens: readonly Token[], from: number, to: number, text: string): number {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.kind === 'punct' && CLOSERS[t.text] !== undefined) depth--;
    else if (depth === 0 && t.text === text) return j;
  }
  return -1;
}

/** Python: the block-opening `:` of a header line (the last `:` at depth 0), or -1. */
function lastColon(tokens: readonly Token[], from: number, to: number): number {
  let depth = 0;
  let found = -1;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.kind === 'punct' && CLOSERS[t.text] !== undefined) depth--;
    else if (depth === 0 && t.text === ':' && !tokens.slice(from, j).some((x) => x.text === 'lambda'))
      found = j;
  }
  return found;
}
