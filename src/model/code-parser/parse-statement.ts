/**
 * Pass 3: one statement's tokens → its syntax tree. Needs: a token span from pass 2. Guarantees:
 * member chains are parsed by a loop (flat `chain` nodes); recursion happens only for nested
 * brackets, whose depth is capped at MAX_NESTING with a located error; an argument that is not a
 * plain value (a lambda, a block, a comprehension) becomes `opaque` and keeps its text. Nothing is
 * evaluated here.
 */
import { message } from './messages/params.ts';
import { CodeError } from './syntax.ts';
import type { Arg, ArgList, Expr, Link, StatementSyntax } from './syntax.ts';
import { LITERAL_WORDS, NOT_INFIX, pythonPrecedence, scalaPrecedence } from './operators.ts';
import type { Token } from './tokenizer.ts';
import {
  MAX_NESTING,
  argumentEnd,
  closingBracket,
  describe,
  lastTokenEnd,
  previousSignificant,
} from './token-scan.ts';
import type { CodeLanguage } from './types.ts';

/** A soft failure: "this is not a plain value"; the caller turns the span into `opaque`. */
class NotAValue {
  constructor(readonly token: Token) {}
}

const OPEN: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
export class StatementParser {
  private pos = 0;
  private end = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly language: CodeLanguage,
  ) {}

  parse(from: number, to: number): StatementSyntax {
    this.pos = from;
    this.end = to;
    this.skipNewlines();
    const first = this.peek();
    const start = first.start;
    const endOffset = lastTokenEnd(this.tokens, from, to);
    let keyword: string | null = null;
    if (this.language === 'scala' && first.text === 'lazy') this.pos++;
    if (this.language === 'scala' && (this.peek().text === 'val' || this.peek().text === 'var')) {
      keyword = this.peek().text;
      this.pos++;
    }
    const nameToken = this.peek();
    const afterName = this.peekAt(1);
    const typed = afterName.text === ':' && (keyword !== null || this.language === 'python');
    if (nameToken.kind === 'ident' && (afterName.text === '=' || typed)) {
      this.pos++;
      if (typed) {
        while (this.pos < this.end && this.peek().text !== '=') this.skipOne();
      }
      if (this.peek().text !== '=')
        throw new CodeError(
          nameToken.start,
          nameToken.end,
          message('expectedEquals', { name: nameToken.text }),
        );
      this.pos++;
      const value = this.parseRest();
      return {
        kind: 'bind',
        name: nameToken.text.replace(/`/g, ''),
        nameStart: nameToken.start,
        nameEnd: nameToken.end,
        keyword,
        value,
        start,
        end: endOffset,
      };
    }
    if (keyword !== null) {
      const pattern = nameToken.text === '(' || afterName.text === '(';
      const detail = pattern
        ? message('patternDefinition', { keyword })
        : message('expectedNameAfterKeyword', { keyword, found: describe(nameToken) });
      throw new CodeError(nameToken.start, nameToken.end, detail);
    }
    return { kind: 'expr', value: this.parseRest(), start, end: endOffset };
  }

  /** The expression from here to the end of the statement; `opaque` with the error when it is not a plain value. */
  private parseRest(): Expr {
    const from = this.pos;
    this.skipNewlines();
    if (this.pos >= this.end) {
      const t = this.tokens[Math.max(from - 1, 0)] as Token;
      throw new CodeError(t.start, t.end, message('expectedExpression'));
    }
    const start = this.peek().start;
    const end = lastTokenEnd(this.tokens, from, this.end);
    try {
      const value = this.parseExpr(0);
      this.skipNewlines();
      if (this.pos < this.end) throw new NotAValue(this.peek());
      return value;
    } catch (e) {
      if (e instanceof NotAValue) {
        const t = e.token;
        const error = new CodeError(t.start, t.end, message('unexpected', { found: describe(t) }));
        return { kind: 'opaque', start, end, error };
      }
      throw e;
    }
  }

  private parseExpr(depth: number, minPrecedence = 0): Expr {
    let left = this.parsePostfix(depth);
    for (;;) {
      this.skipNewlines();
      if (this.pos >= this.end) return left;
      const t = this.peek();
      let precedence = -1;
      if (this.language === 'scala') {
        if (t.kind === 'op' && t.text !== '=' && t.text !== '=>' && t.text !== '<-' && t.text !== ':')
          precedence = scalaPrecedence(t.text);
        else if (t.kind === 'ident' && !NOT_INFIX.has(t.text)) precedence = 1;
      } else if (t.kind === 'op') precedence = pythonPrecedence(t.text);
      if (precedence < 0) throw new NotAValue(t);
      if (precedence < minPrecedence) return left;
      this.pos++;
      const right = this.parseExpr(depth, precedence + 1);
      left = { kind: 'infix', op: t.text, left, right, start: left.start, end: right.end };
    }
  }

  private parsePostfix(depth: number): Expr {
    const head = this.parsePrimary(depth);
    const links: Link[] = [];
    let end = head.end;
    for (;;) {
      if (this.pos >= this.end) break;
      const t = this.peek();
      // A newline inside a statement only continues it (pass 2 decided); look past it for `.`.
      if (t.kind === 'newline') {
        let k = this.pos;
        while (k < this.end && (this.tokens[k] as Token).kind === 'newline') k++;
        if (k < this.end && (this.tokens[k] as Token).text === '.') {
          this.pos = k;
          continue;
        }
        break;
      }
      if (t.text === '.') {
        this.pos++;
        this.skipNewlines();
        const name = this.peek();
        if (name.kind !== 'ident' || this.pos >= this.end)
          throw new CodeError(t.start, t.end, message('expectedNameAfterDot', { found: describe(name) }));
        this.pos++;
        if (this.language === 'scala' && this.peek().text === '[' && this.pos < this.end)
          this.pos = closingBracket(this.tokens, this.pos, this.end, depth) + 1;
        const argLists = this.parseArgLists(depth);
        const linkEnd = argLists.length > 0 ? (argLists[argLists.length - 1] as ArgList).end : name.end;
        links.push({
          name: name.text.replace(/`/g, ''),
          nameStart: name.start,
          nameEnd: name.end,
          argLists,
          start: t.start,
          end: linkEnd,
        });
        end = linkEnd;
        continue;
      }
      if (
        t.text === '(' ||
        (this.language === 'scala' && t.text === '{' && links.length === 0 && head.kind === 'name')
      ) {
        const argLists = this.parseArgLists(depth);
        const linkEnd = (argLists[argLists.length - 1] as ArgList).end;
        links.push({
          name: null,
          nameStart: t.start,
          nameEnd: t.start,
          argLists,
          start: t.start,
          end: linkEnd,
        });
        end = linkEnd;
        continue;
      }
      if (t.text === '[' && this.language === 'scala' && links.length === 0 && head.kind === 'name') {
        this.pos = closingBracket(this.tokens, this.pos, this.end, depth) + 1;
        continue;
      }
      break;
    }
    return links.length === 0 ? head : { kind: 'chain', head, links, start: head.start, end };
  }

  private parsePrimary(depth: number): Expr {
    this.skipNewlines();
    const t = this.peek();
    if (this.pos >= this.end) throw new NotAValue(t);
    if (t.kind === 'number' || t.kind === 'string') {
      this.pos++;
      return { kind: 'literal', value: t.value ?? t.text, start: t.start, end: t.end };
    }
    if (t.kind === 'op' && t.text === '-' && this.peekAt(1).kind === 'number') {
      const n = this.peekAt(1);
      this.pos += 2;
      return { kind: 'literal', value: -(n.value as number), start: t.start, end: n.end };
    }
    if (t.kind === 'ident') {
      const literal = LITERAL_WORDS[t.text];
      if (literal !== undefined && (this.language === 'python') === /^[A-Z]/.test(t.text)) {
        this.pos++;
        return { kind: 'literal', value: literal, start: t.start, end: t.end };
      }
      if (t.text === 'new' && this.language === 'scala') {
        this.pos++;
        let className = '';
        while (this.peek().kind === 'ident' && this.pos < this.end) {
          className = this.peek().text;
          this.pos++;
          if (this.peek().text !== '.') break;
          this.pos++;
        }
        if (this.peek().text === '[' && this.pos < this.end)
          this.pos = closingBracket(this.tokens, this.pos, this.end, depth) + 1;
        const argLists = this.parseArgLists(depth);
        const last = argLists[argLists.length - 1];
        return {
          kind: 'new',
          className,
          argLists,
          start: t.start,
          end: last === undefined ? this.tokens[this.pos - 1]!.end : last.end,
        };
      }
      if (NOT_INFIX.has(t.text) || t.text === '_' || t.text === 'lambda') throw new NotAValue(t);
      this.pos++;
      return { kind: 'name', name: t.text.replace(/`/g, ''), start: t.start, end: t.end };
    }
    if (t.text === '(' || (t.text === '[' && this.language === 'python')) {
      const close = closingBracket(this.tokens, this.pos, this.end, depth);
      const list = this.parseArgList(this.pos, close, depth + 1);
      this.pos = close + 1;
      const trailingComma = (this.tokens[previousSignificant(this.tokens, close)] as Token).text === ',';
      if (t.text === '(' && list.args.length === 1 && !trailingComma && list.args[0]?.name === null) {
        const only = list.args[0].value;
        if (only.kind === 'opaque') throw new NotAValue(t);
        return only;
      }
      if (list.args.some((a) => a.name !== null || a.value.kind === 'opaque')) throw new NotAValue(t);
      return { kind: 'sequence', elements: list.args.map((a) => a.value), start: t.start, end: list.end };
    }
    throw new NotAValue(t);
  }

  private parseArgLists(depth: number): ArgList[] {
    const lists: ArgList[] = [];
    while (
      this.pos < this.end &&
      (this.peek().text === '(' || (this.language === 'scala' && this.peek().text === '{'))
    ) {
      const open = this.pos;
      const close = closingBracket(this.tokens, open, this.end, depth);
      if (this.peek().text === '{') {
        const o = this.tokens[open] as Token;
        const c = this.tokens[close] as Token;
        const value: Expr = { kind: 'opaque', start: o.start, end: c.end };
        lists.push({
          args: [{ name: null, nameStart: o.start, value, start: o.start, end: c.end }],
          start: o.start,
          end: c.end,
        });
      } else {
        lists.push(this.parseArgList(open, close, depth + 1));
      }
      this.pos = close + 1;
    }
    return lists;
  }

  /** The arguments between the brackets at token indexes `open` and `close`. */
  private parseArgList(open: number, close: number, depth: number): ArgList {
    if (depth > MAX_NESTING) {
      const t = this.tokens[open] as Token;
      throw new CodeError(t.start, t.end, message('nestedTooDeep', { max: MAX_NESTING }));
    }
    const args: Arg[] = [];
    let s = open + 1;
    while (s < close) {
      while (s < close && (this.tokens[s] as Token).kind === 'newline') s++;
      if (s >= close) break;
      const { end: e, isFunction } = argumentEnd(this.tokens, s, close);
      let valueStart = s;
      let name: string | null = null;
      const first = this.tokens[s] as Token;
      const eq = this.tokens[s + 1] as Token;
      const afterEq = this.tokens[s + 2] as Token;
      // `w => ...` is a lambda even where Python splits `=>` into `=` and `>`.
      const arrow = afterEq.text.startsWith('>') && afterEq.start === eq.end;
      if (first.kind === 'ident' && eq.text === '=' && s + 2 < e && !arrow) {
        name = first.text;
        valueStart = s + 2;
      }
      const value: Expr = isFunction
        ? {
            kind: 'opaque',
            start: (this.tokens[valueStart] as Token).start,
            end: lastTokenEnd(this.tokens, valueStart, e),
          }
        : this.subExpr(valueStart, e, depth);
      args.push({ name, nameStart: first.start, value, start: first.start, end: value.end });
      s = e + 1;
    }
    const o = this.tokens[open] as Token;
    const c = this.tokens[close] as Token;
    return { args, start: o.start, end: c.end };
  }

  /** Parses tokens `[from, to)` as one value, or returns them as `opaque`. */
  private subExpr(from: number, to: number, depth: number): Expr {
    const savedPos = this.pos;
    const savedEnd = this.end;
    this.pos = from;
    this.end = to;
    const start = (this.tokens[from] as Token).start;
    const end = lastTokenEnd(this.tokens, from, to);
    try {
      const value = this.parseExpr(depth);
      this.skipNewlines();
      if (this.pos < this.end) return { kind: 'opaque', start, end };
      return value;
    } catch (e) {
      if (e instanceof NotAValue) return { kind: 'opaque', start, end };
      throw e;
    } finally {
      this.pos = savedPos;
      this.end = savedEnd;
    }
  }

  private peek(): Token {
    return this.tokens[Math.min(this.pos, this.end, this.tokens.length - 1)] as Token;
  }
  private peekAt(k: number): Token {
    let j = this.pos;
    for (let seen = 0; j < this.end; j++) {
      if ((this.tokens[j] as Token).kind === 'newline') continue;
      if (seen === k) break;
      seen++;
    }
    return this.tokens[Math.min(j, this.end, this.tokens.length - 1)] as Token;
  }
  private skipNewlines(): void {
    while (this.pos < this.end && (this.tokens[this.pos] as Token).kind === 'newline') this.pos++;
  }
  private skipOne(): void {
    const t = this.peek();
    this.pos =
      OPEN[t.text] !== undefined && t.kind === 'punct'
        ? closingBracket(this.tokens, this.pos, this.end, 0) + 1
        : this.pos + 1;
  }
}
